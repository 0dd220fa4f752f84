import { testCheck } from '../../../test/helpers/check-cases.js';
import { fsxFileSystem } from '../../../test/helpers/fixtures/fsx.js';
import check from './fsx_file_system_copy_tags_to_volumes_enabled.js';

testCheck(check, [
  { name: 'no file systems', expect: [] },
  {
    name: 'judges OpenZFS file systems only',
    given: ({ fsx }) => {
      fsx.fileSystems.add(fsxFileSystem('fs-zfs', 'OPENZFS'));
      fsx.fileSystems.add(fsxFileSystem('fs-zfs-plain', 'OPENZFS', { copyTagsToVolumes: false }));
      fsx.fileSystems.add(fsxFileSystem('fs-windows', 'WINDOWS'));
    },
    expect: [
      { status: 'PASS', resource: 'fs-zfs' },
      { status: 'FAIL', resource: 'fs-zfs-plain' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ fsx }) => fsx.fileSystems.fail({ region: 'eu-west-1', operation: 'DescribeFileSystems', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'fsx:DescribeFileSystems' }] },
]);
