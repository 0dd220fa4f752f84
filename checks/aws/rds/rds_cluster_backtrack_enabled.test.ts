import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_cluster_backtrack_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'Aurora MySQL clusters pass with a backtrack window and fail without one',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('rewindable'));
      rds.clusters.add(dbCluster('fixed', { backtrackWindow: 0, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'rewindable' },
      { status: 'FAIL', resource: 'fixed', region: 'us-east-1', detail: 'does not have backtrack' },
    ],
  },
  {
    name: 'clusters of other engines are not judged',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('pg', { engine: 'aurora-postgresql', backtrackWindow: 0 }));
      rds.clusters.add(dbCluster('docs', { engine: 'docdb', backtrackWindow: 0 }));
    },
    expect: [],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
