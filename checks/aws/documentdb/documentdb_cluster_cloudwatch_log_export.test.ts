import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './documentdb_cluster_cloudwatch_log_export.js';

const docdb = (id: string, cloudwatchLogsExports: string[], region = 'eu-west-1') => dbCluster(id, { engine: 'docdb', cloudwatchLogsExports, region });

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'passes audit and profiler, fails one of them at low severity and neither at the check severity',
    given: ({ rds }) => {
      rds.clusters.add(docdb('both', ['profiler', 'audit']));
      rds.clusters.add(docdb('audit-only', ['audit'], 'us-east-1'));
      rds.clusters.add(docdb('profiler-only', ['profiler']));
      rds.clusters.add(docdb('none', []));
      rds.clusters.add(docdb('unrelated', ['general']));
      rds.clusters.add(dbCluster('aurora', { cloudwatchLogsExports: [] }));
      rds.clusters.add(dbCluster('graph', { engine: 'neptune', cloudwatchLogsExports: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'both', severity: 'medium' },
      { status: 'FAIL', resource: 'audit-only', region: 'us-east-1', severity: 'low', detail: 'only its audit log' },
      { status: 'FAIL', resource: 'profiler-only', severity: 'low', detail: 'only its profiler log' },
      { status: 'FAIL', resource: 'none', severity: 'medium', detail: 'neither' },
      { status: 'FAIL', resource: 'unrelated', severity: 'medium' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
