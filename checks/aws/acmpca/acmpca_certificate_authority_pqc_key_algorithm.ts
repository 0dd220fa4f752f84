import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'acmpca_certificate_authority_pqc_key_algorithm',
  uses: { acmpca: ['certificateAuthorities'] },
  config: ['acmpca_pqc_key_algorithms'],
  run({ acmpca, config }, report) {
    report.each(acmpca.certificateAuthorities, (authority) => {
      if (authority.status === 'DELETED') return notApplicable('the Private CA is deleted');
      const algorithm = authority.keyAlgorithm || 'no key algorithm';
      return verdict(
        config.acmpca_pqc_key_algorithms.includes(authority.keyAlgorithm),
        `AWS Private CA ${authority.id} uses the post-quantum key algorithm ${algorithm}.`,
        `AWS Private CA ${authority.id} uses ${algorithm}, which is not a post-quantum (ML-DSA) key algorithm.`,
      );
    });
  },
});
