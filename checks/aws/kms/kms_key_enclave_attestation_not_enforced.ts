import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { attestationKeys, eachEnclaveKey, sensitiveAllows } from '../../../src/checks/kms-enclave.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_not_enforced',
  uses: { kms: ['keys', 'keyPolicies', 'keyAliases'] },
  run({ kms }, report) {
    eachEnclaveKey(kms, report, (key, policy) => {
      const unattested = sensitiveAllows(policy).find((statement) => attestationKeys(statement).length === 0);
      if (!unattested) return pass(`Enclave key ${key.id} requires an attestation condition on every Allow of its sensitive actions.`);
      const actions = [...(unattested.Action ?? [])].sort().join(', ') || '<none>';
      return fail(`Enclave key ${key.id} allows sensitive actions (${actions}) without any kms:RecipientAttestation condition.`);
    });
  },
});
