import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './documentdb_cluster_storage_encrypted.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges each DocumentDB cluster in its region and leaves other engines alone',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('good', { engine: 'docdb', storageEncrypted: true }));
      rds.clusters.add(dbCluster('bad', { engine: 'docdb', region: 'us-east-1', storageEncrypted: false }));
      rds.clusters.add(dbCluster('aurora', { engine: 'aurora-mysql', storageEncrypted: false }));
      rds.clusters.add(dbCluster('other', { engine: 'neptune', storageEncrypted: false }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not encrypt' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
