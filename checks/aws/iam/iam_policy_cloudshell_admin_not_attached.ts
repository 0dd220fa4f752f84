import { defineCheck, verdict } from '../../../src/checks/check.js';
import type { IamIdentity } from '../../../src/services/iam/iam.js';

export default defineCheck({
  id: 'iam_policy_cloudshell_admin_not_attached',
  uses: { iam: ['users', 'groups', 'roles'] },
  run({ iam, account }, report) {
    const cloudShellPolicyArn = `arn:${account.partition}:iam::aws:policy/AWSCloudShellFullAccess`;
    report.about({ arn: cloudShellPolicyArn, id: account.id, region: account.globalRegion }, () => {
      const holders = (kind: string, identities: IamIdentity[]) => {
        const names = identities.filter((identity) => identity.attachedPolicies.some((policy) => policy.arn === cloudShellPolicyArn)).map((identity) => identity.name);
        return names.length > 0 ? [`${kind}: ${names.join(', ')}`] : [];
      };
      const attachedTo = [...holders('users', iam.users.all()), ...holders('groups', iam.groups.all()), ...holders('roles', iam.roles.all())];
      return verdict(
        attachedTo.length === 0,
        'The AWSCloudShellFullAccess policy is attached to no IAM identity.',
        `The AWSCloudShellFullAccess policy is attached to IAM ${attachedTo.join('; ')}.`,
      );
    });
  },
});
