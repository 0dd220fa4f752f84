import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_task_definitions_containers_readonly_access',
  uses: { ecs: ['taskDefinitions'] },
  run({ ecs }, report) {
    report.each(ecs.taskDefinitions, (definition) => {
      const writable = need(definition.details).containers.filter((container) => !container.readonlyRootFilesystem);
      return verdict(
        writable.length === 0,
        `ECS task definition ${definition.id} mounts the root filesystem of every container read-only.`,
        `ECS task definition ${definition.id} lets containers write to their root filesystem: ${writable.map((container) => container.name).join(', ')}.`,
      );
    });
  },
});
