import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dynamodb_table_protected_by_backup_plan',
  uses: { dynamodb: ['tables'], backup: ['selections'] },
  run({ dynamodb, backup, account }, report) {
    // Prowler pools the selections of every region, and honours only these two patterns besides exact ARNs.
    const everyTable = `arn:${account.partition}:dynamodb:*:*:table/*`;
    const selected = new Set(backup.selections.found().flatMap((selection) => selection.resources));
    const selectsAll = selected.has('*') || selected.has(everyTable);
    report.each(dynamodb.tables, (table) => {
      const isProtected = selectsAll || selected.has(table.arn);
      // Absence proves nothing while some region's selections are unknown.
      if (!isProtected) backup.selections.ensureListed();
      return verdict(isProtected, `DynamoDB table ${table.id} is in a backup plan.`, `DynamoDB table ${table.id} is in no backup plan.`);
    });
  },
});
