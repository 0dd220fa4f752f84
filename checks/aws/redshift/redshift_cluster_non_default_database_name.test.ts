import { testCheck } from '../../../test/helpers/check-cases.js';
import { cluster } from '../../../test/helpers/fixtures/redshift.js';
import check from './redshift_cluster_non_default_database_name.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'only the name dev fails',
    given: ({ redshift }) => {
      redshift.clusters.add(cluster('custom', { databaseName: 'analytics' }));
      redshift.clusters.add(cluster('unnamed', { databaseName: null }));
      redshift.clusters.add(cluster('default', { databaseName: 'dev' }));
      redshift.clusters.add(cluster('shouting', { databaseName: 'DEV' }));
    },
    expect: [
      { status: 'PASS', resource: 'custom' },
      { status: 'PASS', resource: 'unnamed' },
      { status: 'FAIL', resource: 'default', detail: 'default database name dev' },
      { status: 'PASS', resource: 'shouting' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ redshift }) => redshift.clusters.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'redshift:DescribeClusters' }] },
]);
