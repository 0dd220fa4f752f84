import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_cluster_deletion_protection.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'judges each one, in its own region',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('good', {}));
      rds.clusters.add(dbCluster('bad', { region: 'us-east-1', ...{ deletionProtection: false } }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not have deletion protection' },
    ],
  },
  {
    name: 'DocumentDB is left to its own checks',
    given: ({ rds }) => rds.clusters.add(dbCluster('docs', { engine: 'docdb', ...{ deletionProtection: false } })),
    expect: [],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
