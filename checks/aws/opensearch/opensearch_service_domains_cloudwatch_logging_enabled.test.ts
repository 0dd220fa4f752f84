import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { domain } from '../../../test/helpers/fixtures/opensearch.js';
import check from './opensearch_service_domains_cloudwatch_logging_enabled.js';

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'both slow logs must be published',
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('both', { settings: { enabledLogTypes: ['INDEX_SLOW_LOGS', 'SEARCH_SLOW_LOGS'] } }));
      opensearch.domains.add(domain('search-only', { settings: { enabledLogTypes: ['SEARCH_SLOW_LOGS', 'AUDIT_LOGS'] } }));
      opensearch.domains.add(domain('index-only', { settings: { enabledLogTypes: ['INDEX_SLOW_LOGS'] } }));
      opensearch.domains.add(domain('none', { settings: { enabledLogTypes: ['AUDIT_LOGS', 'ES_APPLICATION_LOGS'] }, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'both' },
      { status: 'FAIL', resource: 'search-only', detail: 'does not publish INDEX_SLOW_LOGS.' },
      { status: 'FAIL', resource: 'index-only', detail: 'does not publish SEARCH_SLOW_LOGS.' },
      { status: 'FAIL', resource: 'none', region: 'us-east-1', detail: 'SEARCH_SLOW_LOGS and INDEX_SLOW_LOGS' },
    ],
  },
  { name: 'unread settings are an error', given: ({ opensearch }) => opensearch.domains.add(domain('x', { settings: unreadBy('opensearch', 'DescribeDomains') })), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeDomains' }] },
  { name: 'a failed listing is an error', given: ({ opensearch }) => opensearch.domains.fail({ region: 'eu-west-1', operation: 'ListDomainNames', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'opensearch:ListDomainNames' }] },
]);
