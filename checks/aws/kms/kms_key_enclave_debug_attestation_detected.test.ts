import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { DEBUG_PCRS, IMAGE_PCRS, enclaveCall, kmsEventPage } from '../../../test/helpers/fixtures/cloudtrail.js';
import { key } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_key_enclave_debug_attestation_detected.js';

const ACCOUNT_WIDE = 'arn:aws:kms:us-east-1:111122223333:enclave-debug-attestation';

testCheck(check, [
  {
    name: 'no enclave calls: one manual finding on the account, in the default region',
    expect: [{ status: 'MANUAL', resource: ACCOUNT_WIDE, region: 'us-east-1', detail: 'last 2160 hours' }],
  },
  {
    name: 'a debug-mode call fails its key, reported where the key was listed; clean calls pass theirs',
    given: ({ cloudtrail, kms }) => {
      kms.keys.add(key('k1'));
      cloudtrail.enclaveDebugKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k1', DEBUG_PCRS), enclaveCall('k2', IMAGE_PCRS, { position: 1 })]));
    },
    expect: [
      { status: 'FAIL', resource: 'k1', region: 'eu-west-1', detail: 'debug mode' },
      { status: 'PASS', resource: 'k2', region: 'us-east-1', detail: '1 enclave calls' },
    ],
  },
  {
    name: 'two zero PCRs of three are not debug mode',
    given: ({ cloudtrail }) =>
      cloudtrail.enclaveDebugKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k1', { ...DEBUG_PCRS, PCR2: IMAGE_PCRS.PCR2 })])),
    expect: [{ status: 'PASS', resource: 'k1' }],
  },
  {
    name: 'a truncated page leaves clean keys for review',
    given: ({ cloudtrail }) => cloudtrail.enclaveDebugKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k1', IMAGE_PCRS)], { truncated: true })),
    expect: [{ status: 'MANUAL', resource: 'k1', detail: 'event cap or first page' }],
  },
  {
    name: 'the cap reached before the last search leaves clean keys for review, and later pages unread',
    config: { enclave_debug_max_events: 3 },
    given: ({ cloudtrail }) => {
      cloudtrail.enclaveDebugKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k1', IMAGE_PCRS)], { eventCount: 3 }));
      cloudtrail.enclaveDebugKmsEvents.add(kmsEventPage('GenerateDataKey', [enclaveCall('k2', DEBUG_PCRS)]));
    },
    expect: [{ status: 'MANUAL', resource: 'k1' }],
  },
  {
    name: 'the cap reached on the very last search leaves the search complete',
    config: { enclave_debug_max_events: 1 },
    given: ({ cloudtrail }) =>
      cloudtrail.enclaveDebugKmsEvents.add(kmsEventPage('GenerateRandom', [enclaveCall('k1', IMAGE_PCRS)], { region: 'us-east-1' })),
    expect: [{ status: 'PASS', resource: 'k1' }],
  },
  {
    name: 'target keys are reported even without calls, and other keys are not',
    config: { enclave_debug_target_key_ids: ['k1'] },
    given: ({ cloudtrail, kms }) => {
      kms.keys.add(key('k1'));
      cloudtrail.enclaveDebugKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k2', DEBUG_PCRS)]));
    },
    expect: [{ status: 'MANUAL', resource: 'k1', region: 'eu-west-1', detail: 'No KMS call' }],
  },
  {
    name: 'a failed search keeps the failures it proves and makes the rest errors',
    given: ({ cloudtrail }) => {
      cloudtrail.enclaveDebugKmsEvents.add(kmsEventPage('Decrypt', [enclaveCall('k1', DEBUG_PCRS), enclaveCall('k2', IMAGE_PCRS, { position: 1 })]));
      cloudtrail.enclaveDebugKmsEvents.add(kmsEventPage('GenerateDataKey', [], { answer: unreadBy('cloudtrail', 'LookupEvents') }));
    },
    expect: [
      { status: 'FAIL', resource: 'k1' },
      { status: 'ERROR', resource: 'k2', detail: 'LookupEvents' },
    ],
  },
  {
    name: 'a region whose searches failed is an error, not a manual review',
    given: ({ cloudtrail }) => cloudtrail.enclaveDebugKmsEvents.fail({ region: 'us-east-1', operation: 'LookupEvents', message: 'ThrottlingException: rate exceeded' }),
    expect: [{ status: 'ERROR', resource: ACCOUNT_WIDE, detail: 'LookupEvents' }],
  },
  {
    name: 'an unlisted target key list is an error',
    config: { enclave_debug_target_key_ids: ['k1'] },
    given: ({ kms }) => kms.keys.fail({ region: 'eu-west-1', operation: 'ListKeys', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: ACCOUNT_WIDE, detail: 'ListKeys' }],
  },
]);
