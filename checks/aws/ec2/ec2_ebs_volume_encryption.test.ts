import { testCheck } from '../../../test/helpers/check-cases.js';
import { volume } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './ec2_ebs_volume_encryption.js';

testCheck(check, [
  { name: 'no volumes', expect: [] },
  {
    name: 'an encrypted volume passes',
    given: ({ ec2 }) => ec2.volumes.add(volume('vol-1')),
    expect: [{ status: 'PASS', resource: 'vol-1', region: 'eu-west-1', detail: 'is encrypted' }],
  },
  {
    name: 'an unencrypted volume fails',
    given: ({ ec2 }) => ec2.volumes.add(volume('vol-1', { encrypted: false })),
    expect: [{ status: 'FAIL', resource: 'vol-1', detail: 'not encrypted' }],
  },
  {
    name: 'a region whose volumes could not be listed is an error there',
    given: ({ ec2 }) => {
      ec2.volumes.add(volume('vol-1', { encrypted: false, region: 'us-east-1' }));
      ec2.volumes.fail({ region: 'eu-west-1', operation: 'DescribeVolumes', message: 'UnauthorizedOperation: denied' });
    },
    expect: [
      { status: 'FAIL', resource: 'vol-1', region: 'us-east-1' },
      { status: 'ERROR', resource: 'ec2:DescribeVolumes', region: 'eu-west-1', detail: 'Could not list ec2 volumes' },
    ],
  },
]);
