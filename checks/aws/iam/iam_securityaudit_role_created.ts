import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_securityaudit_role_created',
  uses: { iam: ['roles'] },
  run({ iam, account }, report) {
    const securityAuditArn = `arn:${account.partition}:iam::aws:policy/SecurityAudit`;
    report.about({ arn: securityAuditArn, id: 'SecurityAudit', region: account.globalRegion }, () => {
      const auditRole = iam.roles.find((role) => role.attachedPolicies.some((policy) => policy.arn === securityAuditArn));
      if (auditRole) return pass(`Role ${auditRole.name} has the SecurityAudit policy attached.`);
      return fail('No IAM role has the SecurityAudit policy attached.');
    });
  },
});
