import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dynamodb_tables_pitr_enabled',
  uses: { dynamodb: ['tableContinuousBackups'] },
  run({ dynamodb }, report) {
    report.each(dynamodb.tableContinuousBackups, (table) =>
      verdict(
        need(table.pointInTimeRecovery),
        `DynamoDB table ${table.id} has point-in-time recovery enabled.`,
        `DynamoDB table ${table.id} does not have point-in-time recovery enabled.`,
      ),
    );
  },
});
