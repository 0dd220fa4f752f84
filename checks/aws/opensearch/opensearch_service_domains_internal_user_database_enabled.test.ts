import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { domain } from '../../../test/helpers/fixtures/opensearch.js';
import check from './opensearch_service_domains_internal_user_database_enabled.js';

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'judges each domain',
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('good', { settings: { internalUserDatabase: false } }));
      opensearch.domains.add(domain('bad', { settings: { internalUserDatabase: true }, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'uses the internal user database' },
    ],
  },
  { name: 'unread settings are an error', given: ({ opensearch }) => opensearch.domains.add(domain('x', { settings: unreadBy('opensearch', 'DescribeDomains') })), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeDomains' }] },
  { name: 'a failed listing is an error', given: ({ opensearch }) => opensearch.domains.fail({ region: 'eu-west-1', operation: 'ListDomainNames', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'opensearch:ListDomainNames' }] },
]);
