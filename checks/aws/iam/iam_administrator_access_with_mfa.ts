import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_administrator_access_with_mfa',
  uses: { iam: ['groups', 'credentialReport'] },
  run({ iam, account }, report) {
    const administratorAccessArn = `arn:${account.partition}:iam::aws:policy/AdministratorAccess`;
    report.each(iam.groups, (group) => {
      if (group.attachedPolicies.length === 0) return pass(`Group ${group.name} has no policies.`);
      if (!group.attachedPolicies.some((policy) => policy.arn === administratorAccessArn)) return pass(`Group ${group.name} grants no administrator access.`);
      if (group.memberNames.length === 0) return pass(`Group ${group.name} grants administrator access but has no users.`);
      // Members are matched to credential report rows by name; a member without a row is not judged unprotected.
      const credentials = iam.credentialReport.all();
      const withoutMfa = group.memberNames.filter((member) => credentials.some((entry) => !entry.root && entry.id === member && !entry.mfaActive));
      if (withoutMfa.length > 0) return fail(`Group ${group.name} grants administrator access to users without MFA: ${withoutMfa.join(', ')}.`);
      return pass(`Group ${group.name} grants administrator access only to users with MFA.`);
    });
  },
});
