import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { guardrailPolicies, strictFilters } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_guardrail_sensitive_information_filter_enabled.js';

testCheck(check, [
  { name: 'no guardrails', expect: [] },
  {
    name: 'a guardrail with a sensitive information policy passes, one without fails',
    given: ({ bedrock }) => {
      bedrock.guardrailPolicies.add(guardrailPolicies('g1'));
      bedrock.guardrailPolicies.add(guardrailPolicies('g2', strictFilters({ sensitiveInformation: false })));
    },
    expect: [
      { status: 'PASS', resource: 'g1' },
      { status: 'FAIL', resource: 'g2' },
    ],
  },
  {
    name: 'a guardrail whose configuration could not be read is an error',
    given: ({ bedrock }) => bedrock.guardrailPolicies.add(guardrailPolicies('g1', unreadBy('bedrock', 'GetGuardrail'))),
    expect: [{ status: 'ERROR', resource: 'g1', detail: 'GetGuardrail' }],
  },
  {
    name: 'a region whose guardrails could not be listed is an error there',
    given: ({ bedrock }) => bedrock.guardrailPolicies.fail({ region: 'eu-west-1', operation: 'ListGuardrails', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'bedrock:ListGuardrails', region: 'eu-west-1' }],
  },
]);
