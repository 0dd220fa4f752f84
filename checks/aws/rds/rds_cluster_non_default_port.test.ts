import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_cluster_non_default_port.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: "a port is default only for its own engine family",
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('custom', { engine: 'mysql', port: 3307 }));
      rds.clusters.add(dbCluster('mysql-default', { engine: 'mysql', port: 3306 }));
      rds.clusters.add(dbCluster('aurora-default', { engine: 'aurora-mysql', port: 3306 }));
      rds.clusters.add(dbCluster('pg-default', { engine: 'aurora-postgresql', port: 5432 }));
      rds.clusters.add(dbCluster('oracle-default', { engine: 'oracle-ee', port: 1521 }));
      rds.clusters.add(dbCluster('sqlserver-default', { engine: 'sqlserver-se', port: 1433 }));
      rds.clusters.add(dbCluster('db2-default', { engine: 'db2-se', port: 50000 }));
      rds.clusters.add(dbCluster('mysql-on-pg-port', { engine: 'mysql', port: 5432 }));
      rds.clusters.add(dbCluster('no-endpoint', { engine: 'postgres', port: null }));
    },
    expect: [
      { status: 'PASS', resource: 'custom' },
      { status: 'FAIL', resource: 'mysql-default', detail: 'port 3306' },
      { status: 'FAIL', resource: 'aurora-default' },
      { status: 'FAIL', resource: 'pg-default' },
      { status: 'FAIL', resource: 'oracle-default' },
      { status: 'FAIL', resource: 'sqlserver-default' },
      { status: 'FAIL', resource: 'db2-default' },
      { status: 'PASS', resource: 'mysql-on-pg-port' },
      { status: 'PASS', resource: 'no-endpoint' },
    ],
  },
  { name: 'DocumentDB is left to its own checks', given: ({ rds }) => rds.clusters.add(dbCluster('docs', { engine: 'docdb', port: 27017 })), expect: [] },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
