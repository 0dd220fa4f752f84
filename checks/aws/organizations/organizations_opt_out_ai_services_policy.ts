import { defineCheck, fail, firstWhere, need, pass } from '../../../src/checks/check.js';
import { jsonAt } from '../../../src/checks/json-value.js';

/** Whether a policy opts every account out of AI services and forbids child policies from changing that. */
function optsOutForGood(content: unknown): boolean {
  const defaultPolicy = jsonAt(content, 'services', 'default', 'opt_out_policy');
  const childOperators = jsonAt(defaultPolicy, '@@operators_allowed_for_child_policies');
  return (
    jsonAt(defaultPolicy, '@@assign') === 'optOut' &&
    Array.isArray(childOperators) &&
    childOperators.length === 1 &&
    childOperators[0] === '@@none'
  );
}

export default defineCheck({
  id: 'organizations_opt_out_ai_services_policy',
  uses: { organizations: ['organization', 'policyContents'] },
  run({ organizations }, report) {
    report.each(organizations.organization, (organization) => {
      if (organization.status !== 'ACTIVE') return fail('The account does not belong to any AWS Organization.');
      const optOutPolicies = organizations.policyContents.all().filter((policy) => policy.type === 'AISERVICES_OPT_OUT_POLICY');
      if (optOutPolicies.length === 0) return fail(`AWS Organization ${organization.id} has no AI services opt-out policy.`);
      const strict = firstWhere(optOutPolicies, (policy) => optsOutForGood(need(policy.content)));
      if (strict) return pass(`AWS Organization ${organization.id} opts out of all AI services and keeps child policies from overriding it (policy ${strict.id}).`);
      return fail(`AWS Organization ${organization.id} has no policy that both opts out of all AI services and keeps child policies from overriding it.`);
    });
  },
});
