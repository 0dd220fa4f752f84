import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { domain } from '../../../test/helpers/fixtures/opensearch.js';
import check from './opensearch_service_domains_updated_to_the_latest_service_software_version.js';

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'judges each domain',
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('good', { settings: { updateAvailable: false } }));
      opensearch.domains.add(domain('versionless', { settings: { engineVersion: null } }));
      opensearch.domains.add(domain('bad', { settings: { updateAvailable: true, engineVersion: 'Elasticsearch_7.10' }, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'PASS', resource: 'versionless', detail: 'unknown version' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'Elasticsearch_7.10) has a service software update' },
    ],
  },
  { name: 'unread settings are an error', given: ({ opensearch }) => opensearch.domains.add(domain('x', { settings: unreadBy('opensearch', 'DescribeDomains') })), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeDomains' }] },
  { name: 'a failed listing is an error', given: ({ opensearch }) => opensearch.domains.fail({ region: 'eu-west-1', operation: 'ListDomainNames', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'opensearch:ListDomainNames' }] },
]);
