import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { clusterParameters } from '../../../test/helpers/fixtures/redshift.js';
import check from './redshift_cluster_in_transit_encryption_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges each cluster',
    given: ({ redshift }) => {
      redshift.clusterParameters.add(clusterParameters('tls'));
      redshift.clusterParameters.add(clusterParameters('plain', { requireSsl: false, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'tls' },
      { status: 'FAIL', resource: 'plain', region: 'us-east-1', detail: 'does not require SSL' },
    ],
  },
  { name: 'unread parameters are an error', given: ({ redshift }) => redshift.clusterParameters.add(clusterParameters('x', { requireSsl: unreadBy('redshift', 'DescribeClusterParameters') })), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeClusterParameters' }] },
  { name: 'a failed listing is an error', given: ({ redshift }) => redshift.clusterParameters.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'redshift:DescribeClusters' }] },
]);
