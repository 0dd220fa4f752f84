import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_restapi_public_with_authorizer',
  uses: { apigateway: ['authorizers'] },
  run({ apigateway }, report) {
    report.each(apigateway.authorizers, (api) => {
      if (!api.publicEndpoint) return notApplicable('the API has only a private endpoint');
      return {
        ...verdict(
          need(api.hasAuthorizer),
          `API Gateway REST API ${api.name} (${api.id}) is public and has an authorizer.`,
          `API Gateway REST API ${api.name} (${api.id}) is public and has no authorizer.`,
        ),
        subject: { id: api.name },
      };
    });
  },
});
