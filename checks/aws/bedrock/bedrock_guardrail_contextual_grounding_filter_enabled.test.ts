import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { groundingFilter, guardrailPolicies, strictFilters } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_guardrail_contextual_grounding_filter_enabled.js';

const withGrounding = (id: string, ...filters: ReturnType<typeof groundingFilter>[]) => guardrailPolicies(id, strictFilters({ contextualGrounding: filters }));

testCheck(check, [
  { name: 'no guardrails', expect: [] },
  {
    name: 'enabled blocking GROUNDING and RELEVANCE filters above 0 pass',
    given: ({ bedrock }) => bedrock.guardrailPolicies.add(guardrailPolicies('g1')),
    expect: [{ status: 'PASS', resource: 'g1' }],
  },
  {
    name: 'no policy, or a missing type, fails',
    given: ({ bedrock }) => {
      bedrock.guardrailPolicies.add(withGrounding('empty'));
      bedrock.guardrailPolicies.add(withGrounding('half', groundingFilter('GROUNDING')));
    },
    expect: [
      { status: 'FAIL', resource: 'empty', detail: 'no contextual grounding policy' },
      { status: 'FAIL', resource: 'half', detail: 'no contextual grounding RELEVANCE filter' },
    ],
  },
  {
    name: 'a disabled, non-blocking or zero-threshold filter fails',
    given: ({ bedrock }) => {
      bedrock.guardrailPolicies.add(withGrounding('disabled', groundingFilter('GROUNDING', { enabled: false }), groundingFilter('RELEVANCE')));
      bedrock.guardrailPolicies.add(withGrounding('report-only', groundingFilter('GROUNDING'), groundingFilter('RELEVANCE', { action: 'NONE' })));
      bedrock.guardrailPolicies.add(withGrounding('zero', groundingFilter('GROUNDING', { threshold: 0 }), groundingFilter('RELEVANCE')));
    },
    expect: [
      { status: 'FAIL', resource: 'disabled', detail: 'GROUNDING filter is disabled' },
      { status: 'FAIL', resource: 'report-only', detail: 'action NONE' },
      { status: 'FAIL', resource: 'zero', detail: 'threshold 0' },
    ],
  },
  {
    name: 'a filter that does not say whether it is enabled or blocks is left to manual review; a definite failure still fails',
    given: ({ bedrock }) => {
      bedrock.guardrailPolicies.add(withGrounding('unsaid', groundingFilter('GROUNDING', { enabled: null }), groundingFilter('RELEVANCE', { action: null })));
      bedrock.guardrailPolicies.add(withGrounding('mixed', groundingFilter('GROUNDING', { enabled: null }), groundingFilter('RELEVANCE', { enabled: false })));
    },
    expect: [
      { status: 'MANUAL', resource: 'unsaid', detail: 'GROUNDING and RELEVANCE' },
      { status: 'FAIL', resource: 'mixed', detail: 'RELEVANCE filter is disabled' },
    ],
  },
  {
    name: 'a later filter of the same type replaces an earlier one',
    given: ({ bedrock }) =>
      bedrock.guardrailPolicies.add(withGrounding('g1', groundingFilter('GROUNDING'), groundingFilter('RELEVANCE'), groundingFilter('GROUNDING', { action: 'NONE' }))),
    expect: [{ status: 'FAIL', resource: 'g1', detail: 'GROUNDING filter only reports' }],
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
