import { judgeStages } from '../../../src/checks/api-stages.js';
import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_restapi_no_secrets_in_stage_variables',
  uses: { apigateway: ['stageVariableSecrets'] },
  // Read by the collection, which scans the variables as it loads them.
  config: ['secrets_ignore_patterns'],
  run({ apigateway }, report) {
    report.each(apigateway.stageVariableSecrets, (api) =>
      judgeStages(api, need(api.stages), (stage) => {
        // Prowler reports the stage ARN with the API's tags, named <api>/<stage>.
        const subject = { id: `${api.name}/${stage.name}`, tags: api.tags };
        const scan = stage.variableScan;
        const where = `stage variables of API Gateway REST API ${api.name} stage ${stage.name}`;
        if (!scan.scanned) return manual(`Could not scan the ${where} for secrets (${scan.reason}); review them by hand.`, subject);
        if (scan.secrets.length === 0) return pass(`No secrets found in the ${where}.`, subject);
        const found = scan.secrets.map((secret) => `${secret.kind} in variable ${secret.variable}`).join(', ');
        return fail(`Likely ${scan.secrets.length > 1 ? 'secrets' : 'secret'} in the ${where}: ${found}.`, subject);
      }),
    );
  },
});
