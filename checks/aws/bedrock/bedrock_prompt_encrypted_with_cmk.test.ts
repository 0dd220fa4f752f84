import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { promptEncryption } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_prompt_encrypted_with_cmk.js';

testCheck(check, [
  { name: 'no prompts', expect: [] },
  {
    name: 'a prompt with a customer managed key passes, one without fails',
    given: ({ bedrock }) => {
      bedrock.promptEncryption.add(promptEncryption('P1', 'arn:aws:kms:eu-west-1:111122223333:key/k1'));
      bedrock.promptEncryption.add(promptEncryption('P2', null, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'P1', detail: 'key/k1' },
      { status: 'FAIL', resource: 'P2', region: 'us-east-1' },
    ],
  },
  {
    name: 'a prompt whose key could not be read is an error',
    given: ({ bedrock }) => bedrock.promptEncryption.add(promptEncryption('P1', unreadBy('bedrock', 'GetPrompt'))),
    expect: [{ status: 'ERROR', resource: 'P1', detail: 'GetPrompt' }],
  },
  {
    name: 'a region whose prompts could not be listed is an error there',
    given: ({ bedrock }) => bedrock.promptEncryption.fail({ region: 'eu-west-1', operation: 'ListPrompts', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'bedrock:ListPrompts', region: 'eu-west-1' }],
  },
]);
