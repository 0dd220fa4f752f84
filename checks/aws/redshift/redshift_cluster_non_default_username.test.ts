import { testCheck } from '../../../test/helpers/check-cases.js';
import { cluster } from '../../../test/helpers/fixtures/redshift.js';
import check from './redshift_cluster_non_default_username.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'only the user name awsuser fails',
    given: ({ redshift }) => {
      redshift.clusters.add(cluster('custom', { masterUsername: 'warehouse_admin' }));
      redshift.clusters.add(cluster('default', { masterUsername: 'awsuser', region: 'us-east-1' }));
      redshift.clusters.add(cluster('unsaid', { masterUsername: null }));
    },
    expect: [
      { status: 'PASS', resource: 'custom' },
      { status: 'FAIL', resource: 'default', region: 'us-east-1', detail: 'default admin user name awsuser' },
      { status: 'PASS', resource: 'unsaid' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ redshift }) => redshift.clusters.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'redshift:DescribeClusters' }] },
]);
