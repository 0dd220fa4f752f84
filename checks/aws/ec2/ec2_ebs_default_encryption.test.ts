import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { ebsEncryptionByDefault } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './ec2_ebs_default_encryption.js';

testCheck(check, [
  { name: 'no settings read', expect: [] },
  {
    name: 'default encryption on in a region with volumes passes',
    given: ({ ec2 }) => ec2.ebsEncryptionByDefault.add(ebsEncryptionByDefault('eu-west-1')),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'eu-west-1', detail: 'is on in eu-west-1' }],
  },
  {
    name: 'default encryption off in a region with volumes fails',
    given: ({ ec2 }) => ec2.ebsEncryptionByDefault.add(ebsEncryptionByDefault('eu-west-1', { enabled: false })),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'eu-west-1', detail: 'is off' }],
  },
  {
    name: 'a region without volumes is skipped by default',
    given: ({ ec2 }) => ec2.ebsEncryptionByDefault.add(ebsEncryptionByDefault('us-east-1', { enabled: false, hasVolumes: false })),
    expect: [],
  },
  {
    name: 'a region without volumes is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.ebsEncryptionByDefault.add(ebsEncryptionByDefault('us-east-1', { enabled: false, hasVolumes: false })),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1' }],
  },
  {
    name: 'unknown volume presence is an error by default',
    given: ({ ec2 }) => {
      const unknown = ebsEncryptionByDefault('eu-west-1', { hasVolumes: unreadBy('ec2', 'DescribeVolumes', 'eu-west-1') });
      ec2.ebsEncryptionByDefault.add(unknown);
    },
    expect: [{ status: 'ERROR', resource: '111122223333', region: 'eu-west-1', detail: 'DescribeVolumes' }],
  },
  {
    name: 'unknown volume presence does not matter when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => {
      const unknown = ebsEncryptionByDefault('eu-west-1', { hasVolumes: unreadBy('ec2', 'DescribeVolumes', 'eu-west-1') });
      ec2.ebsEncryptionByDefault.add(unknown);
    },
    expect: [{ status: 'PASS', resource: '111122223333', region: 'eu-west-1' }],
  },
  {
    name: 'a region whose setting could not be read is an error there',
    given: ({ ec2 }) =>
      ec2.ebsEncryptionByDefault.fail({ region: 'us-east-1', operation: 'GetEbsEncryptionByDefault', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:GetEbsEncryptionByDefault', region: 'us-east-1' }],
  },
]);
