import { defineCheck, fail, manual, pass } from '../../../src/checks/check.js';
import { eachEnclaveKey, goldenPcrs, outsideGolden, pinnedPcrValues, sensitiveAllows } from '../../../src/checks/kms-enclave.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_pcr_mismatch',
  uses: { kms: ['keys', 'keyPolicies', 'keyAliases'] },
  config: ['enclave_golden_pcr_values'],
  run({ kms, config }, report) {
    const golden = goldenPcrs(config.enclave_golden_pcr_values);
    eachEnclaveKey(kms, report, (key, policy) => {
      if (golden.size === 0) {
        return manual(`Enclave key ${key.id} cannot be checked against known-good PCR values: enclave_golden_pcr_values is not configured.`);
      }
      const pinned = new Map<string, Set<string>>();
      for (const statement of sensitiveAllows(policy)) {
        for (const [pcr, values] of pinnedPcrValues(statement)) pinned.set(pcr, new Set([...(pinned.get(pcr) ?? []), ...values]));
      }
      if (pinned.size === 0) return manual(`Enclave key ${key.id} pins no attestation values on its sensitive actions, so there is nothing to compare with the golden list.`);
      const mismatches = [...golden.keys()]
        .filter((pcr) => pinned.has(pcr))
        .map((pcr) => ({ pcr, unknown: outsideGolden(golden, pcr, pinned.get(pcr) ?? []).sort() }))
        .filter(({ unknown }) => unknown.length > 0);
      if (mismatches.length > 0) {
        const listed = mismatches.map(({ pcr, unknown }) => `${pcr} ${unknown.join(', ')}`).join('; ');
        return fail(`Enclave key ${key.id} allows PCR values missing from the golden list: ${listed}.`);
      }
      const uncovered = [...pinned.keys()].filter((pcr) => !golden.has(pcr)).sort();
      if (uncovered.length > 0) return manual(`Enclave key ${key.id} pins ${uncovered.join(', ')}, which the golden list does not cover: review them by hand.`);
      return pass(`Every PCR value enclave key ${key.id} pins is in the golden list.`);
    });
  },
});
