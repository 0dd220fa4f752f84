import { testCheck } from '../../../test/helpers/check-cases.js';
import { fleet } from '../../../test/helpers/fixtures/appstream.js';
import check from './appstream_fleet_session_idle_disconnect_timeout.js';

testCheck(check, [
  { name: 'no fleets', expect: [] },
  {
    name: 'up to the default 10 minutes passes; longer, none, or 0 fails',
    given: ({ appstream }) => {
      appstream.fleets.add(fleet('exact', { idleDisconnectTimeoutInSeconds: 600 }));
      appstream.fleets.add(fleet('lenient', { region: 'us-east-1', idleDisconnectTimeoutInSeconds: 601 }));
      appstream.fleets.add(fleet('unset', { idleDisconnectTimeoutInSeconds: null }));
      appstream.fleets.add(fleet('zero', { idleDisconnectTimeoutInSeconds: 0 }));
    },
    expect: [
      { status: 'PASS', resource: 'exact' },
      { status: 'FAIL', resource: 'lenient', region: 'us-east-1' },
      { status: 'FAIL', resource: 'unset', detail: 'never' },
      { status: 'FAIL', resource: 'zero', detail: 'never' },
    ],
  },
  {
    name: 'max_idle_disconnect_timeout_in_seconds sets the limit',
    config: { max_idle_disconnect_timeout_in_seconds: 120 },
    given: ({ appstream }) => {
      appstream.fleets.add(fleet('brisk', { idleDisconnectTimeoutInSeconds: 60 }));
      appstream.fleets.add(fleet('default', { idleDisconnectTimeoutInSeconds: 300 }));
    },
    expect: [
      { status: 'PASS', resource: 'brisk' },
      { status: 'FAIL', resource: 'default', detail: '120-second' },
    ],
  },
  {
    name: 'fleets that could not be listed: ERROR',
    given: ({ appstream }) => appstream.fleets.fail({ region: 'eu-west-1', operation: 'DescribeFleets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'appstream:DescribeFleets' }],
  },
]);
