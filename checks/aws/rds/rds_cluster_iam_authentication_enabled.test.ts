import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_cluster_iam_authentication_enabled.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'judges each one, in its own region',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('good', { engine: 'neptune' }));
      rds.clusters.add(dbCluster('bad', { region: 'us-east-1', ...{ engine: 'oracle-ee', iamAuth: false } }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not have IAM' },
    ],
  },
  {
    name: 'DocumentDB is left to its own checks',
    given: ({ rds }) => rds.clusters.add(dbCluster('docs', { iamAuth: false, engine: 'docdb' })),
    expect: [],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
