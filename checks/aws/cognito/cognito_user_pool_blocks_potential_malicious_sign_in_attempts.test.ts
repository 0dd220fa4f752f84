import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { riskResponses, userPoolRiskResponses } from '../../../test/helpers/fixtures/cognito.js';
import check from './cognito_user_pool_blocks_potential_malicious_sign_in_attempts.js';

const takeover = (low: string, medium: string, high: string) => riskResponses({ accountTakeover: { low, medium, high } });

testCheck(check, [
  { name: 'no user pools', expect: [] },
  {
    name: 'passes only when every account takeover risk level is blocked',
    given: ({ cognito }) => {
      cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-blocks', { riskResponses: takeover('BLOCK', 'BLOCK', 'BLOCK') }));
      cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-low-mfa', { riskResponses: takeover('MFA_IF_CONFIGURED', 'BLOCK', 'BLOCK') }));
      cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-high-open', { riskResponses: takeover('BLOCK', 'BLOCK', 'NO_ACTION') }));
      cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-unset', { riskResponses: takeover('', '', '') }));
    },
    expect: [
      { status: 'PASS', resource: 'p-blocks', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'p-low-mfa', detail: 'at low account takeover risk' },
      { status: 'FAIL', resource: 'p-high-open', detail: 'at high account takeover risk' },
      { status: 'FAIL', resource: 'p-unset', detail: 'low, medium, high' },
    ],
  },
  {
    name: 'a pool without enforced advanced security blocks nothing',
    given: ({ cognito }) => cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-off', { riskResponses: null })),
    expect: [{ status: 'FAIL', resource: 'p-off', detail: 'does not enforce advanced security' }],
  },
  {
    name: 'a risk configuration that could not be read is an error',
    given: ({ cognito }) => cognito.userPoolRiskResponses.add(userPoolRiskResponses('p-unknown', { riskResponses: unreadBy('cognito', 'DescribeRiskConfiguration') })),
    expect: [{ status: 'ERROR', resource: 'p-unknown', detail: 'DescribeRiskConfiguration' }],
  },
  {
    name: 'a region whose user pools could not be listed is an error there',
    given: ({ cognito }) => cognito.userPoolRiskResponses.fail({ region: 'us-east-1', operation: 'ListUserPools', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cognito:ListUserPools', region: 'us-east-1' }],
  },
]);
