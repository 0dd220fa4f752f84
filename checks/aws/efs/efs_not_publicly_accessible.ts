import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';
import type { PolicyStatement } from '../../../src/services/policy.js';

/**
 * Whether a statement is limited to clients that come through a mount target, read as Prowler
 * reads it: the Bool condition must hold the string "true" under the key spelt exactly so.
 */
function viaMountTargetOnly(statement: PolicyStatement): boolean {
  return statement.Condition?.Bool?.['elasticfilesystem:AccessedViaMountTarget'] === 'true';
}

export default defineCheck({
  id: 'efs_not_publicly_accessible',
  uses: { efs: ['fileSystemPolicies'] },
  run({ efs }, report) {
    report.each(efs.fileSystemPolicies, (fileSystem) => {
      const subject = `EFS file system ${fileSystem.id}`;
      const policy = need(fileSystem.policy);
      if (policy === null) return fail(`${subject} has no file system policy, so any client in the VPC has full access.`);
      // Prowler's EFS rule: a public policy is tolerated only when every statement requires a mount target.
      return verdict(
        !(isPolicyPublic(policy) && !policy.Statement.every(viaMountTargetOnly)),
        `${subject} has a file system policy that does not open it to every client.`,
        `${subject} has a file system policy that opens it to any client.`,
      );
    });
  },
});
