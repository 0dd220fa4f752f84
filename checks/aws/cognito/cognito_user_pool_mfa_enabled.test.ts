import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { userPoolMfa } from '../../../test/helpers/fixtures/cognito.js';
import check from './cognito_user_pool_mfa_enabled.js';

testCheck(check, [
  { name: 'no user pools', expect: [] },
  {
    name: 'only required MFA passes; optional MFA fails like no MFA',
    given: ({ cognito }) => {
      cognito.userPoolMfa.add(userPoolMfa('p-on'));
      cognito.userPoolMfa.add(userPoolMfa('p-optional', { mfaConfiguration: 'OPTIONAL' }));
      cognito.userPoolMfa.add(userPoolMfa('p-off', { mfaConfiguration: 'OFF', region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'p-on', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'p-optional', detail: 'OPTIONAL' },
      { status: 'FAIL', resource: 'p-off', region: 'us-east-1', detail: 'OFF' },
    ],
  },
  {
    name: 'an MFA configuration that could not be read is an error',
    given: ({ cognito }) => cognito.userPoolMfa.add(userPoolMfa('p-unknown', { mfaConfiguration: unreadBy('cognito', 'GetUserPoolMfaConfig') })),
    expect: [{ status: 'ERROR', resource: 'p-unknown', detail: 'GetUserPoolMfaConfig' }],
  },
  {
    name: 'a region whose user pools could not be listed is an error there',
    given: ({ cognito }) => cognito.userPoolMfa.fail({ region: 'eu-west-1', operation: 'ListUserPools', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cognito:ListUserPools', region: 'eu-west-1' }],
  },
]);
