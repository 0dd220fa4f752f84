import { testCheck } from '../../../test/helpers/check-cases.js';
import { backupPlan, backupVault } from '../../../test/helpers/fixtures/backup.js';
import check from './backup_plans_exist.js';

testCheck(check, [
  { name: 'no plans and no vaults: the account is not judged', expect: [] },
  {
    name: 'passes on the first plan found, named by its name',
    given: ({ backup }) => {
      backup.plans.add(backupPlan('p-eu', { region: 'eu-west-1', name: 'eu-daily' }));
      backup.plans.add(backupPlan('p-home', { region: 'us-east-1', name: 'daily' }));
    },
    expect: [{ status: 'PASS', resource: 'daily', region: 'us-east-1' }],
  },
  {
    name: 'vaults without a plan fail for the account, in the home region',
    given: ({ backup }) => backup.vaults.add(backupVault('eu-vault')),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'no backup plan' }],
  },
  {
    name: 'no plan found while a region failed is an error',
    given: ({ backup }) => {
      backup.plans.fail({ region: 'eu-west-1', operation: 'ListBackupPlans', message: 'AccessDenied: denied' });
      backup.vaults.add(backupVault('eu-vault'));
    },
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'ListBackupPlans' }],
  },
  {
    name: 'no plan and vaults unlisted is an error',
    given: ({ backup }) => backup.vaults.fail({ region: 'eu-west-1', operation: 'ListBackupVaults', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'ListBackupVaults' }],
  },
]);
