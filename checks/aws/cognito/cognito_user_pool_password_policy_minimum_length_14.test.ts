import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { poolSettings, userPool } from '../../../test/helpers/fixtures/cognito.js';
import check from './cognito_user_pool_password_policy_minimum_length_14.js';

testCheck(check, [
  { name: 'no user pools', expect: [] },
  {
    name: 'each pool is judged by its own settings',
    given: ({ cognito }) => {
      cognito.userPools.add(userPool('p-14', { settings: poolSettings({ passwordPolicy: { minimumLength: 14 } }) }));
      cognito.userPools.add(userPool('p-64', { settings: poolSettings({ passwordPolicy: { minimumLength: 64 } }) }));
      cognito.userPools.add(userPool('p-13', { settings: poolSettings({ passwordPolicy: { minimumLength: 13 } }) }));
      cognito.userPools.add(userPool('p-unset', { settings: poolSettings({ passwordPolicy: { minimumLength: 0 } }) }));
    },
    expect: [
      { status: 'PASS', resource: 'p-14', region: 'eu-west-1' },
      { status: 'PASS', resource: 'p-64', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'p-13', region: 'eu-west-1', detail: '13 characters' },
      { status: 'FAIL', resource: 'p-unset', region: 'eu-west-1', detail: '0 characters' },
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
