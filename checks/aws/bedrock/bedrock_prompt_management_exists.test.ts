import { testCheck } from '../../../test/helpers/check-cases.js';
import { prompt } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_prompt_management_exists.js';

testCheck(check, [
  {
    name: 'no prompts: each region fails',
    expect: [
      { status: 'FAIL', resource: 'prompt-management', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'prompt-management', region: 'us-east-1' },
    ],
  },
  {
    name: 'each prompt of a region passes; a region without fails',
    given: ({ bedrock }) => bedrock.prompts.add(prompt('P1', { region: 'us-east-1' })),
    expect: [
      { status: 'FAIL', resource: 'prompt-management', region: 'eu-west-1' },
      { status: 'PASS', resource: 'P1', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose prompts could not be listed is an error there',
    given: ({ bedrock }) => bedrock.prompts.fail({ region: 'eu-west-1', operation: 'ListPrompts', message: 'AccessDeniedException: denied' }),
    expect: [
      { status: 'ERROR', resource: 'prompt-management', region: 'eu-west-1', detail: 'ListPrompts' },
      { status: 'FAIL', resource: 'prompt-management', region: 'us-east-1' },
    ],
  },
]);
