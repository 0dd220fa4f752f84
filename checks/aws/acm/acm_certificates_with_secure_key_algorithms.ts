import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'acm_certificates_with_secure_key_algorithms',
  uses: { acm: ['certificates'] },
  config: ['insecure_key_algorithms'],
  run({ acm, options, config }, report) {
    report.each(acm.certificates, (certificate) => {
      if (!certificate.inUse && !options.scanUnusedServices) return notApplicable('nothing uses it');
      const label = `ACM certificate ${certificate.id} for ${certificate.domainName}`;
      return verdict(
        !config.insecure_key_algorithms.includes(certificate.keyAlgorithm),
        `${label} uses key algorithm ${certificate.keyAlgorithm}, which is not on the insecure list.`,
        `${label} uses insecure key algorithm ${certificate.keyAlgorithm}.`,
      );
    });
  },
});
