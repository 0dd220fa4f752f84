import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbInstance, eventSubscription } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_event_subscription_parameter_groups.js';

const ACCOUNT = '111122223333';

testCheck(check, [
  { name: 'no instances, nothing judged', given: ({ rds }) => rds.eventSubscriptions.add(eventSubscription('s1', { sourceType: 'db-parameter-group' })), expect: [] },
  {
    name: 'parameter group subscriptions are judged whether enabled or not',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('db1'));
      rds.eventSubscriptions.add(eventSubscription('all', { sourceType: 'db-parameter-group' }));
      rds.eventSubscriptions.add(eventSubscription('changes', { sourceType: 'db-parameter-group', eventCategories: ['configuration change'] }));
      rds.eventSubscriptions.add(eventSubscription('disabled', { sourceType: 'db-parameter-group', enabled: false }));
      rds.eventSubscriptions.add(eventSubscription('other', { sourceType: 'db-parameter-group', eventCategories: ['notification'] }));
      rds.eventSubscriptions.add(eventSubscription('instances'));
    },
    expect: [
      { status: 'PASS', resource: 'all' },
      { status: 'PASS', resource: 'changes' },
      { status: 'FAIL', resource: 'disabled' },
      { status: 'FAIL', resource: 'other' },
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
  {
    name: 'a failed instance listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
