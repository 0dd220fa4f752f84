import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'stepfunctions_statemachine_logging_enabled',
  uses: { stepfunctions: ['stateMachines'] },
  run({ stepfunctions }, report) {
    report.each(stepfunctions.stateMachines, (machine) => {
      const level = need(machine.configuration).loggingLevel;
      return verdict(
        level !== null && level !== 'OFF',
        `Step Functions state machine ${machine.name} logs executions at level ${level}.`,
        `Step Functions state machine ${machine.name} does not log its executions.`,
      );
    });
  },
});
