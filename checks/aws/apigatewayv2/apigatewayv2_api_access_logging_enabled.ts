import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigatewayv2_api_access_logging_enabled',
  uses: { apigatewayv2: ['stages'] },
  run({ apigatewayv2 }, report) {
    report.each(apigatewayv2.stages, (api) => {
      const stages = need(api.stages);
      const last = stages.at(-1);
      if (!last) return notApplicable('the API has no stages');
      // Prowler gives one finding per stage but fills them all from the API's last stage (one
      // report object, updated in its loop), so every finding carries that stage's verdict and name.
      const judged = {
        ...verdict(
          last.accessLogging,
          `API Gateway V2 API ${api.name} (${api.id}) stage ${last.name} writes access logs.`,
          `API Gateway V2 API ${api.name} (${api.id}) stage ${last.name} writes no access logs.`,
        ),
        subject: { id: `${api.name}-${last.name}` },
      };
      return stages.map(() => judged);
    });
  },
});
