import { testCheck } from '../../../test/helpers/check-cases.js';
import { fsxFileSystem } from '../../../test/helpers/fixtures/fsx.js';
import check from './fsx_file_system_copy_tags_to_backups_enabled.js';

testCheck(check, [
  { name: 'no file systems', expect: [] },
  {
    name: 'judges the types that have the setting; ONTAP has none',
    given: ({ fsx }) => {
      fsx.fileSystems.add(fsxFileSystem('fs-windows', 'WINDOWS'));
      fsx.fileSystems.add(fsxFileSystem('fs-lustre', 'LUSTRE', { copyTagsToBackups: false, region: 'us-east-1' }));
      fsx.fileSystems.add(fsxFileSystem('fs-ontap', 'ONTAP'));
    },
    expect: [
      { status: 'PASS', resource: 'fs-windows' },
      { status: 'FAIL', resource: 'fs-lustre', region: 'us-east-1' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ fsx }) => fsx.fileSystems.fail({ region: 'eu-west-1', operation: 'DescribeFileSystems', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'fsx:DescribeFileSystems' }] },
]);
