import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'glue_ml_transform_encrypted_at_rest',
  uses: { glue: ['mlTransforms'] },
  run({ glue }, report) {
    report.each(glue.mlTransforms, (transform) =>
      verdict(
        transform.userDataEncryptionMode !== 'DISABLED',
        `Glue ML transform ${transform.name} encrypts its user data at rest (${transform.userDataEncryptionMode}).`,
        `Glue ML transform ${transform.name} does not encrypt its user data at rest.`,
      ),
    );
  },
});
