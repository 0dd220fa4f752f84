import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';

const READ = 'dynamodb:table:ReadCapacityUnits';
const WRITE = 'dynamodb:table:WriteCapacityUnits';

export default defineCheck({
  id: 'dynamodb_table_autoscaling_enabled',
  uses: { dynamodb: ['tableDescriptions'], autoscaling: ['scalableTargets'] },
  run({ dynamodb, autoscaling }, report) {
    report.each(dynamodb.tableDescriptions, (table) => {
      if (need(table.description).billingMode !== 'PROVISIONED') return pass(`DynamoDB table ${table.id} scales capacity on demand.`);
      // Prowler matches targets to tables by name alone, across every region.
      const scaled = new Set(
        autoscaling.scalableTargets
          .all()
          .filter((target) => target.serviceNamespace === 'dynamodb' && target.resourceId === `table/${table.id}`)
          .map((target) => target.scalableDimension),
      );
      const missing = [scaled.has(READ) ? [] : ['read'], scaled.has(WRITE) ? [] : ['write']].flat();
      return verdict(
        missing.length === 0,
        `DynamoDB table ${table.id} is in provisioned mode with auto scaling of both read and write capacity.`,
        `DynamoDB table ${table.id} is in provisioned mode without auto scaling of ${missing.join(', ')} capacity.`,
      );
    });
  },
});
