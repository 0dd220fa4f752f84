import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { efsMountTargets } from '../../../test/helpers/fixtures/efs.js';
import { subnet } from '../../../test/helpers/fixtures/vpc.js';
import check from './efs_mount_target_not_publicly_accessible.js';

testCheck(check, [
  { name: 'no file systems', expect: [] },
  {
    name: 'a mount target in a public subnet fails its file system',
    given: ({ efs, vpc }) => {
      vpc.subnets.add(subnet('subnet-private', { public: false }));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      efs.fileSystemMountTargets.add(efsMountTargets('fs-private', [{ id: 'fsmt-1', subnetId: 'subnet-private' }]));
      efs.fileSystemMountTargets.add(efsMountTargets('fs-none', []));
      efs.fileSystemMountTargets.add(
        efsMountTargets('fs-exposed', [
          { id: 'fsmt-2', subnetId: 'subnet-private' },
          { id: 'fsmt-3', subnetId: 'subnet-public' },
        ]),
      );
      efs.fileSystemMountTargets.add(efsMountTargets('fs-shared', [{ id: 'fsmt-4', subnetId: 'subnet-elsewhere' }]));
    },
    expect: [
      { status: 'PASS', resource: 'fs-private' },
      { status: 'PASS', resource: 'fs-none' },
      { status: 'FAIL', resource: 'fs-exposed', detail: 'fsmt-3' },
      { status: 'PASS', resource: 'fs-shared' },
    ],
  },
  {
    name: 'unread mount targets, subnet routes or subnets are errors',
    given: ({ efs, vpc }) => {
      vpc.subnets.add(subnet('subnet-unknown', { public: unreadBy('ec2', 'DescribeRouteTables') }));
      efs.fileSystemMountTargets.add(efsMountTargets('fs-1', unreadBy('efs', 'DescribeMountTargets')));
      efs.fileSystemMountTargets.add(efsMountTargets('fs-2', [{ id: 'fsmt-1', subnetId: 'subnet-unknown' }]));
      efs.fileSystemMountTargets.add(efsMountTargets('fs-3', [], { region: 'us-east-1' }));
      vpc.subnets.fail({ region: 'us-east-1', operation: 'DescribeSubnets', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'fs-1', detail: 'DescribeMountTargets' },
      { status: 'ERROR', resource: 'fs-2', detail: 'DescribeRouteTables' },
      { status: 'ERROR', resource: 'fs-3', detail: 'DescribeSubnets' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ efs }) => efs.fileSystemMountTargets.fail({ region: 'eu-west-1', operation: 'DescribeFileSystems', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'efs:DescribeFileSystems' }],
  },
]);
