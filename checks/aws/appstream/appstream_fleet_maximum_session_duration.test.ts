import { testCheck } from '../../../test/helpers/check-cases.js';
import { fleet } from '../../../test/helpers/fixtures/appstream.js';
import check from './appstream_fleet_maximum_session_duration.js';

testCheck(check, [
  { name: 'no fleets', expect: [] },
  {
    name: 'under the default 10 hours passes; exactly 10 hours and more fail',
    given: ({ appstream }) => {
      appstream.fleets.add(fleet('short', { maxUserDurationInSeconds: 35999 }));
      appstream.fleets.add(fleet('exact', { maxUserDurationInSeconds: 36000 }));
      appstream.fleets.add(fleet('long', { region: 'us-east-1', maxUserDurationInSeconds: 360000 }));
    },
    expect: [
      { status: 'PASS', resource: 'short' },
      { status: 'FAIL', resource: 'exact' },
      { status: 'FAIL', resource: 'long', region: 'us-east-1' },
    ],
  },
  {
    name: 'max_session_duration_seconds sets the limit',
    config: { max_session_duration_seconds: 3600 },
    given: ({ appstream }) => {
      appstream.fleets.add(fleet('half-hour', { maxUserDurationInSeconds: 1800 }));
      appstream.fleets.add(fleet('two-hours', { maxUserDurationInSeconds: 7200 }));
    },
    expect: [
      { status: 'PASS', resource: 'half-hour' },
      { status: 'FAIL', resource: 'two-hours', detail: '3600-second' },
    ],
  },
  {
    name: 'fleets that could not be listed: ERROR',
    given: ({ appstream }) => appstream.fleets.fail({ region: 'us-east-1', operation: 'DescribeFleets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'appstream:DescribeFleets', region: 'us-east-1' }],
  },
]);
