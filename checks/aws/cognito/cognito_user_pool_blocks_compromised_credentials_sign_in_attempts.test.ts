import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { riskResponses, userPoolRiskResponses } from '../../../test/helpers/fixtures/cognito.js';
import check from './cognito_user_pool_blocks_compromised_credentials_sign_in_attempts.js';

const compromised = (events: string[], action: string) => riskResponses({ compromisedCredentials: { events, action } });

testCheck(check, [
  { name: 'no user pools', expect: [] },
  {
    name: 'passes only when sign-ins are checked for leaked credentials and blocked',
    given: ({ cognito }) => {
      cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-blocks', { riskResponses: compromised(['SIGN_IN'], 'BLOCK') }));
      cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-no-action', { riskResponses: compromised(['SIGN_IN'], 'NO_ACTION') }));
      cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-sign-up-only', { riskResponses: compromised(['SIGN_UP', 'PASSWORD_CHANGE'], 'BLOCK') }));
      cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-unset', { riskResponses: compromised([], '') }));
    },
    expect: [
      { status: 'PASS', resource: 'p-blocks', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'p-no-action' },
      { status: 'FAIL', resource: 'p-sign-up-only' },
      { status: 'FAIL', resource: 'p-unset' },
    ],
  },
  {
    name: 'a pool without enforced advanced security blocks nothing',
    given: ({ cognito }) => cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-audit', { riskResponses: null })),
    expect: [{ status: 'FAIL', resource: 'p-audit', detail: 'does not enforce advanced security' }],
  },
  {
    name: 'a risk configuration that could not be read is an error',
    given: ({ cognito }) => cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-unknown', { riskResponses: unreadBy('cognito', 'DescribeRiskConfiguration') })),
    expect: [{ status: 'ERROR', resource: 'p-unknown', detail: 'DescribeRiskConfiguration' }],
  },
  {
    name: 'a region whose user pools could not be listed is an error there',
    given: ({ cognito }) => cognito.userPoolRiskResponses.fail({ region: 'eu-west-1', operation: 'ListUserPools', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cognito:ListUserPools', region: 'eu-west-1' }],
  },
]);
