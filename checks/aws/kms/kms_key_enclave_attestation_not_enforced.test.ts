import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { IMAGE_SHA, OWNER_ONLY_POLICY, alias, attestedPolicy, key, keyPolicy } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_key_enclave_attestation_not_enforced.js';

type Case = CheckCase<typeof check.uses>;

const pinned = (operator: string, conditionKey: string, value: unknown = IMAGE_SHA) => attestedPolicy({ [operator]: { [conditionKey]: value } });

const enforcing: [string, PolicyDocument][] = [
  ['an exact ImageSha384', pinned('StringEqualsIgnoreCase', 'kms:RecipientAttestation:ImageSha384')],
  ['a PCR0 in any case', pinned('StringEquals', 'KMS:RecipientAttestation:pcr0')],
  ['ForAllValues guarded by Null false', attestedPolicy({ 'ForAllValues:StringEquals': { 'kms:RecipientAttestation:PCR0': [IMAGE_SHA] }, Null: { 'kms:RecipientAttestation:PCR0': 'false' } })],
];

const notEnforcing: [string, PolicyDocument][] = [
  ['a wildcard value', pinned('StringLike', 'kms:RecipientAttestation:ImageSha384', 'abc*')],
  ['a negative operator', pinned('StringNotEquals', 'kms:RecipientAttestation:ImageSha384')],
  ['ForAllValues without a Null guard', pinned('ForAllValues:StringEquals', 'kms:RecipientAttestation:PCR0', [IMAGE_SHA])],
  [
    'a second, unconditioned Allow of GenerateDataKey*',
    {
      Statement: [
        ...pinned('StringEquals', 'kms:RecipientAttestation:ImageSha384').Statement,
        { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:role/app'] }, Action: ['kms:GenerateDataKey*'] },
      ],
    },
  ],
];

const enclaveKey = (given: Parameters<Case['given'] & object>[0], document: PolicyDocument) => {
  given.kms.keys.add(key('k1', { tags: { 'prowler:enclave-key': 'true' } }));
  given.kms.keyPolicies.add(keyPolicy('k1', { document }));
};

testCheck(check, [
  { name: 'no keys', expect: [] },
  ...enforcing.map(
    ([what, document]): Case => ({
      name: `an Allow pinned to ${what} passes`,
      given: (given) => enclaveKey(given, document),
      expect: [{ status: 'PASS', resource: 'k1', region: 'eu-west-1' }],
    }),
  ),
  ...notEnforcing.map(
    ([what, document]): Case => ({
      name: `${what} fails`,
      given: (given) => enclaveKey(given, document),
      expect: [{ status: 'FAIL', resource: 'k1', detail: 'without any kms:RecipientAttestation' }],
    }),
  ),
  {
    name: 'a key named enclave by its alias is judged',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1'));
      kms.keyAliases.add(alias('alias/payments-Enclave', 'k1'));
    },
    expect: [{ status: 'FAIL', resource: 'k1', detail: 'kms:*' }],
  },
  {
    name: 'a key with attestation conditions in its policy is judged without other marks',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1', { document: pinned('StringEquals', 'kms:RecipientAttestation:ImageSha384') }));
    },
    expect: [{ status: 'PASS', resource: 'k1' }],
  },
  {
    name: 'keys not marked as enclave keys, AWS managed or disabled keys are not judged',
    given: ({ kms }) => {
      kms.keys.add(key('plain'));
      kms.keyPolicies.add(keyPolicy('plain', { document: OWNER_ONLY_POLICY }));
      kms.keyAliases.add(alias('alias/enclave', 'other'));
      kms.keys.add(key('aws', { manager: 'AWS', description: 'enclave' }));
      kms.keys.add(key('off', { state: 'Disabled', description: 'enclave' }));
    },
    expect: [],
  },
  {
    name: 'an unread policy of a key not otherwise marked is an error',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1', { document: unreadBy('kms', 'GetKeyPolicy') }));
    },
    expect: [{ status: 'ERROR', resource: 'k1', detail: 'GetKeyPolicy' }],
  },
  {
    name: 'aliases that could not be listed are an error',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1'));
      kms.keyAliases.fail({ region: 'eu-west-1', operation: 'ListAliases', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'k1', detail: 'ListAliases' }],
  },
  {
    name: 'a region whose keys could not be listed is an error there',
    given: ({ kms }) => kms.keys.fail({ region: 'eu-west-1', operation: 'ListKeys', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'kms:ListKeys', region: 'eu-west-1' }],
  },
]);
