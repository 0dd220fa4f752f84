import { testCheck } from '../../../test/helpers/check-cases.js';
import { guardrail } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_guardrails_configured.js';

testCheck(check, [
  {
    name: 'no guardrails: each region fails',
    expect: [
      { status: 'FAIL', resource: 'bedrock-guardrails', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bedrock-guardrails', region: 'us-east-1' },
    ],
  },
  {
    name: 'each guardrail of a region passes; a region without fails',
    given: ({ bedrock }) => {
      bedrock.guardrails.add(guardrail('g1'));
      bedrock.guardrails.add(guardrail('g2'));
    },
    expect: [
      { status: 'PASS', resource: 'g1', region: 'eu-west-1' },
      { status: 'PASS', resource: 'g2', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bedrock-guardrails', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose guardrails could not be listed is an error there',
    given: ({ bedrock }) => {
      bedrock.guardrails.add(guardrail('g1'));
      bedrock.guardrails.fail({ region: 'us-east-1', operation: 'ListGuardrails', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'g1', region: 'eu-west-1' },
      { status: 'ERROR', resource: 'bedrock-guardrails', region: 'us-east-1', detail: 'ListGuardrails' },
    ],
  },
]);
