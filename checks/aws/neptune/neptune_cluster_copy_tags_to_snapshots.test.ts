import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './neptune_cluster_copy_tags_to_snapshots.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges each Neptune cluster, named by its resource ID, and leaves other engines alone',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('tagged', { engine: 'neptune', resourceId: 'cluster-TAGGED', copyTagsToSnapshot: true }));
      rds.clusters.add(dbCluster('bare', { engine: 'neptune', resourceId: 'cluster-BARE', region: 'us-east-1', copyTagsToSnapshot: false }));
      rds.clusters.add(dbCluster('aurora', { copyTagsToSnapshot: false }));
    },
    expect: [
      { status: 'PASS', resource: 'cluster-TAGGED', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'cluster-BARE', region: 'us-east-1', detail: 'bare does not copy' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
