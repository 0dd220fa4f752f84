import { testCheck } from '../../../test/helpers/check-cases.js';
import { cluster } from '../../../test/helpers/fixtures/redshift.js';
import check from './redshift_cluster_encrypted_at_rest.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges each cluster',
    given: ({ redshift }) => {
      redshift.clusters.add(cluster('good', { encrypted: true }));
      redshift.clusters.add(cluster('bad', { encrypted: false, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'is not encrypted' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ redshift }) => redshift.clusters.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'redshift:DescribeClusters' }] },
]);
