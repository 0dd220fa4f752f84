import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_task_definitions_logging_block_mode',
  uses: { ecs: ['taskDefinitions'] },
  run({ ecs }, report) {
    report.each(ecs.taskDefinitions, (definition) => {
      const logged = need(definition.details).containers.filter((container) => container.logDriver);
      if (logged.length === 0) return notApplicable('no container has a log configuration');
      // An unset mode counts as blocking, as Prowler reads it.
      const blocking = logged.filter((container) => container.logMode !== 'non-blocking');
      return verdict(
        blocking.length === 0,
        `Every logging container of ECS task definition ${definition.id} delivers logs in non-blocking mode.`,
        `ECS task definition ${definition.id} has containers whose logging is not set to non-blocking mode: ${blocking.map((container) => container.name).join(', ')}.`,
      );
    });
  },
});
