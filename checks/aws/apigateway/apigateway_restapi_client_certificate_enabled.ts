import { judgeStages } from '../../../src/checks/api-stages.js';
import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_restapi_client_certificate_enabled',
  uses: { apigateway: ['stages'] },
  run({ apigateway }, report) {
    report.each(apigateway.stages, (api) =>
      judgeStages(api, need(api.stages), (stage) =>
        verdict(
          stage.clientCertificateEnabled,
          `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} presents a client certificate to its backend.`,
          `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} presents no client certificate to its backend.`,
        ),
      ),
    );
  },
});
