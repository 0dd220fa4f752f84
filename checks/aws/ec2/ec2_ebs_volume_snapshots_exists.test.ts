import { testCheck } from '../../../test/helpers/check-cases.js';
import { snapshot, volume } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './ec2_ebs_volume_snapshots_exists.js';

testCheck(check, [
  { name: 'no volumes', expect: [] },
  {
    name: 'a volume with a snapshot passes, one without fails',
    given: ({ ec2 }) => {
      ec2.volumes.add(volume('vol-1'));
      ec2.volumes.add(volume('vol-2'));
      ec2.snapshots.add(snapshot('snap-1', { volumeId: 'vol-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'vol-1', region: 'eu-west-1', detail: 'has at least one snapshot' },
      { status: 'FAIL', resource: 'vol-2', region: 'eu-west-1', detail: 'has no snapshot' },
    ],
  },
  {
    name: 'a snapshot in another region counts, as Prowler matches by volume ID alone',
    given: ({ ec2 }) => {
      ec2.volumes.add(volume('vol-1'));
      ec2.snapshots.add(snapshot('snap-1', { volumeId: 'vol-1', region: 'us-east-1' }));
    },
    expect: [{ status: 'PASS', resource: 'vol-1', region: 'eu-west-1' }],
  },
  {
    name: 'a snapshot found passes even when another region could not be listed',
    given: ({ ec2 }) => {
      ec2.volumes.add(volume('vol-1'));
      ec2.snapshots.add(snapshot('snap-1', { volumeId: 'vol-1' }));
      ec2.snapshots.fail({ region: 'us-east-1', operation: 'DescribeSnapshots', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'PASS', resource: 'vol-1' }],
  },
  {
    name: 'no snapshot found while a region could not be listed is an error, not a FAIL',
    given: ({ ec2 }) => {
      ec2.volumes.add(volume('vol-1'));
      ec2.snapshots.fail({ region: 'us-east-1', operation: 'DescribeSnapshots', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'vol-1', region: 'eu-west-1', detail: 'DescribeSnapshots' }],
  },
  {
    name: 'a region whose volumes could not be listed is an error there',
    given: ({ ec2 }) => ec2.volumes.fail({ region: 'us-east-1', operation: 'DescribeVolumes', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeVolumes', region: 'us-east-1' }],
  },
]);
