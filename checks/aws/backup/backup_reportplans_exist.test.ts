import { testCheck } from '../../../test/helpers/check-cases.js';
import { backupPlan, backupReportPlan } from '../../../test/helpers/fixtures/backup.js';
import check from './backup_reportplans_exist.js';

testCheck(check, [
  { name: 'no backup plans: the account is not judged', expect: [] },
  {
    name: 'passes on the first report plan found',
    given: ({ backup }) => {
      backup.plans.add(backupPlan('p-1'));
      backup.reportPlans.add(backupReportPlan('weekly', 'eu-west-1'));
    },
    expect: [{ status: 'PASS', resource: 'weekly', region: 'eu-west-1' }],
  },
  {
    name: "plans without a report plan fail for the account, in the first plan's region",
    given: ({ backup }) => backup.plans.add(backupPlan('p-1', { region: 'eu-west-1' })),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'eu-west-1', detail: 'no backup report plan' }],
  },
  {
    name: 'no report plan found while a region failed is an error',
    given: ({ backup }) => {
      backup.plans.add(backupPlan('p-1'));
      backup.reportPlans.fail({ region: 'us-east-1', operation: 'ListReportPlans', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'ListReportPlans' }],
  },
  {
    name: 'unlisted plans are an error',
    given: ({ backup }) => backup.plans.fail({ region: 'us-east-1', operation: 'ListBackupPlans', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'ListBackupPlans' }],
  },
]);
