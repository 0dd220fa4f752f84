import { defineCheck, fail, firstWhere, need, notApplicable, pass } from '../../../src/checks/check.js';
import type { FirewallManagerPolicy, MemberCompliance } from '../../../src/services/fms/fms.js';

/** A member FMS has not evaluated counts as non-compliant, as in Prowler. */
const isNonCompliant = (member: MemberCompliance) => member.status === 'NON_COMPLIANT' || member.status === '';

/** The policy's first non-compliant member, if any. */
function breachOf(policy: FirewallManagerPolicy): { policy: FirewallManagerPolicy; member: MemberCompliance } | undefined {
  const member = need(policy.memberCompliance).find(isNonCompliant);
  return member && { policy, member };
}

export default defineCheck({
  id: 'fms_policy_compliant',
  uses: { fms: ['administration'] },
  run({ fms, account }, report) {
    report.each(fms.administration, (administration) => {
      if (!administration.administrator) return notApplicable('this account is not the Firewall Manager administrator');
      if (administration.policies.length === 0) return fail(`Firewall Manager has no policy for account ${account.id}.`);
      // One finding only: about the first policy, in listing order, that a member account breaches.
      const breached = firstWhere(administration.policies, (policy) => breachOf(policy) !== undefined);
      const breach = breached && breachOf(breached);
      if (!breach) return pass('Every member account complies with every Firewall Manager policy.');
      const { policy, member } = breach;
      return fail(`Account ${member.account} does not comply with Firewall Manager policy ${policy.name}.`, { arn: policy.arn, id: policy.id, name: policy.name });
    });
  },
});
