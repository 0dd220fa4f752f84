import { testCheck } from '../../../test/helpers/check-cases.js';
import { migrationEndpoint } from '../../../test/helpers/fixtures/dms.js';
import check from './dms_endpoint_redis_in_transit_encryption_enabled.js';

testCheck(check, [
  { name: 'no endpoints', expect: [] },
  {
    name: 'judges only redis endpoints',
    given: ({ dms }) => {
      dms.endpoints.add(migrationEndpoint('good', 'redis', { redisSslProtocol: 'ssl-encryption' }));
      dms.endpoints.add(migrationEndpoint('bad', 'redis', { redisSslProtocol: 'plaintext', region: 'us-east-1' }));
      dms.endpoints.add(migrationEndpoint('other-engine', 'postgres', { redisSslProtocol: 'plaintext' }));
    },
    expect: [
      { status: 'PASS', resource: 'good' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ dms }) => dms.endpoints.fail({ region: 'eu-west-1', operation: 'DescribeEndpoints', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'dms:DescribeEndpoints' }] },
]);
