import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/services/policy.js';

/** Services that AWS keeps within the calling account, so they cannot be confused deputies. */
const SAME_ACCOUNT_SERVICES = new Set(['secretsmanager.amazonaws.com', 'eks.amazonaws.com']);

/** A statement trusting AWS services that act for any account, none of them kept within the caller's account. */
function trustsCrossAccountServices(statement: PolicyStatement): boolean {
  const principal: Record<string, string[]> = statement.Principal ?? {};
  const services = principal.Service ?? [];
  return (
    services.some((service) => service === '*' || service.endsWith('.amazonaws.com') || service.endsWith('.amazon.com')) &&
    !services.some((service) => SAME_ACCOUNT_SERVICES.has(service))
  );
}

/**
 * Prowler treats a statement that trusts such services as public, then clears it when its condition
 * pins the caller (aws:SourceAccount, aws:SourceArn, organization, private network), as for any
 * public policy: the statement is judged as if open to everyone.
 */
function exposedToConfusedDeputy(trust: PolicyDocument): boolean {
  const asPublic = trust.Statement.filter(trustsCrossAccountServices).map((statement) => ({ ...statement, Principal: { AWS: ['*'] } }));
  return isPolicyPublic({ Statement: asPublic }, ['sts:AssumeRole', 'sts:*']);
}

export default defineCheck({
  id: 'iam_role_cross_service_confused_deputy_prevention',
  uses: { iam: ['roles'] },
  run({ iam }, report) {
    report.each(iam.roles, (role) => {
      if (!need(role.isServiceRole)) return notApplicable('not a service role');
      if (role.arn.includes('aws-service-role')) return notApplicable('a service-linked role, whose trust policy cannot be changed');
      return verdict(
        !exposedToConfusedDeputy(need(role.trustPolicy)),
        `IAM service role ${role.name} guards against cross-service confused deputies.`,
        `IAM service role ${role.name} does not guard against cross-service confused deputies.`,
      );
    });
  },
});
