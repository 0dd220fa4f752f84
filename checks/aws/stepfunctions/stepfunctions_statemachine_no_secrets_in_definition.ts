import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';
import { describeSecrets } from '../../../src/secrets/detect.js';

export default defineCheck({
  id: 'stepfunctions_statemachine_no_secrets_in_definition',
  uses: { stepfunctions: ['stateMachineSecrets'] },
  // Read by the collection, which scans each definition as it loads it.
  config: ['secrets_ignore_patterns'],
  run({ stepfunctions }, report) {
    report.each(stepfunctions.stateMachineSecrets, (machine) => {
      const where = `the definition of Step Functions state machine ${machine.name}`;
      const scan = need(machine.definitionScan);
      if (scan === null || (scan.scanned && scan.secrets.length === 0)) return pass(`No secrets found in ${where}.`);
      if (!scan.scanned) return manual(`Could not scan ${where} for secrets (${scan.reason}); review it by hand.`);
      return fail(`Likely ${scan.secrets.length > 1 ? 'secrets' : 'secret'} in ${where}: ${describeSecrets(scan.secrets)}.`);
    });
  },
});
