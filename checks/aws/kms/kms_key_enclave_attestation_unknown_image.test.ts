import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { DEBUG_PCRS, IMAGE_PCRS, enclaveCall, kmsEventPage, recordedPcr } from '../../../test/helpers/fixtures/cloudtrail.js';
import { key } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_key_enclave_attestation_unknown_image.js';

const ACCOUNT_WIDE = 'arn:aws:kms:us-east-1:111122223333:enclave-debug-attestation';
/** Image b's PCR0, in hex as nitro-cli prints it. */
const GOLDEN = { enclave_golden_pcr_values: { PCR0: ['B'.repeat(96)] } };

testCheck(check, [
  {
    name: 'without a golden list, one manual finding on the account',
    given: ({ cloudtrail }) => cloudtrail.enclaveUnknownImageKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k1', IMAGE_PCRS)])),
    expect: [{ status: 'MANUAL', resource: ACCOUNT_WIDE, region: 'us-east-1', detail: 'enclave_golden_pcr_values is not configured' }],
  },
  { name: 'no enclave calls: one manual finding on the account', config: GOLDEN, expect: [{ status: 'MANUAL', resource: ACCOUNT_WIDE, detail: 'No KMS call' }] },
  {
    name: 'a call from a listed image passes (hex list, base64 record); another image fails; PCRs without a list are not judged',
    config: GOLDEN,
    given: ({ cloudtrail, kms }) => {
      kms.keys.add(key('k2'));
      cloudtrail.enclaveUnknownImageKmsEvents.add(
        kmsEventPage('Decrypt', [enclaveCall('k1', IMAGE_PCRS), enclaveCall('k2', { ...IMAGE_PCRS, PCR0: recordedPcr('d'.repeat(96)) }, { position: 1 })]),
      );
    },
    expect: [
      { status: 'PASS', resource: 'k1', region: 'us-east-1', severity: 'medium' },
      { status: 'FAIL', resource: 'k2', region: 'eu-west-1', detail: 'PCR0' },
    ],
  },
  {
    name: 'debug-mode calls are left to the debug check',
    config: GOLDEN,
    given: ({ cloudtrail }) => cloudtrail.enclaveUnknownImageKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k1', DEBUG_PCRS)])),
    expect: [{ status: 'MANUAL', resource: ACCOUNT_WIDE }],
  },
  {
    name: 'the severity may be raised to high for key findings',
    config: { ...GOLDEN, enclave_unknown_image_severity: 'high' },
    given: ({ cloudtrail }) => cloudtrail.enclaveUnknownImageKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k1', { PCR0: recordedPcr('d'.repeat(96)) })])),
    expect: [{ status: 'FAIL', resource: 'k1', severity: 'high' }],
  },
  {
    name: 'only the events of a page that fit under the cap are weighed, and the rest leaves clean keys for review',
    config: { ...GOLDEN, enclave_unknown_image_max_events: 1 },
    given: ({ cloudtrail }) =>
      cloudtrail.enclaveUnknownImageKmsEvents.add(
        kmsEventPage('Decrypt', [enclaveCall('k1', IMAGE_PCRS), enclaveCall('k2', { PCR0: recordedPcr('d'.repeat(96)) }, { position: 1 })]),
      ),
    expect: [{ status: 'MANUAL', resource: 'k1', detail: 'event cap' }],
  },
  {
    name: 'a failed search makes clean keys errors',
    config: GOLDEN,
    given: ({ cloudtrail }) => {
      cloudtrail.enclaveUnknownImageKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k1', IMAGE_PCRS)]));
      cloudtrail.enclaveUnknownImageKmsEvents.add(kmsEventPage('GenerateRandom', [], { region: 'us-east-1', answer: unreadBy('cloudtrail', 'LookupEvents', 'us-east-1') }));
    },
    expect: [{ status: 'ERROR', resource: 'k1', detail: 'LookupEvents' }],
  },
  {
    name: 'a region whose searches failed is an error',
    config: GOLDEN,
    given: ({ cloudtrail }) => cloudtrail.enclaveUnknownImageKmsEvents.fail({ region: 'eu-west-1', operation: 'LookupEvents', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: ACCOUNT_WIDE, detail: 'LookupEvents' }],
  },
]);
