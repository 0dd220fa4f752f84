import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

/** Matched by ARN in the commercial partition only, as Prowler matches it. */
const BEDROCK_FULL_ACCESS = 'arn:aws:iam::aws:policy/AmazonBedrockFullAccess';

export default defineCheck({
  id: 'bedrock_full_access_policy_attached',
  uses: { iam: ['roles'] },
  run({ iam }, report) {
    report.each(iam.roles, (role) => {
      if (need(role.isServiceRole)) return notApplicable('a service role, which only AWS services assume');
      return verdict(
        !role.attachedPolicies.some((policy) => policy.arn === BEDROCK_FULL_ACCESS),
        `IAM role ${role.name} does not have AmazonBedrockFullAccess attached.`,
        `IAM role ${role.name} has AmazonBedrockFullAccess attached.`,
      );
    });
  },
});
