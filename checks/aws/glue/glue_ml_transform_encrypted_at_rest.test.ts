import { testCheck } from '../../../test/helpers/check-cases.js';
import { mlTransform } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_ml_transform_encrypted_at_rest.js';

testCheck(check, [
  { name: 'no transforms', expect: [] },
  {
    name: 'a transform passes unless its user data encryption is DISABLED',
    given: ({ glue }) => {
      glue.mlTransforms.add(mlTransform('tfm-kms'));
      glue.mlTransforms.add(mlTransform('tfm-off', { region: 'us-east-1', userDataEncryptionMode: 'DISABLED' }));
    },
    expect: [
      { status: 'PASS', resource: 'tfm-kms', region: 'eu-west-1', detail: 'tfm-kms-name encrypts its user data at rest (SSE-KMS)' },
      { status: 'FAIL', resource: 'tfm-off', region: 'us-east-1', detail: 'does not encrypt' },
    ],
  },
  {
    name: 'a region whose transforms could not be listed is an error there',
    given: ({ glue }) => glue.mlTransforms.fail({ region: 'eu-west-1', operation: 'GetMLTransforms', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'glue:GetMLTransforms', region: 'eu-west-1' }],
  },
]);
