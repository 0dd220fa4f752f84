import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/services/policy.js';

export default defineCheck({
  id: 'opensearch_service_domains_not_publicly_accessible',
  uses: { opensearch: ['domains'] },
  config: ['trusted_ips'],
  run({ opensearch, config }, report) {
    report.each(opensearch.domains, (domain) => {
      const { vpcId } = need(domain.settings);
      if (vpcId) return pass(`OpenSearch domain ${domain.name} is placed in VPC ${vpcId}, so it has no public endpoint.`);
      const policy = need(domain.accessPolicy);
      return verdict(
        policy === null || !isPolicyPublic(withoutTrustedSourceStatements(policy, config.trusted_ips)),
        `OpenSearch domain ${domain.name} is not publicly accessible.`,
        `OpenSearch domain ${domain.name} is publicly accessible through its access policy.`,
      );
    });
  },
});

/** The policy less the statements that admit only trusted source addresses, which cannot make it public. */
function withoutTrustedSourceStatements(policy: PolicyDocument, trustedIps: readonly string[]): PolicyDocument {
  return { ...policy, Statement: policy.Statement.filter((statement) => !admitsOnlyTrustedSources(statement, trustedIps)) };
}

/**
 * Whether an IpAddress condition on aws:SourceIp lists only trusted addresses, matched as text
 * the way Prowler matches them (a trusted range does not cover the addresses inside it), and never
 * the whole Internet.
 */
function admitsOnlyTrustedSources(statement: PolicyStatement, trustedIps: readonly string[]): boolean {
  if (trustedIps.length === 0) return false;
  const operator = statement.Condition?.IpAddress ?? {};
  const sourceIp = Object.entries(operator).find(([key]) => key.toLowerCase() === 'aws:sourceip')?.[1];
  const sources: unknown[] = Array.isArray(sourceIp) ? sourceIp : sourceIp ? [sourceIp] : [];
  if (sources.length === 0) return false;
  const trusted = new Set(trustedIps.map((ip) => ip.toLowerCase()));
  return sources.every((source) => typeof source === 'string' && source !== '*' && source !== '0.0.0.0/0' && trusted.has(source));
}
