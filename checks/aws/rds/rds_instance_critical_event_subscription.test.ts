import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbInstance, eventSubscription } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_critical_event_subscription.js';

const ACCOUNT = '111122223333';

testCheck(check, [
  { name: 'no instances, nothing judged', given: ({ rds }) => rds.eventSubscriptions.add(eventSubscription('s1')), expect: [] },
  {
    name: 'with instances, each subscription and each region without one is judged',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('db1', { region: 'us-east-1' }));
      rds.eventSubscriptions.add(eventSubscription('all'));
      rds.eventSubscriptions.add(eventSubscription('three', { eventCategories: ['failure', 'configuration change', 'maintenance'] }));
      rds.eventSubscriptions.add(eventSubscription('two', { eventCategories: ['failure', 'maintenance'] }));
      rds.eventSubscriptions.add(eventSubscription('extra', { eventCategories: ['failure', 'maintenance', 'configuration change', 'notification'] }));
      rds.eventSubscriptions.add(eventSubscription('disabled', { enabled: false }));
      rds.eventSubscriptions.add(eventSubscription('clusters', { sourceType: 'db-cluster' }));
    },
    expect: [
      { status: 'PASS', resource: 'all' },
      { status: 'PASS', resource: 'three' },
      { status: 'FAIL', resource: 'two', detail: 'configuration change' },
      { status: 'FAIL', resource: 'extra' },
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
  {
    name: 'a failed subscription listing is an error',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('db1'));
      rds.eventSubscriptions.fail({ region: 'eu-west-1', operation: 'DescribeEventSubscriptions', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'rds:DescribeEventSubscriptions' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
]);
