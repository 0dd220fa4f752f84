import { defineCheck } from '../../../src/checks/check.js';
import { judgeGlueEncryption } from '../../../src/checks/glue-encryption.js';

export default defineCheck({
  id: 'glue_development_endpoints_cloudwatch_logs_encryption_enabled',
  uses: { glue: ['devEndpoints', 'securityConfigurations'] },
  run({ glue }, report) {
    report.each(glue.devEndpoints, (endpoint) =>
      judgeGlueEncryption(endpoint, glue.securityConfigurations, 'cloudWatch', { what: `Glue development endpoint ${endpoint.name}`, encryption: 'CloudWatch Logs encryption' }),
    );
  },
});
