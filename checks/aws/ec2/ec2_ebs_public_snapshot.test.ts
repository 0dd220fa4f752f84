import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { snapshot } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './ec2_ebs_public_snapshot.js';

testCheck(check, [
  { name: 'no snapshots', expect: [] },
  {
    name: 'a private snapshot passes',
    given: ({ ec2 }) => ec2.snapshots.add(snapshot('snap-1')),
    expect: [{ status: 'PASS', resource: 'snap-1', region: 'eu-west-1', detail: 'not public' }],
  },
  {
    name: 'a public snapshot fails',
    given: ({ ec2 }) => ec2.snapshots.add(snapshot('snap-1', { public: true })),
    expect: [{ status: 'FAIL', resource: 'snap-1', detail: 'is public' }],
  },
  {
    name: 'a snapshot whose sharing could not be read is an error, not a verdict',
    given: ({ ec2 }) => {
      const unknown = snapshot('snap-1', { public: unreadBy('ec2', 'DescribeSnapshots', 'eu-west-1') });
      ec2.snapshots.add(unknown);
    },
    expect: [{ status: 'ERROR', resource: 'snap-1', detail: 'DescribeSnapshots' }],
  },
  {
    name: 'a region whose snapshots could not be listed is an error there',
    given: ({ ec2 }) => ec2.snapshots.fail({ region: 'us-east-1', operation: 'DescribeSnapshots', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSnapshots', region: 'us-east-1', detail: 'Could not list ec2 snapshots' }],
  },
]);
