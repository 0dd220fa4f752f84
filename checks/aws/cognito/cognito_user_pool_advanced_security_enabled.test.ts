import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { poolSettings, userPool } from '../../../test/helpers/fixtures/cognito.js';
import check from './cognito_user_pool_advanced_security_enabled.js';

testCheck(check, [
  { name: 'no user pools', expect: [] },
  {
    name: 'only enforced advanced security passes; audit-only and off fail',
    given: ({ cognito }) => {
      cognito.userPools.add(userPool('p-enforced'));
      cognito.userPools.add(userPool('p-audit', { settings: poolSettings({ advancedSecurityMode: 'AUDIT' }) }));
      cognito.userPools.add(userPool('p-off', { settings: poolSettings({ advancedSecurityMode: 'OFF' }) }));
    },
    expect: [
      { status: 'PASS', resource: 'p-enforced', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'p-audit', detail: 'audit-only' },
      { status: 'FAIL', resource: 'p-off', detail: 'turned off' },
    ],
  },
  {
    name: 'a pool that could not be described is an error',
    given: ({ cognito }) => cognito.userPools.add(userPool('p-unknown', { settings: unreadBy('cognito', 'DescribeUserPool') })),
    expect: [{ status: 'ERROR', resource: 'p-unknown', detail: 'DescribeUserPool' }],
  },
  {
    name: 'a region whose user pools could not be listed is an error there',
    given: ({ cognito }) => cognito.userPools.fail({ region: 'eu-west-1', operation: 'ListUserPools', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cognito:ListUserPools', region: 'eu-west-1' }],
  },
]);
