import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'bedrock_prompt_encrypted_with_cmk',
  uses: { bedrock: ['promptEncryption'] },
  run({ bedrock }, report) {
    report.each(bedrock.promptEncryption, (prompt) => {
      const key = need(prompt.customerKeyArn);
      return verdict(
        key !== null,
        `Bedrock prompt ${prompt.name} is encrypted with customer managed KMS key ${key}.`,
        `Bedrock prompt ${prompt.name} is encrypted with an AWS owned key, not a customer managed KMS key.`,
      );
    });
  },
});
