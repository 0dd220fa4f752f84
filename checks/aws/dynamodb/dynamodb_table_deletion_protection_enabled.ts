import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dynamodb_table_deletion_protection_enabled',
  uses: { dynamodb: ['tableDescriptions'] },
  run({ dynamodb }, report) {
    report.each(dynamodb.tableDescriptions, (table) =>
      verdict(
        need(table.description).deletionProtection,
        `DynamoDB table ${table.id} has deletion protection enabled.`,
        `DynamoDB table ${table.id} does not have deletion protection enabled.`,
      ),
    );
  },
});
