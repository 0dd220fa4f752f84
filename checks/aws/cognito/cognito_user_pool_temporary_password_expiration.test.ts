import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { poolSettings, userPool } from '../../../test/helpers/fixtures/cognito.js';
import check from './cognito_user_pool_temporary_password_expiration.js';

testCheck(check, [
  { name: 'no user pools', expect: [] },
  {
    name: 'each pool is judged by its own settings',
    given: ({ cognito }) => {
      cognito.userPools.add(userPool('p-7', { settings: poolSettings({ passwordPolicy: { temporaryPasswordValidityDays: 7 } }) }));
      cognito.userPools.add(userPool('p-1', { settings: poolSettings({ passwordPolicy: { temporaryPasswordValidityDays: 1 } }) }));
      cognito.userPools.add(userPool('p-unset', { settings: poolSettings({ passwordPolicy: { temporaryPasswordValidityDays: 0 } }) }));
      cognito.userPools.add(userPool('p-8', { settings: poolSettings({ passwordPolicy: { temporaryPasswordValidityDays: 8 } }) }));
    },
    expect: [
      { status: 'PASS', resource: 'p-7', region: 'eu-west-1' },
      { status: 'PASS', resource: 'p-1', region: 'eu-west-1' },
      { status: 'PASS', resource: 'p-unset', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'p-8', region: 'eu-west-1', detail: '8 days' },
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
