import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';
import { principalAccount } from '../../../src/checks/policy/trusted-accounts.js';

export default defineCheck({
  id: 'vpc_endpoint_services_allowed_principals_trust_boundaries',
  uses: { vpc: ['endpointServices'] },
  config: ['trusted_account_ids'],
  run({ vpc: network, account, config }, report) {
    report.each(network.endpointServices, (service) => {
      const principals = need(service.allowedPrincipals);
      const last = principals.at(-1);
      if (last === undefined) return pass(`VPC endpoint service ${service.id} allows no principals.`);
      const lastAccount = principalAccount(last);
      // Prowler matches the scanned account as a substring of its ID.
      const trusted = lastAccount !== undefined && (config.trusted_account_ids.includes(lastAccount) || account.id.includes(lastAccount));
      const judged = verdict(
        trusted,
        `VPC endpoint service ${service.id} allows trusted account ${lastAccount ?? last}.`,
        lastAccount === '*' ? `VPC endpoint service ${service.id} allows any principal.` : `VPC endpoint service ${service.id} allows untrusted account ${lastAccount ?? last}.`,
      );
      // Prowler reports the service once per allowed principal, every time with its verdict on the last one.
      return principals.map(() => judged);
    });
  },
});
