import { testCheck } from '../../../test/helpers/check-cases.js';
import { fsxFileSystem } from '../../../test/helpers/fixtures/fsx.js';
import check from './fsx_windows_file_system_multi_az_enabled.js';

testCheck(check, [
  { name: 'no file systems', expect: [] },
  {
    name: 'Windows file systems pass with more than one subnet; other types are not judged',
    given: ({ fsx }) => {
      fsx.fileSystems.add(fsxFileSystem('fs-multi', 'WINDOWS'));
      fsx.fileSystems.add(fsxFileSystem('fs-single', 'WINDOWS', { subnetIds: ['subnet-a'], region: 'us-east-1' }));
      fsx.fileSystems.add(fsxFileSystem('fs-lustre', 'LUSTRE', { subnetIds: ['subnet-a'] }));
    },
    expect: [
      { status: 'PASS', resource: 'fs-multi' },
      { status: 'FAIL', resource: 'fs-single', region: 'us-east-1' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ fsx }) => fsx.fileSystems.fail({ region: 'eu-west-1', operation: 'DescribeFileSystems', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'fsx:DescribeFileSystems' }] },
]);
