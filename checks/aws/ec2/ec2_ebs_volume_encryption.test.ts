import type { EbsVolume } from '../../../src/services/ec2/ec2.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './ec2_ebs_volume_encryption.js';

function volume(id: string, encrypted: boolean, region = 'eu-west-1'): EbsVolume {
  return { arn: `arn:aws:ec2:${region}:111122223333:volume/${id}`, id, region, tags: {}, encrypted };
}

testCheck(check, [
  { name: 'no volumes', expect: [] },
  {
    name: 'an encrypted volume passes',
    given: ({ ec2 }) => ec2.volumes.add(volume('vol-1', true)),
    expect: [{ status: 'PASS', resource: 'vol-1', region: 'eu-west-1', detail: 'is encrypted' }],
  },
  {
    name: 'an unencrypted volume fails',
    given: ({ ec2 }) => ec2.volumes.add(volume('vol-1', false)),
    expect: [{ status: 'FAIL', resource: 'vol-1', detail: 'not encrypted' }],
  },
  {
    name: 'a region whose volumes could not be listed is an error there',
    given: ({ ec2 }) => {
      ec2.volumes.add(volume('vol-1', false, 'us-east-1'));
      ec2.volumes.fail({ region: 'eu-west-1', operation: 'DescribeVolumes', message: 'UnauthorizedOperation: denied' });
    },
    expect: [
      { status: 'FAIL', resource: 'vol-1', region: 'us-east-1' },
      { status: 'ERROR', resource: 'ec2:DescribeVolumes', region: 'eu-west-1', detail: 'Could not list ec2 volumes' },
    ],
  },
]);
