import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { OTHER_ACCOUNT_POLICY, PUBLIC_POLICY, registryPolicy } from '../../../test/helpers/fixtures/eventbridge.js';
import check from './eventbridge_schema_registry_cross_account_access.js';

testCheck(check, [
  { name: 'no registries', expect: [] },
  {
    name: 'a registry open only to the account passes',
    given: ({ eventbridge }) => eventbridge.registryPolicies.add(registryPolicy('orders')),
    expect: [{ status: 'PASS', resource: 'orders', region: 'eu-west-1' }],
  },
  {
    name: 'registries open to another account or everyone fail',
    given: ({ eventbridge }) => {
      eventbridge.registryPolicies.add(registryPolicy('shared', { policy: OTHER_ACCOUNT_POLICY }));
      eventbridge.registryPolicies.add(registryPolicy('public', { region: 'us-east-1', policy: PUBLIC_POLICY }));
    },
    expect: [
      { status: 'FAIL', resource: 'shared' },
      { status: 'FAIL', resource: 'public', region: 'us-east-1' },
    ],
  },
  {
    name: 'a trusted account passes',
    config: { trusted_account_ids: ['999988887777'] },
    given: ({ eventbridge }) => eventbridge.registryPolicies.add(registryPolicy('shared', { policy: OTHER_ACCOUNT_POLICY })),
    expect: [{ status: 'PASS', resource: 'shared' }],
  },
  {
    name: 'a registry without a policy is skipped',
    given: ({ eventbridge }) => eventbridge.registryPolicies.add(registryPolicy('plain', { policy: null })),
    expect: [],
  },
  {
    name: 'an unread policy is an error',
    given: ({ eventbridge }) => eventbridge.registryPolicies.add(registryPolicy('orders', { policy: unreadBy('eventbridge', 'GetResourcePolicy') })),
    expect: [{ status: 'ERROR', resource: 'orders', detail: 'GetResourcePolicy' }],
  },
  {
    name: 'a region whose registries could not be listed is an error there',
    given: ({ eventbridge }) => eventbridge.registryPolicies.fail({ region: 'us-east-1', operation: 'ListRegistries', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'eventbridge:ListRegistries', region: 'us-east-1' }],
  },
]);
