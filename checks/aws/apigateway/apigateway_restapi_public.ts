import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_restapi_public',
  uses: { apigateway: ['restApis'] },
  run({ apigateway }, report) {
    report.each(apigateway.restApis, (api) => ({
      ...verdict(
        !api.publicEndpoint,
        `API Gateway REST API ${api.name} (${api.id}) has only a private endpoint.`,
        `API Gateway REST API ${api.name} (${api.id}) has an endpoint reachable from the internet.`,
      ),
      subject: { id: api.name },
    }));
  },
});
