import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { parseArn } from '../../../src/provider/arn.js';

export default defineCheck({
  id: 'rolesanywhere_trust_anchor_pqc_pki',
  uses: { rolesanywhere: ['trustAnchors'], acmpca: ['certificateAuthorities'] },
  config: ['rolesanywhere_pqc_pca_key_algorithms'],
  run({ rolesanywhere, acmpca, config }, report) {
    report.each(rolesanywhere.trustAnchors, (anchor) => {
      if (anchor.sourceType !== 'AWS_ACM_PCA') {
        return fail(
          `IAM Roles Anywhere trust anchor ${anchor.name} uses source type ${anchor.sourceType || 'none'}, whose certificate signature algorithm cannot be inspected; back it with an AWS Private CA using an ML-DSA key algorithm.`,
        );
      }
      // "Not found" needs the CA's whole region listed; a region the scan does not cover has no CA to find.
      const caRegion = parseArn(anchor.acmPcaArn)?.region;
      const authority = acmpca.certificateAuthorities.found().find((candidate) => candidate.arn === anchor.acmPcaArn)
        ?? (caRegion ? acmpca.certificateAuthorities.all(caRegion) : []).find((candidate) => candidate.arn === anchor.acmPcaArn);
      if (!authority) {
        return fail(
          `IAM Roles Anywhere trust anchor ${anchor.name} is backed by Private CA ${anchor.acmPcaArn}, which could not be found (another account's, or outside the scan); confirm it uses an ML-DSA key algorithm.`,
        );
      }
      if (authority.status !== 'ACTIVE') {
        return fail(`IAM Roles Anywhere trust anchor ${anchor.name} is backed by Private CA ${authority.id}, which is ${authority.status || 'in an unknown state'}, not ACTIVE.`);
      }
      const algorithm = authority.keyAlgorithm || 'no key algorithm';
      return config.rolesanywhere_pqc_pca_key_algorithms.includes(authority.keyAlgorithm)
        ? pass(`IAM Roles Anywhere trust anchor ${anchor.name} is backed by Private CA ${authority.id}, which uses the post-quantum key algorithm ${algorithm}.`)
        : fail(`IAM Roles Anywhere trust anchor ${anchor.name} is backed by Private CA ${authority.id}, which uses ${algorithm}, not a post-quantum (ML-DSA) key algorithm.`);
    });
  },
});
