import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbInstance, eventSubscription } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_event_subscription_security_groups.js';

const ACCOUNT = '111122223333';

testCheck(check, [
  { name: 'no instances, nothing judged', expect: [] },
  {
    name: 'enabled security group subscriptions are judged on their categories',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('db1'));
      rds.eventSubscriptions.add(eventSubscription('all', { sourceType: 'db-security-group' }));
      rds.eventSubscriptions.add(eventSubscription('pair', { sourceType: 'db-security-group', eventCategories: ['failure', 'configuration change'] }));
      rds.eventSubscriptions.add(eventSubscription('changes', { sourceType: 'db-security-group', eventCategories: ['configuration change'] }));
      rds.eventSubscriptions.add(eventSubscription('failures', { sourceType: 'db-security-group', eventCategories: ['failure'] }));
      rds.eventSubscriptions.add(eventSubscription('disabled', { sourceType: 'db-security-group', enabled: false }));
    },
    expect: [
      { status: 'PASS', resource: 'all' },
      { status: 'PASS', resource: 'pair' },
      { status: 'FAIL', resource: 'changes', detail: 'failure' },
      { status: 'FAIL', resource: 'failures', detail: 'configuration change' },
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
]);
