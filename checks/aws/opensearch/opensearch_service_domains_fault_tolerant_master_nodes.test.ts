import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { domain } from '../../../test/helpers/fixtures/opensearch.js';
import check from './opensearch_service_domains_fault_tolerant_master_nodes.js';

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'needs at least three dedicated master nodes',
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('three', { settings: { dedicatedMasterEnabled: true, dedicatedMasterCount: 3 } }));
      opensearch.domains.add(domain('five', { settings: { dedicatedMasterEnabled: true, dedicatedMasterCount: 5 } }));
      opensearch.domains.add(domain('two', { settings: { dedicatedMasterEnabled: true, dedicatedMasterCount: 2 } }));
      opensearch.domains.add(domain('disabled', { settings: { dedicatedMasterEnabled: false, dedicatedMasterCount: 3 }, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'three' },
      { status: 'PASS', resource: 'five' },
      { status: 'FAIL', resource: 'two', detail: 'fewer than 3' },
      { status: 'FAIL', resource: 'disabled', region: 'us-east-1', detail: 'no dedicated master nodes' },
    ],
  },
  { name: 'unread settings are an error', given: ({ opensearch }) => opensearch.domains.add(domain('x', { settings: unreadBy('opensearch', 'DescribeDomains') })), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeDomains' }] },
  { name: 'a failed listing is an error', given: ({ opensearch }) => opensearch.domains.fail({ region: 'eu-west-1', operation: 'ListDomainNames', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'opensearch:ListDomainNames' }] },
]);
