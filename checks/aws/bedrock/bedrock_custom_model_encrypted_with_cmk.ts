import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'bedrock_custom_model_encrypted_with_cmk',
  uses: { bedrock: ['customModels'] },
  run({ bedrock }, report) {
    report.each(bedrock.customModels, (model) => {
      const key = need(model.kmsKeyArn);
      return verdict(
        key !== null,
        `Bedrock custom model ${model.name} is encrypted with customer managed KMS key ${key}.`,
        `Bedrock custom model ${model.name} is encrypted with an AWS owned key, not a customer managed KMS key.`,
      );
    });
  },
});
