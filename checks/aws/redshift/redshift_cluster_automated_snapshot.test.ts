import { testCheck } from '../../../test/helpers/check-cases.js';
import { cluster, snapshot } from '../../../test/helpers/fixtures/redshift.js';
import check from './redshift_cluster_automated_snapshot.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'a cluster passes with a snapshot of its own in its region',
    given: ({ redshift }) => {
      redshift.clusters.add(cluster('backed'));
      redshift.clusters.add(cluster('bare'));
      redshift.clusters.add(cluster('elsewhere', { region: 'us-east-1' }));
      redshift.snapshots.add(snapshot('rs:backed-1', 'backed'));
      redshift.snapshots.add(snapshot('manual-elsewhere', 'elsewhere'));
    },
    expect: [
      { status: 'PASS', resource: 'backed' },
      { status: 'FAIL', resource: 'bare', detail: 'no snapshots' },
      { status: 'FAIL', resource: 'elsewhere', region: 'us-east-1' },
    ],
  },
  {
    name: 'unlisted snapshots are an error for the region only',
    given: ({ redshift }) => {
      redshift.clusters.add(cluster('here'));
      redshift.clusters.add(cluster('there', { region: 'us-east-1' }));
      redshift.snapshots.add(snapshot('s', 'there', 'us-east-1'));
      redshift.snapshots.fail({ region: 'eu-west-1', operation: 'DescribeClusterSnapshots', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'here', detail: 'DescribeClusterSnapshots' },
      { status: 'PASS', resource: 'there', region: 'us-east-1' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ redshift }) => redshift.clusters.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'redshift:DescribeClusters' }] },
]);
