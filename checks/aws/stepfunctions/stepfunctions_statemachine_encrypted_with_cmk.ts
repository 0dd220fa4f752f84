import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'stepfunctions_statemachine_encrypted_with_cmk',
  uses: { stepfunctions: ['stateMachines'] },
  run({ stepfunctions }, report) {
    report.each(stepfunctions.stateMachines, (machine) =>
      verdict(
        need(machine.configuration).encryptionType === 'CUSTOMER_MANAGED_KMS_KEY',
        `Step Functions state machine ${machine.name} encrypts its data with a customer managed KMS key.`,
        `Step Functions state machine ${machine.name} does not encrypt its data with a customer managed KMS key.`,
      ),
    );
  },
});
