import { testCheck } from '../../../test/helpers/check-cases.js';
import { migrationEndpoint } from '../../../test/helpers/fixtures/dms.js';
import check from './dms_endpoint_ssl_enabled.js';

testCheck(check, [
  { name: 'no endpoints', expect: [] },
  {
    name: 'only the mode none fails; an endpoint without a stated mode passes, as in Prowler',
    given: ({ dms }) => {
      dms.endpoints.add(migrationEndpoint('full', 'postgres'));
      dms.endpoints.add(migrationEndpoint('plain', 'mysql', { sslMode: 'none', region: 'us-east-1' }));
      dms.endpoints.add(migrationEndpoint('unstated', 's3', { sslMode: null }));
    },
    expect: [
      { status: 'PASS', resource: 'full', detail: 'verify-full' },
      { status: 'FAIL', resource: 'plain', region: 'us-east-1' },
      { status: 'PASS', resource: 'unstated' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ dms }) => dms.endpoints.fail({ region: 'eu-west-1', operation: 'DescribeEndpoints', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'dms:DescribeEndpoints' }] },
]);
