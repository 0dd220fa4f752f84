import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_task_definitions_logging_enabled',
  uses: { ecs: ['taskDefinitions'] },
  run({ ecs }, report) {
    report.each(ecs.taskDefinitions, (definition) => {
      const unlogged = need(definition.details).containers.filter((container) => !container.logDriver);
      return verdict(
        unlogged.length === 0,
        `Every container of ECS task definition ${definition.id} has a log configuration.`,
        `ECS task definition ${definition.id} has containers without a log configuration: ${unlogged.map((container) => container.name).join(', ')}.`,
      );
    });
  },
});
