import { defineCheck, fail, manual, pass } from '../../../src/checks/check.js';
import { attestationKeys, bindsDeployment, eachEnclaveKey, sensitiveAllows } from '../../../src/checks/kms-enclave.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_no_deployment_binding',
  uses: { kms: ['keys', 'keyPolicies', 'keyAliases'] },
  run({ kms }, report) {
    eachEnclaveKey(kms, report, (key, policy) => {
      const attested = sensitiveAllows(policy).filter((statement) => attestationKeys(statement).length > 0);
      if (attested.length === 0) {
        return manual(`Enclave key ${key.id} has no attested Allow of sensitive actions whose deployment binding could be judged (see kms_key_enclave_attestation_not_enforced).`);
      }
      const unbound = attested.filter((statement) => !bindsDeployment(statement)).map((statement) => statement.Sid ?? '<unnamed>');
      if (unbound.length === 0) return pass(`Enclave key ${key.id} ties every attested Allow to a deployment (PCR3, PCR4, PCR8 or an exact account condition).`);
      return fail(
        `Enclave key ${key.id} requires attestation, but statements ${unbound.join(', ')} pin only the enclave image, not where it runs (PCR3, PCR4, PCR8 or an exact account condition).`,
      );
    });
  },
});
