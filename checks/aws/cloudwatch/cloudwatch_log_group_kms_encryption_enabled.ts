import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudwatch_log_group_kms_encryption_enabled',
  uses: { cloudwatch: ['logGroups'] },
  run({ cloudwatch }, report) {
    report.each(cloudwatch.logGroups, (group) =>
      verdict(group.kmsKeyId !== null, `Log group ${group.id} is encrypted with KMS key ${group.kmsKeyId}.`, `Log group ${group.id} is not encrypted with a KMS key.`),
    );
  },
});
