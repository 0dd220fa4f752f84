import { testCheck } from '../../../test/helpers/check-cases.js';
import { fleet } from '../../../test/helpers/fixtures/appstream.js';
import check from './appstream_fleet_session_disconnect_timeout.js';

testCheck(check, [
  { name: 'no fleets', expect: [] },
  {
    name: 'up to the default 5 minutes passes, longer fails',
    given: ({ appstream }) => {
      appstream.fleets.add(fleet('exact', { disconnectTimeoutInSeconds: 300 }));
      appstream.fleets.add(fleet('lenient', { region: 'us-east-1', disconnectTimeoutInSeconds: 301 }));
    },
    expect: [
      { status: 'PASS', resource: 'exact' },
      { status: 'FAIL', resource: 'lenient', region: 'us-east-1' },
    ],
  },
  {
    name: 'max_disconnect_timeout_in_seconds sets the limit',
    config: { max_disconnect_timeout_in_seconds: 900 },
    given: ({ appstream }) => {
      appstream.fleets.add(fleet('ten-minutes', { disconnectTimeoutInSeconds: 600 }));
      appstream.fleets.add(fleet('hour', { disconnectTimeoutInSeconds: 3600 }));
    },
    expect: [
      { status: 'PASS', resource: 'ten-minutes' },
      { status: 'FAIL', resource: 'hour', detail: '900-second' },
    ],
  },
  {
    name: 'fleets that could not be listed: ERROR',
    given: ({ appstream }) => appstream.fleets.fail({ region: 'eu-west-1', operation: 'DescribeFleets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'appstream:DescribeFleets' }],
  },
]);
