import { testCheck } from '../../../test/helpers/check-cases.js';
import { migrationEndpoint } from '../../../test/helpers/fixtures/dms.js';
import check from './dms_endpoint_neptune_iam_authorization_enabled.js';

testCheck(check, [
  { name: 'no endpoints', expect: [] },
  {
    name: 'judges only neptune endpoints',
    given: ({ dms }) => {
      dms.endpoints.add(migrationEndpoint('good', 'neptune', { neptuneIamAuthEnabled: true }));
      dms.endpoints.add(migrationEndpoint('bad', 'neptune', { neptuneIamAuthEnabled: false, region: 'us-east-1' }));
      dms.endpoints.add(migrationEndpoint('other-engine', 'postgres', { neptuneIamAuthEnabled: false }));
    },
    expect: [
      { status: 'PASS', resource: 'good' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ dms }) => dms.endpoints.fail({ region: 'eu-west-1', operation: 'DescribeEndpoints', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'dms:DescribeEndpoints' }] },
]);
