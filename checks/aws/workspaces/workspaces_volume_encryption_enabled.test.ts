import { testCheck } from '../../../test/helpers/check-cases.js';
import { workspace } from '../../../test/helpers/fixtures/workspaces.js';
import check from './workspaces_volume_encryption_enabled.js';

testCheck(check, [
  { name: 'no WorkSpaces', expect: [] },
  {
    name: 'both volumes must be encrypted; the finding names the unencrypted ones',
    given: ({ workspaces }) => {
      workspaces.workspaces.add(workspace('ws-both'));
      workspaces.workspaces.add(workspace('ws-root', { rootVolumeEncrypted: false }));
      workspaces.workspaces.add(workspace('ws-user', { userVolumeEncrypted: false }));
      workspaces.workspaces.add(workspace('ws-none', { region: 'us-east-1', rootVolumeEncrypted: false, userVolumeEncrypted: false }));
    },
    expect: [
      { status: 'PASS', resource: 'ws-both', region: 'eu-west-1', detail: 'encrypts its root and user volumes' },
      { status: 'FAIL', resource: 'ws-root', detail: 'leaves its root volume unencrypted' },
      { status: 'FAIL', resource: 'ws-user', detail: 'leaves its user volume unencrypted' },
      { status: 'FAIL', resource: 'ws-none', region: 'us-east-1', detail: 'leaves its root and user volumes unencrypted' },
    ],
  },
  {
    name: 'a region whose WorkSpaces could not be listed is an error there',
    given: ({ workspaces }) => workspaces.workspaces.fail({ region: 'eu-west-1', operation: 'DescribeWorkspaces', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'workspaces:DescribeWorkspaces', region: 'eu-west-1' }],
  },
]);
