import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'route53_domains_privacy_protection_enabled',
  uses: { route53: ['domains'] },
  run({ route53 }, report) {
    report.each(route53.domains, (domain) =>
      verdict(
        need(domain.adminPrivacy),
        `Domain ${domain.id} hides its administrative contact's details from WHOIS.`,
        `Domain ${domain.id} publishes its administrative contact's details in WHOIS.`,
      ),
    );
  },
});
