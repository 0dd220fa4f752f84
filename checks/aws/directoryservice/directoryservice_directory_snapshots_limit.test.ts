import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { directorySnapshotLimits } from '../../../test/helpers/fixtures/directoryservice.js';
import check from './directoryservice_directory_snapshots_limit.js';

const limits = (manualSnapshotsCurrentCount: number, manualSnapshotsLimit = 5, manualSnapshotsLimitReached = false) => ({
  manualSnapshotsLimit,
  manualSnapshotsCurrentCount,
  manualSnapshotsLimitReached,
});

testCheck(check, [
  { name: 'no Managed Microsoft AD directories', expect: [] },
  {
    name: 'fails at the quota or two snapshots short of it, passes with more room',
    given: ({ directoryservice }) => {
      directoryservice.directorySnapshotLimits.add(directorySnapshotLimits('d-roomy', { snapshotLimits: limits(2) }));
      directoryservice.directorySnapshotLimits.add(directorySnapshotLimits('d-close', { snapshotLimits: limits(3) }));
      directoryservice.directorySnapshotLimits.add(directorySnapshotLimits('d-full', { snapshotLimits: limits(5, 5, true) }));
      directoryservice.directorySnapshotLimits.add(directorySnapshotLimits('d-reached-early', { snapshotLimits: limits(0, 5, true) }));
    },
    expect: [
      { status: 'PASS', resource: 'd-roomy', region: 'eu-west-1', detail: '2 of its 5' },
      { status: 'FAIL', resource: 'd-close', detail: 'nearly at the quota' },
      { status: 'FAIL', resource: 'd-full', detail: 'reached its quota of 5' },
      { status: 'FAIL', resource: 'd-reached-early', detail: 'reached' },
    ],
  },
  {
    name: 'a directory being deleted has no limits and no finding',
    given: ({ directoryservice }) => directoryservice.directorySnapshotLimits.add(directorySnapshotLimits('d-deleting', { snapshotLimits: null })),
    expect: [],
  },
  {
    name: 'limits that could not be read are an error',
    given: ({ directoryservice }) => directoryservice.directorySnapshotLimits.add(directorySnapshotLimits('d-unknown', { snapshotLimits: unreadBy('directoryservice', 'GetSnapshotLimits') })),
    expect: [{ status: 'ERROR', resource: 'd-unknown', detail: 'GetSnapshotLimits' }],
  },
  {
    name: 'a region whose directories could not be listed is an error there',
    given: ({ directoryservice }) => directoryservice.directorySnapshotLimits.fail({ region: 'eu-west-1', operation: 'DescribeDirectories', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'directoryservice:DescribeDirectories', region: 'eu-west-1' }],
  },
]);
