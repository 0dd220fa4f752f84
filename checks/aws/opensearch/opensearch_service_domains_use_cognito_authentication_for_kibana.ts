import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'opensearch_service_domains_use_cognito_authentication_for_kibana',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) => {
      const { cognitoAuthentication, samlAuthentication } = need(domain.settings);
      return verdict(
        cognitoAuthentication || samlAuthentication,
        `OpenSearch domain ${domain.name} authenticates dashboard users with ${cognitoAuthentication ? 'Amazon Cognito' : 'SAML'}.`,
        `OpenSearch domain ${domain.name} authenticates dashboard users with neither Amazon Cognito nor SAML.`,
      );
    });
  },
});
