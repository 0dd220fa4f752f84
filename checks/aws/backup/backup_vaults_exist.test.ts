import { testCheck } from '../../../test/helpers/check-cases.js';
import { backupVault } from '../../../test/helpers/fixtures/backup.js';
import check from './backup_vaults_exist.js';

testCheck(check, [
  { name: 'no vaults fails for the account, in the home region', expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'no backup vault' }] },
  {
    name: 'passes on the first vault found, home region first',
    given: ({ backup }) => {
      backup.vaults.add(backupVault('eu-vault', { region: 'eu-west-1' }));
      backup.vaults.add(backupVault('home-vault', { region: 'us-east-1' }));
    },
    expect: [{ status: 'PASS', resource: 'home-vault', region: 'us-east-1' }],
  },
  {
    name: 'a vault found elsewhere passes although a region failed',
    given: ({ backup }) => {
      backup.vaults.fail({ region: 'us-east-1', operation: 'ListBackupVaults', message: 'AccessDenied: denied' });
      backup.vaults.add(backupVault('eu-vault'));
    },
    expect: [{ status: 'PASS', resource: 'eu-vault', region: 'eu-west-1' }],
  },
  {
    name: 'no vault found while a region failed is an error',
    given: ({ backup }) => backup.vaults.fail({ region: 'eu-west-1', operation: 'ListBackupVaults', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: '111122223333', region: 'us-east-1', detail: 'ListBackupVaults' }],
  },
]);
