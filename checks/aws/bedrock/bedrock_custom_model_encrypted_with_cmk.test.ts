import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { customModel } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_custom_model_encrypted_with_cmk.js';

testCheck(check, [
  { name: 'no custom models', expect: [] },
  {
    name: 'a model with a customer managed key passes, one under an AWS owned key fails',
    given: ({ bedrock }) => {
      bedrock.customModels.add(customModel('tuned-a', { kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/k1' }));
      bedrock.customModels.add(customModel('tuned-b'));
    },
    expect: [
      { status: 'PASS', resource: 'tuned-a', detail: 'key/k1' },
      { status: 'FAIL', resource: 'tuned-b', detail: 'AWS owned key' },
    ],
  },
  {
    name: 'a model whose details could not be read is an error',
    given: ({ bedrock }) => bedrock.customModels.add(customModel('tuned-a', { kmsKeyArn: unreadBy('bedrock', 'GetCustomModel') })),
    expect: [{ status: 'ERROR', resource: 'tuned-a', detail: 'GetCustomModel' }],
  },
  {
    name: 'a region whose models could not be listed is an error there',
    given: ({ bedrock }) => bedrock.customModels.fail({ region: 'eu-west-1', operation: 'ListCustomModels', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'bedrock:ListCustomModels', region: 'eu-west-1' }],
  },
]);
