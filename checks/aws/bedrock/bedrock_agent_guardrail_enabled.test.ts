import { testCheck } from '../../../test/helpers/check-cases.js';
import { agent } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_agent_guardrail_enabled.js';

testCheck(check, [
  { name: 'no agents', expect: [] },
  {
    name: 'an agent with a guardrail passes, one without fails',
    given: ({ bedrock }) => {
      bedrock.agents.add(agent('A1', { guardrailId: 'gr-1' }));
      bedrock.agents.add(agent('A2', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'A1', region: 'eu-west-1', detail: 'guardrail gr-1' },
      { status: 'FAIL', resource: 'A2', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose agents could not be listed is an error there',
    given: ({ bedrock }) => bedrock.agents.fail({ region: 'us-east-1', operation: 'ListAgents', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'bedrock:ListAgents', region: 'us-east-1' }],
  },
]);
