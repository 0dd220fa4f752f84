import { testCheck } from '../../../test/helpers/check-cases.js';
import { efsFileSystem } from '../../../test/helpers/fixtures/efs.js';
import check from './efs_encryption_at_rest_enabled.js';

testCheck(check, [
  { name: 'no file systems', expect: [] },
  {
    name: 'judges each file system',
    given: ({ efs }) => {
      efs.fileSystems.add(efsFileSystem('fs-1'));
      efs.fileSystems.add(efsFileSystem('fs-2', { encrypted: false, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'fs-1' },
      { status: 'FAIL', resource: 'fs-2', region: 'us-east-1' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ efs }) => efs.fileSystems.fail({ region: 'eu-west-1', operation: 'DescribeFileSystems', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'efs:DescribeFileSystems' }] },
]);
