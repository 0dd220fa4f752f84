import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { domain } from '../../../test/helpers/fixtures/opensearch.js';
import check from './opensearch_service_domains_fault_tolerant_data_nodes.js';

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'needs three data nodes and zone awareness',
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('three-zoned', { settings: { dataNodeCount: 3, zoneAwareness: true } }));
      opensearch.domains.add(domain('six-zoned', { settings: { dataNodeCount: 6, zoneAwareness: true } }));
      opensearch.domains.add(domain('three-unzoned', { settings: { dataNodeCount: 3, zoneAwareness: false } }));
      opensearch.domains.add(domain('two-zoned', { settings: { dataNodeCount: 2, zoneAwareness: true } }));
      opensearch.domains.add(domain('one', { settings: { dataNodeCount: 1, zoneAwareness: false }, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'three-zoned' },
      { status: 'PASS', resource: 'six-zoned' },
      { status: 'FAIL', resource: 'three-unzoned', detail: 'it does not have zone awareness' },
      { status: 'FAIL', resource: 'two-zoned', detail: 'it has 2 data nodes (fewer than 3).' },
      { status: 'FAIL', resource: 'one', region: 'us-east-1', detail: '1 data nodes (fewer than 3) and does not' },
    ],
  },
  { name: 'unread settings are an error', given: ({ opensearch }) => opensearch.domains.add(domain('x', { settings: unreadBy('opensearch', 'DescribeDomains') })), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeDomains' }] },
  { name: 'a failed listing is an error', given: ({ opensearch }) => opensearch.domains.fail({ region: 'eu-west-1', operation: 'ListDomainNames', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'opensearch:ListDomainNames' }] },
]);
