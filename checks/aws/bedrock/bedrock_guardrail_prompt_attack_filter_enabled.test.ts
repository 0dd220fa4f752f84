import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { guardrailPolicies, strictFilters } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_guardrail_prompt_attack_filter_enabled.js';

testCheck(check, [
  { name: 'no guardrails', expect: [] },
  {
    name: 'HIGH passes; a lower strength, NONE or no filter fails',
    given: ({ bedrock }) => {
      bedrock.guardrailPolicies.add(guardrailPolicies('high'));
      bedrock.guardrailPolicies.add(guardrailPolicies('medium', strictFilters({ promptAttackStrength: 'MEDIUM' })));
      bedrock.guardrailPolicies.add(guardrailPolicies('none', strictFilters({ promptAttackStrength: 'NONE' })));
      bedrock.guardrailPolicies.add(guardrailPolicies('absent', strictFilters({ promptAttackStrength: null })));
    },
    expect: [
      { status: 'PASS', resource: 'high' },
      { status: 'FAIL', resource: 'medium', detail: 'MEDIUM strength' },
      { status: 'FAIL', resource: 'none', detail: 'NONE strength' },
      { status: 'FAIL', resource: 'absent', detail: 'no prompt attack filter' },
    ],
  },
  {
    name: 'a guardrail whose configuration could not be read is an error',
    given: ({ bedrock }) => bedrock.guardrailPolicies.add(guardrailPolicies('g1', unreadBy('bedrock', 'GetGuardrail'))),
    expect: [{ status: 'ERROR', resource: 'g1', detail: 'GetGuardrail' }],
  },
  {
    name: 'a region whose guardrails could not be listed is an error there',
    given: ({ bedrock }) => bedrock.guardrailPolicies.fail({ region: 'us-east-1', operation: 'ListGuardrails', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'bedrock:ListGuardrails', region: 'us-east-1' }],
  },
]);
