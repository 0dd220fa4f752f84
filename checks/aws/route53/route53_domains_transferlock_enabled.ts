import { defineCheck, need, verdict } from '../../../src/checks/check.js';

/** The EPP status that stops the registry from transferring the domain away. */
const TRANSFER_LOCK = 'clientTransferProhibited';

export default defineCheck({
  id: 'route53_domains_transferlock_enabled',
  uses: { route53: ['domains'] },
  run({ route53 }, report) {
    report.each(route53.domains, (domain) =>
      verdict(
        need(domain.statusList).includes(TRANSFER_LOCK),
        `Domain ${domain.id} is locked against transfer (${TRANSFER_LOCK}).`,
        `Domain ${domain.id} is not locked against transfer to another registrar.`,
      ),
    );
  },
});
