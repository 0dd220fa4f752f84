import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_cluster_integration_cloudwatch_logs.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'clusters of the four engines pass with an export and fail without',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('logged'));
      rds.clusters.add(dbCluster('pg', { engine: 'postgres', cloudwatchLogsExports: ['postgresql'] }));
      rds.clusters.add(dbCluster('silent', { engine: 'aurora-postgresql', cloudwatchLogsExports: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'logged', detail: 'audit, error' },
      { status: 'PASS', resource: 'pg' },
      { status: 'FAIL', resource: 'silent', detail: 'sends no logs' },
    ],
  },
  {
    name: 'other engines are not judged',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('graph', { engine: 'neptune', cloudwatchLogsExports: [] }));
      rds.clusters.add(dbCluster('docs', { engine: 'docdb', cloudwatchLogsExports: [] }));
    },
    expect: [],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'us-east-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters', region: 'us-east-1' }],
  },
]);
