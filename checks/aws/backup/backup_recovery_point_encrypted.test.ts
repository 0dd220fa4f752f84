import { testCheck } from '../../../test/helpers/check-cases.js';
import { recoveryPoint } from '../../../test/helpers/fixtures/backup.js';
import check from './backup_recovery_point_encrypted.js';

testCheck(check, [
  { name: 'no recovery points', expect: [] },
  {
    name: 'passes encrypted recovery points, in their vault region',
    given: ({ backup }) => {
      backup.recoveryPoints.add(recoveryPoint('rp-sealed'));
      backup.recoveryPoints.add(recoveryPoint('rp-bare', { region: 'us-east-1', encrypted: false }));
    },
    expect: [
      { status: 'PASS', resource: 'rp-sealed', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'rp-bare', region: 'us-east-1', detail: 'is not encrypted' },
    ],
  },
  {
    name: 'a vault whose points could not be listed is an error',
    given: ({ backup }) => backup.recoveryPoints.fail({ region: 'eu-west-1', operation: 'ListRecoveryPointsByBackupVault', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'backup:ListRecoveryPointsByBackupVault' }],
  },
]);
