import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_task_definitions_host_networking_mode_users',
  uses: { ecs: ['taskDefinitions'] },
  run({ ecs }, report) {
    report.each(ecs.taskDefinitions, (definition) => {
      const details = need(definition.details);
      if (details.networkMode !== 'host') return pass(`ECS task definition ${definition.id} does not use the host network mode.`);
      // Prowler exempts privileged containers and takes only "root" or no user as root.
      const asRoot = details.containers.filter((container) => !container.privileged && (container.user === 'root' || container.user === ''));
      return verdict(
        asRoot.length === 0,
        `ECS task definition ${definition.id} uses the host network mode, but no unprivileged container runs as root or without a user.`,
        `ECS task definition ${definition.id} uses the host network mode with unprivileged containers running as root or without a user: ${asRoot.map((container) => container.name).join(', ')}.`,
      );
    });
  },
});
