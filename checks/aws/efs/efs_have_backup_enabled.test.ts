import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { efsBackupPolicy } from '../../../test/helpers/fixtures/efs.js';
import check from './efs_have_backup_enabled.js';

testCheck(check, [
  { name: 'no file systems', expect: [] },
  {
    name: 'DISABLED and DISABLING fail; ENABLED and ENABLING pass',
    given: ({ efs }) => {
      for (const [id, status] of [['fs-1', 'ENABLED'], ['fs-2', 'ENABLING'], ['fs-3', 'DISABLED'], ['fs-4', 'DISABLING']] as const) efs.fileSystemBackupPolicies.add(efsBackupPolicy(id, status));
    },
    expect: [
      { status: 'PASS', resource: 'fs-1' },
      { status: 'PASS', resource: 'fs-2' },
      { status: 'FAIL', resource: 'fs-3', detail: 'DISABLED' },
      { status: 'FAIL', resource: 'fs-4', detail: 'DISABLING' },
    ],
  },
  { name: 'an unread backup policy is an error', given: ({ efs }) => efs.fileSystemBackupPolicies.add(efsBackupPolicy('fs-1', unreadBy('efs', 'DescribeBackupPolicy'))), expect: [{ status: 'ERROR', resource: 'fs-1', detail: 'DescribeBackupPolicy' }] },
  {
    name: 'a failed listing is an error',
    given: ({ efs }) => efs.fileSystemBackupPolicies.fail({ region: 'eu-west-1', operation: 'DescribeFileSystems', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'efs:DescribeFileSystems' }],
  },
]);
