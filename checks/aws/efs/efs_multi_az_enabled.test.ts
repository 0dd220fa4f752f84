import { testCheck } from '../../../test/helpers/check-cases.js';
import { efsFileSystem } from '../../../test/helpers/fixtures/efs.js';
import check from './efs_multi_az_enabled.js';

testCheck(check, [
  { name: 'no file systems', expect: [] },
  {
    name: 'One Zone fails; Regional passes only with more than one mount target',
    given: ({ efs }) => {
      efs.fileSystems.add(efsFileSystem('fs-regional', { numberOfMountTargets: 3 }));
      efs.fileSystems.add(efsFileSystem('fs-one-target', { numberOfMountTargets: 1 }));
      efs.fileSystems.add(efsFileSystem('fs-no-target', { numberOfMountTargets: 0 }));
      efs.fileSystems.add(efsFileSystem('fs-one-zone', { availabilityZoneId: 'euw1-az2', numberOfMountTargets: 2 }));
    },
    expect: [
      { status: 'PASS', resource: 'fs-regional' },
      { status: 'FAIL', resource: 'fs-one-target', detail: 'single mount target' },
      { status: 'FAIL', resource: 'fs-no-target', detail: 'no mount target' },
      { status: 'FAIL', resource: 'fs-one-zone', detail: 'One Zone' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ efs }) => efs.fileSystems.fail({ region: 'eu-west-1', operation: 'DescribeFileSystems', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'efs:DescribeFileSystems' }] },
]);
