import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';
import type { Verdict } from '../../../src/checks/report.js';
import { conditionConfinesToAccount, principalAccount } from '../../../src/checks/policy/trusted-accounts.js';

export default defineCheck({
  id: 'vpc_endpoint_connections_trust_boundaries',
  uses: { vpc: ['endpoints'] },
  config: ['trusted_account_ids'],
  run({ vpc: network, account, config }, report) {
    const trusted = [...config.trusted_account_ids, account.id];
    report.each(network.endpoints, (endpoint) => {
      // Endpoints to endpoint services take no policy of their own.
      if (endpoint.serviceName.includes('com.amazonaws.vpce.')) return notApplicable('an endpoint to an endpoint service has no policy to judge');
      const policy = need(endpoint.policy);
      if (!policy) return notApplicable('it has no endpoint policy');
      const subject = `VPC endpoint ${endpoint.id} in VPC ${endpoint.vpcId}`;
      // One finding per AWS principal, statement by statement, up to the first untrusted one; the
      // effect of a statement is not weighed, as in Prowler.
      const verdicts: Verdict[] = [];
      for (const statement of policy.Statement) {
        const { Condition: condition } = statement;
        for (const principal of statement.Principal?.AWS ?? []) {
          const trustedOnly = condition
            ? trusted.every((trustedAccount) => conditionConfinesToAccount(condition, trustedAccount))
            : principal !== '*' && trusted.includes(principalAccount(principal) ?? '');
          if (!trustedOnly) return [...verdicts, fail(`${subject} can be reached from accounts that are not trusted.`)];
          verdicts.push(pass(`${subject} can be reached only from trusted accounts.`));
        }
      }
      return verdicts.length > 0 ? verdicts : notApplicable('its policy names no AWS principal');
    });
  },
});
