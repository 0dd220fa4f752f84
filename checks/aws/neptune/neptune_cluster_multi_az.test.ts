import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './neptune_cluster_multi_az.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges each Neptune cluster in its region and leaves other engines alone',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('good', { engine: 'neptune', multiAz: true }));
      rds.clusters.add(dbCluster('bad', { engine: 'neptune', region: 'us-east-1', multiAz: false }));
      rds.clusters.add(dbCluster('aurora', { engine: 'aurora-mysql', multiAz: false }));
      rds.clusters.add(dbCluster('other', { engine: 'docdb', multiAz: false }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not have Multi-AZ' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
