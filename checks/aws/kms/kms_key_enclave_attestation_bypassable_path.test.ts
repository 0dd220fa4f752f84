import type { PolicyDocument, PolicyStatement } from '../../../src/services/policy.js';
import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { IMAGE_SHA, key, keyPolicy } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_key_enclave_attestation_bypassable_path.js';

type Case = CheckCase<typeof check.uses>;

const OPEN_ALLOW: PolicyStatement = { Sid: 'App', Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:role/app'] }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'] };
const ATTESTED_ALLOW: PolicyStatement = { ...OPEN_ALLOW, Sid: 'Enclave', Condition: { StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': IMAGE_SHA } } };
const deny = (overrides: Partial<PolicyStatement>): PolicyStatement => ({
  Effect: 'Deny',
  Principal: { AWS: ['*'] },
  Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
  Condition: { Null: { 'kms:RecipientAttestation:ImageSha384': 'true' } },
  ...overrides,
});

const cases: [string, PolicyStatement[], 'PASS' | 'FAIL'][] = [
  ['every sensitive Allow attested', [ATTESTED_ALLOW], 'PASS'],
  ['an open Allow closed by a Null Deny', [OPEN_ALLOW, deny({})], 'PASS'],
  ['an open Allow closed by a StringNotEqualsIfExists Deny', [OPEN_ALLOW, deny({ Condition: { StringNotEqualsIfExists: { 'kms:RecipientAttestation:PCR0': IMAGE_SHA } } })], 'PASS'],
  ['an open Allow closed by a NotAction Deny that spares other actions', [OPEN_ALLOW, deny({ Action: undefined, NotAction: ['kms:Describe*'] })], 'PASS'],
  ['an open Allow and no Deny', [OPEN_ALLOW], 'FAIL'],
  ['a Deny that misses one of the granted actions', [OPEN_ALLOW, deny({ Action: ['kms:Decrypt'] })], 'FAIL'],
  ['a Deny to one role only', [OPEN_ALLOW, deny({ Principal: { AWS: ['arn:aws:iam::111122223333:role/other'] } })], 'FAIL'],
  ['a Deny without an attestation test', [OPEN_ALLOW, deny({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } })], 'FAIL'],
  ['a NotAction Deny that spares Decrypt', [OPEN_ALLOW, deny({ Action: undefined, NotAction: ['kms:Decrypt'] })], 'FAIL'],
];

testCheck(check, [
  { name: 'no keys', expect: [] },
  ...cases.map(
    ([what, statements, status]): Case => ({
      name: `${what}: ${status}`,
      given: ({ kms }) => {
        const document: PolicyDocument = { Statement: statements };
        kms.keys.add(key('k1', { description: 'enclave data key' }));
        kms.keyPolicies.add(keyPolicy('k1', { document }));
      },
      expect: [{ status, resource: 'k1', region: 'eu-west-1', ...(status === 'FAIL' ? { detail: "statement 'App'" } : {}) }],
    }),
  ),
  {
    name: 'an unread policy is an error',
    given: ({ kms }) => {
      kms.keys.add(key('k1', { description: 'enclave data key' }));
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
