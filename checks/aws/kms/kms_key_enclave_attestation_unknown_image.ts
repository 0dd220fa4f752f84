import { defineCheck, manual } from '../../../src/checks/check.js';
import { enclaveAccountSubject, goldenPcrs, isDebugAttestation, judgeEnclaveCalls, outsideGolden, pcrHex } from '../../../src/checks/kms-enclave.js';
import { eventCap } from '../../../src/services/cloudtrail/enclave-search.js';

export default defineCheck({
  id: 'kms_key_enclave_attestation_unknown_image',
  uses: { cloudtrail: ['enclaveUnknownImageKmsEvents'], kms: ['keys'] },
  config: [
    'enclave_golden_pcr_values',
    'enclave_unknown_image_lookback_window_hours',
    'enclave_unknown_image_max_events',
    'enclave_unknown_image_target_key_ids',
    'enclave_unknown_image_severity',
  ],
  run({ cloudtrail, kms, account, config }, report) {
    const golden = goldenPcrs(config.enclave_golden_pcr_values);
    if (golden.size === 0) {
      report.about(enclaveAccountSubject(account), () =>
        manual('Calls from unknown enclave images cannot be recognised: enclave_golden_pcr_values is not configured.'),
      );
      return;
    }
    judgeEnclaveCalls(
      {
        pages: cloudtrail.enclaveUnknownImageKmsEvents,
        keys: kms.keys,
        account,
        cap: eventCap(config.enclave_unknown_image_max_events),
        partialPages: true,
        lookbackHours: config.enclave_unknown_image_lookback_window_hours,
        targetKeyIds: config.enclave_unknown_image_target_key_ids,
        // Debug-mode calls are the debug-attestation check's to report.
        weighs: (call) => !isDebugAttestation(call),
        problem: (call) => {
          const unknown = Object.entries(call.measurements)
            .filter(([pcr, value]) => golden.has(pcr) && pcrHex(value) !== null && outsideGolden(golden, pcr, [value]).length > 0)
            .map(([pcr, value]) => `${pcr} ${value}`);
          return unknown.length > 0 ? `with PCR values missing from the golden list (${unknown.sort().join('; ')})` : null;
        },
        lookingFor: 'an unknown enclave image',
        ...(config.enclave_unknown_image_severity === 'high' ? { severity: 'high' } : {}),
      },
      report,
    );
  },
});
