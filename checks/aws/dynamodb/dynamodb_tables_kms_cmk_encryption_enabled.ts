import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dynamodb_tables_kms_cmk_encryption_enabled',
  uses: { dynamodb: ['tableDescriptions'] },
  run({ dynamodb }, report) {
    report.each(dynamodb.tableDescriptions, (table) => {
      const { encryptionType, kmsKeyArn } = need(table.description);
      if (encryptionType !== 'KMS') return fail(`DynamoDB table ${table.id} is encrypted with the default AWS-owned key.`);
      return pass(`DynamoDB table ${table.id} is encrypted with KMS key ${kmsKeyArn?.split('/')[1] ?? 'unknown'}.`);
    });
  },
});
