import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'appsync_graphql_api_no_api_key_authentication',
  uses: { appsync: ['graphqlApis'] },
  run({ appsync }, report) {
    report.each(appsync.graphqlApis, (api) => {
      if (api.apiType !== 'GRAPHQL') return notApplicable('a merged API authorizes through its source APIs');
      return verdict(
        api.authenticationType !== 'API_KEY',
        `AppSync GraphQL API ${api.name} authorizes requests with ${api.authenticationType}, not an API key.`,
        `AppSync GraphQL API ${api.name} authorizes requests with an API key.`,
      );
    });
  },
});
