import { testCheck } from '../../../test/helpers/check-cases.js';
import { backupSelection } from '../../../test/helpers/fixtures/backup.js';
import { dbInstance } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_protected_by_backup_plan.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'a selected one passes, others fail',
    given: ({ rds, backup }) => {
      rds.instances.add(dbInstance('kept'));
      rds.instances.add(dbInstance('lost', { region: 'us-east-1' }));
      backup.selections.add(backupSelection('s1', [dbInstance('kept').arn], { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'kept' },
      { status: 'FAIL', resource: 'lost', region: 'us-east-1', detail: 'no backup plan' },
    ],
  },
  {
    name: 'the pattern Prowler honours, or *, selects all',
    given: ({ rds, backup }) => {
      rds.instances.add(dbInstance('any'));
      backup.selections.add(backupSelection('s1', ['arn:aws:rds:*:*:instance:*']));
    },
    expect: [{ status: 'PASS', resource: 'any' }],
  },
  { name: 'a wildcard selects all', given: ({ rds, backup }) => { rds.instances.add(dbInstance('any')); backup.selections.add(backupSelection('s1', ['*'])); }, expect: [{ status: 'PASS', resource: 'any' }] },
  {
    name: 'Aurora instances are left to the cluster check; the db pattern is not honoured',
    given: ({ rds, backup }) => {
      rds.instances.add(dbInstance('aurora', { engine: 'aurora-postgresql' }));
      rds.instances.add(dbInstance('plain'));
      backup.selections.add(backupSelection('s1', ['arn:aws:rds:*:*:db:*']));
    },
    expect: [{ status: 'FAIL', resource: 'plain' }],
  },
  { name: 'DocumentDB is left to its own checks', given: ({ rds }) => rds.instances.add(dbInstance('docs', { engine: 'docdb' })), expect: [] },
  {
    name: 'an unprotected one is an error while selections are unknown',
    given: ({ rds, backup }) => {
      rds.instances.add(dbInstance('lost'));
      backup.selections.fail({ region: 'us-east-1', operation: 'ListBackupPlans', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'lost', detail: 'ListBackupPlans' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
