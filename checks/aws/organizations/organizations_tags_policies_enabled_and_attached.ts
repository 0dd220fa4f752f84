import { defineCheck, fail, firstWhere, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'organizations_tags_policies_enabled_and_attached',
  uses: { organizations: ['organization', 'policyAttachments'] },
  run({ organizations }, report) {
    report.each(organizations.organization, (organization) => {
      if (organization.status !== 'ACTIVE') return fail('The account does not belong to any AWS Organization.');
      const tagPolicies = organizations.policyAttachments.all().filter((policy) => policy.type === 'TAG_POLICY');
      if (tagPolicies.length === 0) return fail(`AWS Organization ${organization.id} has no tag policies.`);
      return verdict(
        firstWhere(tagPolicies, (policy) => need(policy.attached)) !== undefined,
        `AWS Organization ${organization.id} has tag policies attached to its accounts.`,
        `AWS Organization ${organization.id} has tag policies, none of them attached.`,
      );
    });
  },
});
