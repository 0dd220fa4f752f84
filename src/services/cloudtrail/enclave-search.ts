import type { AwsConfig, AwsConfigKey } from '../../config/aws-config.js';

/*
 * What the enclave KMS event searches are made of, apart from the SDK, for the checks that walk
 * their pages as Prowler does.
 */

/** The KMS calls an enclave makes with an attestation document, in the order Prowler searches them. */
export const ENCLAVE_KMS_EVENT_NAMES = ['Decrypt', 'DeriveSharedSecret', 'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateRandom'] as const;

/** LookupEvents answers at most this many events a page. */
export const LOOKUP_PAGE_SIZE = 50;

/** The config keys of one enclave event search, and how its look-back hours become minutes. */
export interface EnclaveSearch {
  hours: AwsConfigKey & `${string}_lookback_window_hours`;
  cap: AwsConfigKey & `${string}_max_events`;
  minutes: (hours: number) => number;
  /** Whether the check could use what the search finds under this config; no call is made otherwise. */
  useful: (config: AwsConfig) => boolean;
}

export const ENCLAVE_SEARCHES = {
  debug: {
    hours: 'enclave_debug_lookback_window_hours',
    cap: 'enclave_debug_max_events',
    minutes: (hours) => Math.max(1, hours) * 60,
    useful: () => true,
  },
  // Prowler floors this one after converting to minutes, so 0 hours searches one minute.
  unknownImage: {
    hours: 'enclave_unknown_image_lookback_window_hours',
    cap: 'enclave_unknown_image_max_events',
    minutes: (hours) => Math.max(1, hours * 60),
    // Without known-good PCR values there is nothing to compare the calls with.
    useful: (config) => Object.keys(config.enclave_golden_pcr_values ?? {}).length > 0,
  },
} as const satisfies Record<string, EnclaveSearch>;

/** Prowler reads no further once the events it has counted reach the cap, which is at least 1. */
export const eventCap = (configured: number): number => Math.max(1, configured);
