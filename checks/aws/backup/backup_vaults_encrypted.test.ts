import { testCheck } from '../../../test/helpers/check-cases.js';
import { backupVault } from '../../../test/helpers/fixtures/backup.js';
import check from './backup_vaults_encrypted.js';

testCheck(check, [
  { name: 'no vaults', expect: [] },
  {
    name: 'passes vaults that name a KMS key',
    given: ({ backup }) => {
      backup.vaults.add(backupVault('sealed'));
      backup.vaults.add(backupVault('bare', { region: 'us-east-1', encryptionKeyArn: null }));
    },
    expect: [
      { status: 'PASS', resource: 'sealed', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bare', region: 'us-east-1', detail: 'names no KMS key' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ backup }) => backup.vaults.fail({ region: 'eu-west-1', operation: 'ListBackupVaults', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'backup:ListBackupVaults' }],
  },
]);
