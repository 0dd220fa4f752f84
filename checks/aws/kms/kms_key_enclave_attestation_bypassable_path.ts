import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { attestationKeys, coveredByDeny, eachEnclaveKey, sensitiveAllows } from '../../../src/checks/kms-enclave.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_bypassable_path',
  uses: { kms: ['keys', 'keyPolicies', 'keyAliases'] },
  run({ kms }, report) {
    eachEnclaveKey(kms, report, (key, policy) => {
      const bypass = sensitiveAllows(policy).find((statement) => attestationKeys(statement).length === 0 && !coveredByDeny(statement, policy));
      if (!bypass) return pass(`Enclave key ${key.id} has no way around attestation: every sensitive Allow requires it or a Deny closes the gap.`);
      return fail(
        `Enclave key ${key.id} can be used without attestation through statement '${bypass.Sid ?? '(no Sid)'}': it allows sensitive actions without a kms:RecipientAttestation condition and no Deny closes the gap.`,
      );
    });
  },
});
