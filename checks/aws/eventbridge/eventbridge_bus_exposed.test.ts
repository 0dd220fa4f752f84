import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { OTHER_ACCOUNT_POLICY, PUBLIC_POLICY, allowPutEvents, busPolicy } from '../../../test/helpers/fixtures/eventbridge.js';
import check from './eventbridge_bus_exposed.js';

testCheck(check, [
  { name: 'no buses', expect: [] },
  {
    name: 'a bus without a policy passes',
    given: ({ eventbridge }) => eventbridge.busPolicies.add(busPolicy('default')),
    expect: [{ status: 'PASS', resource: 'default', region: 'eu-west-1' }],
  },
  {
    name: 'a bus open to another named account is not exposed to everyone',
    given: ({ eventbridge }) => eventbridge.busPolicies.add(busPolicy('partner', { policy: OTHER_ACCOUNT_POLICY })),
    expect: [{ status: 'PASS', resource: 'partner' }],
  },
  {
    name: 'a bus open to everyone fails',
    given: ({ eventbridge }) => eventbridge.busPolicies.add(busPolicy('public', { region: 'us-east-1', policy: PUBLIC_POLICY })),
    expect: [{ status: 'FAIL', resource: 'public', region: 'us-east-1' }],
  },
  {
    name: 'a bus open to everyone in the organization passes',
    given: ({ eventbridge }) => eventbridge.busPolicies.add(busPolicy('org', { policy: allowPutEvents(['*'], { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }) })),
    expect: [{ status: 'PASS', resource: 'org' }],
  },
  {
    name: 'an unread policy is an error',
    given: ({ eventbridge }) => eventbridge.busPolicies.add(busPolicy('default', { policy: unreadBy('eventbridge', 'DescribeEventBus') })),
    expect: [{ status: 'ERROR', resource: 'default', detail: 'DescribeEventBus' }],
  },
  {
    name: 'a region whose buses could not be listed is an error there',
    given: ({ eventbridge }) => eventbridge.busPolicies.fail({ region: 'us-east-1', operation: 'ListEventBuses', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'eventbridge:ListEventBuses', region: 'us-east-1' }],
  },
]);
