import { defineCheck } from '../../../src/checks/check.js';
import { isDebugAttestation, judgeEnclaveCalls } from '../../../src/checks/kms-enclave.js';
import { eventCap } from '../../../src/services/cloudtrail/enclave-search.js';

export default defineCheck({
  id: 'kms_key_enclave_debug_attestation_detected',
  uses: { cloudtrail: ['enclaveDebugKmsEvents'], kms: ['keys'] },
  config: ['enclave_debug_lookback_window_hours', 'enclave_debug_max_events', 'enclave_debug_target_key_ids'],
  run({ cloudtrail, kms, account, config }, report) {
    judgeEnclaveCalls(
      {
        pages: cloudtrail.enclaveDebugKmsEvents,
        keys: kms.keys,
        account,
        cap: eventCap(config.enclave_debug_max_events),
        partialPages: false,
        lookbackHours: Math.max(1, config.enclave_debug_lookback_window_hours),
        targetKeyIds: config.enclave_debug_target_key_ids,
        weighs: () => true,
        problem: (call) => (isDebugAttestation(call) ? 'from a Nitro Enclave in debug mode (PCR0, PCR1 and PCR2 all zero)' : null),
        lookingFor: 'a debug-mode attestation',
      },
      report,
    );
  },
});
