import { testCheck } from '../../../test/helpers/check-cases.js';
import { efsAccessPoint, efsFileSystem } from '../../../test/helpers/fixtures/efs.js';
import check from './efs_access_point_enforce_user_identity.js';

testCheck(check, [
  { name: 'no file systems', expect: [] },
  {
    name: 'file systems with access points are judged by all of them; those without are not judged',
    given: ({ efs }) => {
      for (const id of ['fs-good', 'fs-bad', 'fs-bare']) efs.fileSystems.add(efsFileSystem(id));
      efs.fileSystems.add(efsFileSystem('fs-bad', { region: 'us-east-1' }));
      efs.accessPoints.add(efsAccessPoint('fsap-app', 'fs-good'));
      efs.accessPoints.add(efsAccessPoint('fsap-ok', 'fs-bad'));
      efs.accessPoints.add(efsAccessPoint('fsap-root', 'fs-bad', { enforcesUserIdentity: false }));
      // Same file system ID in another region: its access points are that region's own.
      efs.accessPoints.add(efsAccessPoint('fsap-east', 'fs-bad', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'fs-good' },
      { status: 'FAIL', resource: 'fs-bad', region: 'eu-west-1', detail: 'fsap-root' },
      { status: 'PASS', resource: 'fs-bad', region: 'us-east-1' },
    ],
  },
  {
    name: 'access points not listed in a region are an error there',
    given: ({ efs }) => {
      efs.fileSystems.add(efsFileSystem('fs-1'));
      efs.accessPoints.fail({ region: 'eu-west-1', operation: 'DescribeAccessPoints', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'fs-1', detail: 'DescribeAccessPoints' }],
  },
  { name: 'a failed listing is an error', given: ({ efs }) => efs.fileSystems.fail({ region: 'eu-west-1', operation: 'DescribeFileSystems', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'efs:DescribeFileSystems' }] },
]);
