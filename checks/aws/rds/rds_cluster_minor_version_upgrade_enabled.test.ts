import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_cluster_minor_version_upgrade_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'Multi-AZ clusters are judged on automatic minor upgrades',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('patched'));
      rds.clusters.add(dbCluster('stale', { autoMinorVersionUpgrade: false }));
    },
    expect: [
      { status: 'PASS', resource: 'patched' },
      { status: 'FAIL', resource: 'stale', detail: 'does not apply' },
    ],
  },
  {
    name: 'single-AZ and DocumentDB clusters are not judged',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('single', { multiAz: false, autoMinorVersionUpgrade: false }));
      rds.clusters.add(dbCluster('docs', { engine: 'docdb', autoMinorVersionUpgrade: false }));
    },
    expect: [],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
