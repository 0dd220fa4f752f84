import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { IMAGE_SHA, attestedPolicy, key, keyPolicy } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_key_enclave_attestation_pcr_mismatch.js';

testCheck(check, [
  { name: 'no keys', expect: [] },
  {
    name: 'pinned values on the golden list pass, compared as bytes whatever their spelling',
    config: { enclave_golden_pcr_values: { pcr0: [Buffer.from(IMAGE_SHA, 'hex').toString('base64')] } },
    given: ({ kms }) => {
      kms.keys.add(key('k1', { description: 'Enclave key' }));
      kms.keyPolicies.add(keyPolicy('k1', { document: attestedPolicy({ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': IMAGE_SHA.toUpperCase() } }) }));
    },
    expect: [{ status: 'PASS', resource: 'k1' }],
  },
  {
    name: 'a pinned value missing from its PCR list fails, even when other PCRs are uncovered',
    config: { enclave_golden_pcr_values: { PCR0: 'b'.repeat(96) } },
    given: ({ kms }) => {
      kms.keys.add(key('k1', { description: 'Enclave key' }));
      kms.keyPolicies.add(keyPolicy('k1', { document: attestedPolicy({ StringEquals: { 'kms:RecipientAttestation:PCR0': IMAGE_SHA, 'kms:RecipientAttestation:PCR3': IMAGE_SHA } }) }));
    },
    expect: [{ status: 'FAIL', resource: 'k1', detail: `PCR0 ${IMAGE_SHA}` }],
  },
  {
    name: 'a pinned PCR without a list is for review',
    config: { enclave_golden_pcr_values: { PCR0: [IMAGE_SHA] } },
    given: ({ kms }) => {
      kms.keys.add(key('k1', { description: 'Enclave key' }));
      kms.keyPolicies.add(keyPolicy('k1', { document: attestedPolicy({ StringEquals: { 'kms:RecipientAttestation:PCR0': IMAGE_SHA, 'kms:RecipientAttestation:PCR3': IMAGE_SHA } }) }));
    },
    expect: [{ status: 'MANUAL', resource: 'k1', detail: 'PCR3' }],
  },
  {
    name: 'a key pinning nothing is for review',
    config: { enclave_golden_pcr_values: { PCR0: [IMAGE_SHA] } },
    given: ({ kms }) => {
      kms.keys.add(key('k1', { description: 'Enclave key' }));
      kms.keyPolicies.add(keyPolicy('k1'));
    },
    expect: [{ status: 'MANUAL', resource: 'k1', detail: 'pins no attestation values' }],
  },
  {
    name: 'an enclave key is for a manual review, there being no golden list',
    given: ({ kms }) => {
      kms.keys.add(key('k1', { description: 'Enclave key' }));
      kms.keyPolicies.add(keyPolicy('k1'));
    },
    expect: [{ status: 'MANUAL', resource: 'k1', region: 'eu-west-1', detail: 'enclave_golden_pcr_values is not configured' }],
  },
  {
    name: 'other keys are not judged',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1'));
    },
    expect: [],
  },
  {
    name: 'an unread policy of an unmarked key is an error',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1', { document: unreadBy('kms', 'GetKeyPolicy') }));
    },
    expect: [{ status: 'ERROR', resource: 'k1', detail: 'GetKeyPolicy' }],
  },
  {
    name: 'a region whose keys could not be listed is an error there',
    given: ({ kms }) => kms.keys.fail({ region: 'eu-west-1', operation: 'ListKeys', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'kms:ListKeys', region: 'eu-west-1' }],
  },
]);
