import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';
import { allowsOtherAccounts } from '../../../src/checks/policy/cross-account.js';

export default defineCheck({
  id: 'dynamodb_table_cross_account_access',
  uses: { dynamodb: ['tablePolicies'] },
  config: ['trusted_account_ids'],
  run({ dynamodb, account, config }, report) {
    report.each(dynamodb.tablePolicies, (table) => {
      const policy = need(table.policy);
      // Prowler judges only tables that have a policy.
      if (policy === null) return notApplicable('the table has no resource-based policy');
      return verdict(
        !allowsOtherAccounts(policy, account.id, config.trusted_account_ids),
        `DynamoDB table ${table.id} has a resource-based policy that does not allow cross-account access.`,
        `DynamoDB table ${table.id} has a resource-based policy that allows cross-account access.`,
      );
    });
  },
});
