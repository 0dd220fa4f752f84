import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { IMAGE_SHA, OWNER_ONLY_POLICY, attestedPolicy, key, keyPolicy } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_key_enclave_attestation_no_deployment_binding.js';

type Case = CheckCase<typeof check.uses>;

const IMAGE = { 'kms:RecipientAttestation:ImageSha384': IMAGE_SHA };

const cases: [string, PolicyDocument, 'PASS' | 'FAIL' | 'MANUAL'][] = [
  ['an image and a PCR3 pin', attestedPolicy({ StringEqualsIgnoreCase: { ...IMAGE, 'kms:RecipientAttestation:PCR3': IMAGE_SHA } }), 'PASS'],
  ['a PCR8 pin', attestedPolicy({ StringEquals: { 'kms:RecipientAttestation:pcr8': IMAGE_SHA } }), 'PASS'],
  ['an image pin and an exact account', attestedPolicy({ StringEquals: { ...IMAGE, 'aws:PrincipalAccount': '111122223333' } }), 'PASS'],
  ['an image pin only', attestedPolicy({ StringEquals: IMAGE }), 'FAIL'],
  ['image pins and PCR1, PCR2', attestedPolicy({ StringEquals: { ...IMAGE, 'kms:RecipientAttestation:PCR1': IMAGE_SHA, 'kms:RecipientAttestation:PCR2': IMAGE_SHA } }), 'FAIL'],
  ['an image pin and an account matched by a pattern', attestedPolicy({ StringEquals: IMAGE, StringLike: { 'aws:PrincipalAccount': '1111*' } }), 'FAIL'],
  ['no attested statement', OWNER_ONLY_POLICY, 'MANUAL'],
];

testCheck(check, [
  { name: 'no keys', expect: [] },
  ...cases.map(
    ([what, document, status]): Case => ({
      name: `${what}: ${status}`,
      given: ({ kms }) => {
        kms.keys.add(key('k1', { tags: { workload: 'Enclave' } }));
        kms.keyPolicies.add(keyPolicy('k1', { document }));
      },
      expect: [{ status, resource: 'k1', region: 'eu-west-1', ...(status === 'FAIL' ? { detail: 'statements Enclave' } : {}) }],
    }),
  ),
  {
    name: 'an unread policy is an error',
    given: ({ kms }) => {
      kms.keys.add(key('k1', { tags: { workload: 'enclave' } }));
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
