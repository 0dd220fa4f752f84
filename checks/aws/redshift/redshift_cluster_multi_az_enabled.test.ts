import { testCheck } from '../../../test/helpers/check-cases.js';
import { cluster } from '../../../test/helpers/fixtures/redshift.js';
import check from './redshift_cluster_multi_az_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'only Enabled passes',
    given: ({ redshift }) => {
      redshift.clusters.add(cluster('multi', { multiAz: 'Enabled' }));
      redshift.clusters.add(cluster('single', { multiAz: 'Disabled' }));
      redshift.clusters.add(cluster('unsaid', { multiAz: null, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'multi' },
      { status: 'FAIL', resource: 'single', detail: 'does not have Multi-AZ' },
      { status: 'FAIL', resource: 'unsaid', region: 'us-east-1' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ redshift }) => redshift.clusters.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'redshift:DescribeClusters' }] },
]);
