import { testCheck } from '../../../test/helpers/check-cases.js';
import { backupSelection } from '../../../test/helpers/fixtures/backup.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_cluster_protected_by_backup_plan.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'a selected one passes, others fail',
    given: ({ rds, backup }) => {
      rds.clusters.add(dbCluster('kept'));
      rds.clusters.add(dbCluster('lost', { region: 'us-east-1' }));
      backup.selections.add(backupSelection('s1', [dbCluster('kept').arn], { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'kept' },
      { status: 'FAIL', resource: 'lost', region: 'us-east-1', detail: 'no backup plan' },
    ],
  },
  {
    name: 'the pattern Prowler honours, or *, selects all',
    given: ({ rds, backup }) => {
      rds.clusters.add(dbCluster('any'));
      backup.selections.add(backupSelection('s1', ['arn:aws:rds:*:*:cluster:*']));
    },
    expect: [{ status: 'PASS', resource: 'any' }],
  },
  { name: 'a wildcard selects all', given: ({ rds, backup }) => { rds.clusters.add(dbCluster('any')); backup.selections.add(backupSelection('s1', ['*'])); }, expect: [{ status: 'PASS', resource: 'any' }] },
  { name: 'DocumentDB is left to its own checks', given: ({ rds }) => rds.clusters.add(dbCluster('docs', { engine: 'docdb' })), expect: [] },
  {
    name: 'an unprotected one is an error while selections are unknown',
    given: ({ rds, backup }) => {
      rds.clusters.add(dbCluster('lost'));
      backup.selections.fail({ region: 'us-east-1', operation: 'ListBackupPlans', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'lost', detail: 'ListBackupPlans' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
