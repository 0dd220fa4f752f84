import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_restapi_authorizers_enabled',
  uses: { apigateway: ['methodAuthorization'] },
  run({ apigateway }, report) {
    report.each(apigateway.methodAuthorization, (api) => {
      const subject = { id: api.name };
      if (need(api.hasAuthorizer)) return pass(`API Gateway REST API ${api.name} (${api.id}) has an authorizer.`, subject);
      const methods = need(api.methods);
      const open = methods.filter((method) => method.authorizationType === 'NONE');
      if (open.length > 0) {
        const listed = open.map((method) => `${method.path} ${method.httpMethod}`).join('; ');
        return fail(`API Gateway REST API ${api.name} (${api.id}) has no authorizer and these methods need no authorization: ${listed}.`, subject);
      }
      if (methods.length > 0) return pass(`API Gateway REST API ${api.name} (${api.id}) has no authorizer, but every method requires authorization.`, subject);
      return fail(`API Gateway REST API ${api.name} (${api.id}) has no authorizer and no methods that require authorization.`, subject);
    });
  },
});
