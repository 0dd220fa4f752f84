import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { clusterParameterGroup, dbCluster, dbInstance, parameterGroup } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_transport_encrypted.js';

testCheck(check, [
  { name: 'no databases', expect: [] },
  {
    name: 'standalone instances are judged on the parameter their engine uses',
    given: ({ rds }) => {
      rds.parameterGroups.add(parameterGroup('tls-required', { require_secure_transport: '1' }));
      rds.parameterGroups.add(parameterGroup('pg-forced', { 'rds.force_ssl': '1' }));
      rds.parameterGroups.add(parameterGroup('pg-open', { 'rds.force_ssl': '0' }));
      rds.instances.add(dbInstance('mysql'));
      rds.instances.add(dbInstance('mariadb-wrong-parameter', { engine: 'mariadb', parameterGroupNames: ['pg-forced'] }));
      rds.instances.add(dbInstance('pg', { engine: 'postgres', parameterGroupNames: ['pg-forced'] }));
      rds.instances.add(dbInstance('sqlserver-open', { engine: 'sqlserver-se', parameterGroupNames: ['pg-open'] }));
      rds.instances.add(dbInstance('oracle', { engine: 'oracle-ee', parameterGroupNames: ['pg-open'] }));
      rds.instances.add(dbInstance('member', { engine: 'aurora-mysql', clusterId: 'c1', parameterGroupNames: ['pg-open'] }));
    },
    expect: [
      { status: 'PASS', resource: 'mysql', detail: 'use SSL' },
      { status: 'FAIL', resource: 'mariadb-wrong-parameter', detail: 'not encrypted' },
      { status: 'PASS', resource: 'pg' },
      { status: 'FAIL', resource: 'sqlserver-open' },
    ],
  },
  {
    name: 'clusters pass with rds.force_ssl 1 or require_secure_transport ON',
    given: ({ rds }) => {
      rds.clusterParameterGroups.add(clusterParameterGroup('tls-required', { require_secure_transport: 'ON' }));
      rds.clusterParameterGroups.add(clusterParameterGroup('forced', { 'rds.force_ssl': '1' }));
      rds.clusterParameterGroups.add(clusterParameterGroup('numeric', { require_secure_transport: '1' }));
      rds.clusters.add(dbCluster('mysql'));
      rds.clusters.add(dbCluster('pg', { engine: 'aurora-postgresql', parameterGroupName: 'forced' }));
      rds.clusters.add(dbCluster('numeric', { parameterGroupName: 'numeric' }));
      rds.clusters.add(dbCluster('ungrouped', { parameterGroupName: null }));
      rds.clusters.add(dbCluster('docs', { engine: 'docdb', parameterGroupName: 'numeric' }));
    },
    expect: [
      { status: 'PASS', resource: 'mysql' },
      { status: 'PASS', resource: 'pg' },
      { status: 'FAIL', resource: 'numeric', detail: 'not encrypted' },
      { status: 'FAIL', resource: 'ungrouped' },
    ],
  },
  {
    name: 'unread parameters are errors',
    given: ({ rds }) => {
      rds.parameterGroups.add(parameterGroup('tls-required', unreadBy('rds', 'DescribeDBParameters')));
      rds.clusterParameterGroups.add(clusterParameterGroup('tls-required', unreadBy('rds', 'DescribeDBClusterParameters')));
      rds.instances.add(dbInstance('db'));
      rds.clusters.add(dbCluster('cluster'));
    },
    expect: [
      { status: 'ERROR', resource: 'db', detail: 'DescribeDBParameters' },
      { status: 'ERROR', resource: 'cluster', detail: 'DescribeDBClusterParameters' },
    ],
  },
  {
    name: 'failed listings are errors',
    given: ({ rds }) => {
      rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' });
      rds.clusters.fail({ region: 'us-east-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'rds:DescribeDBInstances' },
      { status: 'ERROR', resource: 'rds:DescribeDBClusters', region: 'us-east-1' },
    ],
  },
]);
