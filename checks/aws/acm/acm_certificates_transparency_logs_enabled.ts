import { defineCheck, need, notApplicable, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'acm_certificates_transparency_logs_enabled',
  uses: { acm: ['certificateTransparency'] },
  run({ acm, options }, report) {
    report.each(acm.certificateTransparency, (certificate) => {
      if (!certificate.inUse && !options.scanUnusedServices) return notApplicable('nothing uses it');
      const label = `ACM certificate ${certificate.id} for ${certificate.domainName}`;
      // ACM logs only the certificates it issues; whoever issued an imported one decided for it.
      if (certificate.type === 'IMPORTED') return pass(`${label} is imported, so its transparency logging is up to its issuer.`);
      return verdict(
        need(certificate.transparencyLogging) === true,
        `${label} is recorded in public Certificate Transparency logs.`,
        `${label} is kept out of public Certificate Transparency logs.`,
      );
    });
  },
});
