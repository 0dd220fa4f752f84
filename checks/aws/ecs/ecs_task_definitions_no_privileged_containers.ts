import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_task_definitions_no_privileged_containers',
  uses: { ecs: ['taskDefinitions'] },
  run({ ecs }, report) {
    report.each(ecs.taskDefinitions, (definition) => {
      const privileged = need(definition.details).containers.filter((container) => container.privileged);
      return verdict(
        privileged.length === 0,
        `ECS task definition ${definition.id} runs no container in privileged mode.`,
        `ECS task definition ${definition.id} runs privileged containers: ${privileged.map((container) => container.name).join(', ')}.`,
      );
    });
  },
});
