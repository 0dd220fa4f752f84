import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbCluster, eventSubscription } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_cluster_critical_event_subscription.js';

const ACCOUNT = '111122223333';

testCheck(check, [
  { name: 'no clusters, nothing judged', given: ({ rds }) => rds.eventSubscriptions.add(eventSubscription('s1')), expect: [] },
  { name: 'only DocumentDB clusters, nothing judged', given: ({ rds }) => rds.clusters.add(dbCluster('docs', { engine: 'docdb' })), expect: [] },
  {
    name: 'with clusters, each subscription and each region without one is judged',
    given: ({ rds }) => {
      rds.clusters.add(dbCluster('c1'));
      rds.eventSubscriptions.add(eventSubscription('all', { sourceType: 'db-cluster' }));
      rds.eventSubscriptions.add(eventSubscription('pair', { sourceType: 'db-cluster', eventCategories: ['failure', 'maintenance'] }));
      rds.eventSubscriptions.add(eventSubscription('maintenance-only', { sourceType: 'db-cluster', eventCategories: ['maintenance'] }));
      rds.eventSubscriptions.add(eventSubscription('failure-only', { sourceType: 'db-cluster', eventCategories: ['failure'] }));
      rds.eventSubscriptions.add(eventSubscription('other-categories', { sourceType: 'db-cluster', eventCategories: ['notification'] }));
      rds.eventSubscriptions.add(eventSubscription('disabled', { sourceType: 'db-cluster', enabled: false }));
      rds.eventSubscriptions.add(eventSubscription('instances', { sourceType: 'db-instance' }));
    },
    expect: [
      { status: 'PASS', resource: 'all', region: 'eu-west-1' },
      { status: 'PASS', resource: 'pair' },
      { status: 'FAIL', resource: 'maintenance-only', detail: 'failure' },
      { status: 'FAIL', resource: 'failure-only', detail: 'maintenance' },
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1', detail: 'not subscribed' },
    ],
  },
  {
    name: 'with unused services scanned, regions without subscriptions fail even without clusters',
    options: { scanUnusedServices: true },
    expect: [
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
  {
    name: "a region whose subscriptions could not be listed is an error, not a failure",
    options: { scanUnusedServices: true },
    given: ({ rds }) => rds.eventSubscriptions.fail({ region: 'us-east-1', operation: 'DescribeEventSubscriptions', message: 'AccessDenied: denied' }),
    expect: [
      { status: 'ERROR', resource: 'rds:DescribeEventSubscriptions', region: 'us-east-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
    ],
  },
  {
    name: 'whether clusters exist is unknown when a listing failed',
    given: ({ rds }) => rds.clusters.fail({ region: 'eu-west-1', operation: 'DescribeDBClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
]);
