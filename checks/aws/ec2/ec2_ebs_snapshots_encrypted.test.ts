import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { snapshot } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './ec2_ebs_snapshots_encrypted.js';

testCheck(check, [
  { name: 'no snapshots', expect: [] },
  {
    name: 'an encrypted snapshot passes',
    given: ({ ec2 }) => ec2.snapshots.add(snapshot('snap-1')),
    expect: [{ status: 'PASS', resource: 'snap-1', region: 'eu-west-1', detail: 'is encrypted' }],
  },
  {
    name: 'an unencrypted snapshot fails',
    given: ({ ec2 }) => ec2.snapshots.add(snapshot('snap-1', { encrypted: false })),
    expect: [{ status: 'FAIL', resource: 'snap-1', detail: 'not encrypted' }],
  },
  {
    name: 'unknown public sharing does not stop the encryption verdict',
    given: ({ ec2 }) => {
      const shared = snapshot('snap-1', { public: unreadBy('ec2', 'DescribeSnapshots', 'eu-west-1') });
      ec2.snapshots.add(shared);
    },
    expect: [{ status: 'PASS', resource: 'snap-1' }],
  },
  {
    name: 'a region whose snapshots could not be listed is an error there',
    given: ({ ec2 }) => ec2.snapshots.fail({ region: 'us-east-1', operation: 'DescribeSnapshots', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSnapshots', region: 'us-east-1' }],
  },
]);
