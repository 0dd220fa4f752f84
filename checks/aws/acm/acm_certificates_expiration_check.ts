import { defineCheck, fail, notApplicable, pass, rated } from '../../../src/checks/check.js';

const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

export default defineCheck({
  id: 'acm_certificates_expiration_check',
  uses: { acm: ['certificates'] },
  config: ['days_to_expire_threshold'],
  run({ acm, options, config }, report) {
    const threshold = config.days_to_expire_threshold;
    report.each(acm.certificates, (certificate) => {
      if (!certificate.inUse && !options.scanUnusedServices) return notApplicable('nothing uses it');
      const label = `ACM certificate ${certificate.id} for ${certificate.domainName}`;
      const remaining = certificate.daysToExpiry;
      if (remaining > threshold) return pass(`${label} expires in ${days(remaining)}.`);
      // An expired certificate already breaks what uses it; one about to expire only soon will.
      if (remaining < 0) return rated(fail(`${label} expired ${days(-remaining)} ago.`), 'high');
      return rated(fail(`${label} expires in ${days(remaining)}, within the ${threshold}-day warning period.`), 'medium');
    });
  },
});
