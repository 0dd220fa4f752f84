import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster, dbInstance } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_multi_az.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'standalone instances are judged on their own setting',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('good'));
      rds.instances.add(dbInstance('bad', { region: 'us-east-1', ...{ multiAz: false } }));
    },
    expect: [
      { status: 'PASS', resource: 'good' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not have Multi-AZ' },
    ],
  },
  {
    name: 'cluster members are judged on their cluster; a member of an unlisted cluster fails',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('good-cluster', {}));
      rds.clusters.add(dbCluster('bad-cluster', { multiAz: false }));
      rds.clusters.add(dbCluster('docs-cluster', { engine: 'docdb', ...{} }));
      rds.instances.add(dbInstance('in-good', { clusterId: 'good-cluster', ...{ multiAz: false } }));
      rds.instances.add(dbInstance('in-bad', { clusterId: 'bad-cluster' }));
      rds.instances.add(dbInstance('orphan', { clusterId: 'gone' }));
      rds.instances.add(dbInstance('in-docs', { engine: 'neptune', clusterId: 'docs-cluster' }));
    },
    expect: [
      { status: 'PASS', resource: 'in-good', detail: 'cluster good-cluster level' },
      { status: 'FAIL', resource: 'in-bad' },
      { status: 'FAIL', resource: 'orphan' },
      { status: 'FAIL', resource: 'in-docs' },
    ],
  },
  {
    name: "a member is an error while its region's clusters are unknown",
    given: ({ rds }) => {
      rds.instances.add(dbInstance('member', { clusterId: 'c1' }));
      rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'member', detail: 'DescribeDBClusters' }],
  },
  { name: 'DocumentDB is left to its own checks', given: ({ rds }) => rds.instances.add(dbInstance('docs', { engine: 'docdb', ...{ multiAz: false } })), expect: [] },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
