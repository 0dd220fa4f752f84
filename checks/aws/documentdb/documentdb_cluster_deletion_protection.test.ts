import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './documentdb_cluster_deletion_protection.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges each DocumentDB cluster in its region and leaves other engines alone',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('good', { engine: 'docdb', deletionProtection: true }));
      rds.clusters.add(dbCluster('bad', { engine: 'docdb', region: 'us-east-1', deletionProtection: false }));
      rds.clusters.add(dbCluster('aurora', { engine: 'aurora-mysql', deletionProtection: false }));
      rds.clusters.add(dbCluster('other', { engine: 'neptune', deletionProtection: false }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not have deletion protection' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
