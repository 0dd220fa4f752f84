import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './documentdb_cluster_backup_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'passes 7 days or more, fails fewer at low severity and none at the check severity',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('week', { engine: 'docdb', backupRetentionPeriod: 7 }));
      rds.clusters.add(dbCluster('month', { engine: 'docdb', backupRetentionPeriod: 35 }));
      rds.clusters.add(dbCluster('day', { engine: 'docdb', backupRetentionPeriod: 1, region: 'us-east-1' }));
      rds.clusters.add(dbCluster('none', { engine: 'docdb', backupRetentionPeriod: 0 }));
      rds.clusters.add(dbCluster('elsewhere', { engine: 'neptune', backupRetentionPeriod: 0 }));
      rds.clusters.add(dbCluster('aurora', { backupRetentionPeriod: 0 }));
    },
    expect: [
      { status: 'PASS', resource: 'week', severity: 'medium' },
      { status: 'PASS', resource: 'month' },
      { status: 'FAIL', resource: 'day', region: 'us-east-1', severity: 'low', detail: 'only 1 days' },
      { status: 'FAIL', resource: 'none', severity: 'medium', detail: 'keeps no automated backups' },
    ],
  },
  {
    name: 'honours minimum_backup_retention_period',
    config: { minimum_backup_retention_period: 14 },
    given: ({ rds }) => rds.clusters.add(dbCluster('week', { engine: 'docdb', backupRetentionPeriod: 7 })),
    expect: [{ status: 'FAIL', resource: 'week', severity: 'low' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
