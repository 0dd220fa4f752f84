import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigatewayv2_api_authorizers_enabled',
  uses: { apigatewayv2: ['authorizers'] },
  run({ apigatewayv2 }, report) {
    report.each(apigatewayv2.authorizers, (api) => ({
      ...verdict(
        need(api.hasAuthorizer),
        `API Gateway V2 API ${api.name} (${api.id}) has an authorizer.`,
        `API Gateway V2 API ${api.name} (${api.id}) has no authorizer.`,
      ),
      subject: { id: api.name },
    }));
  },
});
