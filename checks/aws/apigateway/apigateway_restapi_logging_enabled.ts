import { judgeStages } from '../../../src/checks/api-stages.js';
import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_restapi_logging_enabled',
  uses: { apigateway: ['stages'] },
  run({ apigateway }, report) {
    report.each(apigateway.stages, (api) =>
      judgeStages(api, need(api.stages), (stage) =>
        verdict(
          stage.loggingEnabled,
          `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} writes execution logs to CloudWatch.`,
          `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} writes no execution logs.`,
        ),
      ),
    );
  },
});
