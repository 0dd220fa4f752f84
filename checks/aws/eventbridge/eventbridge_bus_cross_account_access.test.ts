import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { OTHER_ACCOUNT_POLICY, OWN_ACCOUNT_POLICY, PUBLIC_POLICY, allowPutEvents, busPolicy } from '../../../test/helpers/fixtures/eventbridge.js';
import check from './eventbridge_bus_cross_account_access.js';

testCheck(check, [
  { name: 'no buses', expect: [] },
  {
    name: 'buses without a policy or open only to the account pass',
    given: ({ eventbridge }) => {
      eventbridge.busPolicies.add(busPolicy('default'));
      eventbridge.busPolicies.add(busPolicy('own', { policy: OWN_ACCOUNT_POLICY }));
    },
    expect: [
      { status: 'PASS', resource: 'default' },
      { status: 'PASS', resource: 'own' },
    ],
  },
  {
    name: 'buses open to another account or to everyone fail',
    given: ({ eventbridge }) => {
      eventbridge.busPolicies.add(busPolicy('partner', { policy: OTHER_ACCOUNT_POLICY }));
      eventbridge.busPolicies.add(busPolicy('public', { region: 'us-east-1', policy: PUBLIC_POLICY }));
    },
    expect: [
      { status: 'FAIL', resource: 'partner', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'public', region: 'us-east-1' },
    ],
  },
  {
    name: 'a trusted account passes',
    config: { trusted_account_ids: ['999988887777'] },
    given: ({ eventbridge }) => eventbridge.busPolicies.add(busPolicy('partner', { policy: OTHER_ACCOUNT_POLICY })),
    expect: [{ status: 'PASS', resource: 'partner' }],
  },
  {
    name: 'a condition keeping callers in the account passes, one naming another account does not',
    given: ({ eventbridge }) => {
      eventbridge.busPolicies.add(busPolicy('confined', { policy: allowPutEvents(['*'], { StringEquals: { 'aws:SourceAccount': '111122223333' } }) }));
      eventbridge.busPolicies.add(busPolicy('elsewhere', { policy: allowPutEvents(['*'], { StringEquals: { 'aws:SourceAccount': '999988887777' } }) }));
    },
    expect: [
      { status: 'PASS', resource: 'confined' },
      { status: 'FAIL', resource: 'elsewhere' },
    ],
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
