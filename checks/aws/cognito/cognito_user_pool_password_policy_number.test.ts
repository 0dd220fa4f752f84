import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { poolSettings, userPool } from '../../../test/helpers/fixtures/cognito.js';
import check from './cognito_user_pool_password_policy_number.js';

testCheck(check, [
  { name: 'no user pools', expect: [] },
  {
    name: 'each pool is judged by its own settings',
    given: ({ cognito }) => {
      cognito.userPools.add(userPool('p-strict', { settings: poolSettings({}) }));
      cognito.userPools.add(userPool('p-lax', { settings: poolSettings({ passwordPolicy: { requireNumbers: false } }) }));
    },
    expect: [
      { status: 'PASS', resource: 'p-strict', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'p-lax', region: 'eu-west-1', detail: 'a number' },
    ],
  },
  {
    name: 'a pool that could not be described is an error, not a verdict',
    given: ({ cognito }) => cognito.userPools.add(userPool('p-unknown', { settings: unreadBy('cognito', 'DescribeUserPool') })),
    expect: [{ status: 'ERROR', resource: 'p-unknown', detail: 'DescribeUserPool' }],
  },
  {
    name: 'a region whose user pools could not be listed is an error there',
    given: ({ cognito }) => cognito.userPools.fail({ region: 'us-east-1', operation: 'ListUserPools', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cognito:ListUserPools', region: 'us-east-1' }],
  },
]);
