import { defineCheck, fail, firstWhere, need, pass } from '../../../src/checks/check.js';
import { allowsAdministrativeAccess } from '../../../src/checks/policy/allowed-actions.js';
import { privilegeEscalationActions } from '../../../src/checks/policy/privilege-escalation.js';
import type { IamInlinePolicy, IamManagedPolicy } from '../../../src/services/iam/iam.js';
import type { PolicyDocument } from '../../../src/services/policy.js';

/** AWS managed policies named *FullAccess, matched in the commercial partition as Prowler matches them. */
const AWS_MANAGED_PREFIX = 'arn:aws:iam::aws:policy/';

function excessOf(document: PolicyDocument): string | undefined {
  if (allowsAdministrativeAccess(document)) return 'grants administrative access';
  if (privilegeEscalationActions(document).length > 0) return 'allows privilege escalation';
  return undefined;
}

export default defineCheck({
  id: 'bedrock_agent_role_least_privilege',
  uses: { bedrock: ['agentRoles'], iam: ['roles', 'managedPolicies', 'inlinePolicies'] },
  run({ bedrock, iam }, report) {
    report.each(bedrock.agentRoles, (agent) => {
      const roleArn = need(agent.roleArn);
      const role = roleArn === null ? undefined : iam.roles.find((candidate) => candidate.arn === roleArn);
      if (!role) return fail(`Bedrock agent ${agent.name} has an execution role IAM does not know (${roleArn ?? 'none'}), so it cannot be shown to be least privilege.`);
      const fullAccess = role.attachedPolicies.filter((policy) => policy.arn.startsWith(AWS_MANAGED_PREFIX) && policy.arn.endsWith('FullAccess'));
      const violations = [
        ...fullAccess.map((policy) => `managed policy ${policy.name} grants full access`),
        ...(role.permissionsBoundaryArn === null ? ['it has no permissions boundary'] : []),
      ];
      if (violations.length === 0) {
        // A policy IAM did not list is passed over, as in Prowler.
        const attachedArns = new Set(role.attachedPolicies.map((policy) => policy.arn));
        const inlineArns = new Set(role.inlinePolicyNames.map((name) => `${role.arn}:policy/${name}`));
        const policies: (IamManagedPolicy | IamInlinePolicy)[] = [
          ...iam.managedPolicies.all().filter((policy) => attachedArns.has(policy.arn)),
          ...iam.inlinePolicies.all().filter((policy) => inlineArns.has(policy.arn)),
        ];
        const excessive = firstWhere(policies, (policy) => excessOf(need(policy.document)) !== undefined);
        if (excessive) violations.push(`policy ${excessive.name} ${excessOf(need(excessive.document))}`);
      }
      if (violations.length > 0) return fail(`Bedrock agent ${agent.name} runs as role ${role.name}, which is not least privilege: ${violations.join('; ')}.`);
      return pass(`Bedrock agent ${agent.name} runs as role ${role.name}, which has a permissions boundary and no full-access, administrative or escalating policy.`);
    });
  },
});
