import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_policy_attached_only_to_group_or_roles',
  uses: { iam: ['users'] },
  run({ iam }, report) {
    report.each(iam.users, (user) => {
      const ownPolicies = [
        ...user.attachedPolicies.map((policy) => fail(`User ${user.name} has policy ${policy.name} attached directly.`, { id: `${user.name}/${policy.name}` })),
        ...user.inlinePolicyNames.map((name) => fail(`User ${user.name} has inline policy ${name}.`, { id: `${user.name}/${name}` })),
      ];
      return ownPolicies.length > 0 ? ownPolicies : pass(`User ${user.name} has no attached or inline policies of its own.`);
    });
  },
});
