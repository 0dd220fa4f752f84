import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_endpoint_config_kms_encryption_enabled',
  uses: { sagemaker: ['endpointConfigSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.endpointConfigSettings, (config) => {
      const settings = need(config.settings);
      return verdict(Boolean(settings.kmsKeyId), `Endpoint config ${config.name} encrypts data at rest with KMS key ${settings.kmsKeyId}.`, `Endpoint config ${config.name} names no KMS key for data at rest.`);
    });
  },
});
