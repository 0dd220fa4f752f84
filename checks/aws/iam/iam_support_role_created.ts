import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_support_role_created',
  uses: { iam: ['roles'] },
  run({ iam, account }, report) {
    const supportPolicyArn = `arn:${account.partition}:iam::aws:policy/AWSSupportAccess`;
    report.about({ arn: supportPolicyArn, id: account.id, region: account.globalRegion }, () => {
      const supportRole = iam.roles.find((role) => role.attachedPolicies.some((policy) => policy.arn === supportPolicyArn));
      if (supportRole) return pass(`Role ${supportRole.name} has the AWSSupportAccess policy attached.`);
      return fail('No IAM role has the AWSSupportAccess policy attached.');
    });
  },
});
