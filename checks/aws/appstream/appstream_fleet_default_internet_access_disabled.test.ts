import { testCheck } from '../../../test/helpers/check-cases.js';
import { fleet } from '../../../test/helpers/fixtures/appstream.js';
import check from './appstream_fleet_default_internet_access_disabled.js';

testCheck(check, [
  { name: 'no fleets', expect: [] },
  {
    name: 'a fleet without default internet passes, one with it fails',
    given: ({ appstream }) => {
      appstream.fleets.add(fleet('kiosk'));
      appstream.fleets.add(fleet('lab', { region: 'us-east-1', enableDefaultInternetAccess: true }));
    },
    expect: [
      { status: 'PASS', resource: 'kiosk', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'lab', region: 'us-east-1', detail: 'enabled' },
    ],
  },
  {
    name: 'fleets that could not be listed: ERROR',
    given: ({ appstream }) => appstream.fleets.fail({ region: 'eu-west-1', operation: 'DescribeFleets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'appstream:DescribeFleets' }],
  },
]);
