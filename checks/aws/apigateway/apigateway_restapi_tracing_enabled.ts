import { judgeStages } from '../../../src/checks/api-stages.js';
import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_restapi_tracing_enabled',
  uses: { apigateway: ['stages'] },
  run({ apigateway }, report) {
    report.each(apigateway.stages, (api) =>
      judgeStages(api, need(api.stages), (stage) =>
        verdict(
          stage.tracingEnabled,
          `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} traces requests with X-Ray.`,
          `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} does not trace requests with X-Ray.`,
        ),
      ),
    );
  },
});
