import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { domain } from '../../../test/helpers/fixtures/opensearch.js';
import check from './opensearch_service_domains_use_cognito_authentication_for_kibana.js';

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'either Cognito or SAML passes',
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('cognito', { settings: { cognitoAuthentication: true, samlAuthentication: false } }));
      opensearch.domains.add(domain('saml', { settings: { cognitoAuthentication: false, samlAuthentication: true } }));
      opensearch.domains.add(domain('both', { settings: { cognitoAuthentication: true, samlAuthentication: true } }));
      opensearch.domains.add(domain('neither', { settings: { cognitoAuthentication: false, samlAuthentication: false }, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'cognito', detail: 'Amazon Cognito' },
      { status: 'PASS', resource: 'saml', detail: 'SAML' },
      { status: 'PASS', resource: 'both' },
      { status: 'FAIL', resource: 'neither', region: 'us-east-1', detail: 'neither Amazon Cognito nor SAML' },
    ],
  },
  { name: 'unread settings are an error', given: ({ opensearch }) => opensearch.domains.add(domain('x', { settings: unreadBy('opensearch', 'DescribeDomains') })), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeDomains' }] },
  { name: 'a failed listing is an error', given: ({ opensearch }) => opensearch.domains.fail({ region: 'eu-west-1', operation: 'ListDomainNames', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'opensearch:ListDomainNames' }] },
]);
