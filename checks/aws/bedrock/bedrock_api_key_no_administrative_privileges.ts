import { defineCheck, fail, firstWhere, manual, need, pass } from '../../../src/checks/check.js';
import { allowsAdministrativeAccess, grantsFullServiceAccess } from '../../../src/checks/policy/allowed-actions.js';
import { privilegeEscalationActions } from '../../../src/checks/policy/privilege-escalation.js';
import type { PolicyDocument } from '../../../src/services/policy.js';

/** What a policy lets the key's holder do beyond using Bedrock, or undefined when nothing of the kind. */
function excessOf(document: PolicyDocument): string | undefined {
  if (allowsAdministrativeAccess(document)) return 'administrative privileges';
  if (privilegeEscalationActions(document).length > 0) return 'privilege escalation';
  if (grantsFullServiceAccess(document, 'bedrock')) return 'full Bedrock access';
  return undefined;
}

export default defineCheck({
  id: 'bedrock_api_key_no_administrative_privileges',
  uses: { iam: ['bedrockApiKeys', 'users', 'managedPolicies', 'inlinePolicies'] },
  run({ iam }, report) {
    report.each(iam.bedrockApiKeys, (key) => {
      const what = `Bedrock API key ${key.id} of user ${key.userName}`;
      const user = iam.users.find((candidate) => candidate.name === key.userName);
      if (!user) return manual(`${what} belongs to a user IAM did not list: review its policies by hand.`);
      // Only the user's own policies count, as in Prowler; its groups' policies do not.
      const attachedArns = new Set(user.attachedPolicies.map((policy) => policy.arn));
      const inlineArns = new Set(user.inlinePolicyNames.map((name) => `${user.arn}:policy/${name}`));
      const policies = [
        ...iam.managedPolicies.all().filter((policy) => attachedArns.has(policy.arn)),
        ...iam.inlinePolicies.all().filter((policy) => inlineArns.has(policy.arn)),
      ];
      const excessive = firstWhere(policies, (policy) => excessOf(need(policy.document)) !== undefined);
      if (excessive) return fail(`${what} grants ${excessOf(need(excessive.document))} through policy ${excessive.name}.`);
      return pass(`${what} grants neither administrative privileges, privilege escalation nor full Bedrock access.`);
    });
  },
});
