import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { PUBLIC_POLICY, key, keyPolicy } from '../../../test/helpers/fixtures/kms.js';
import check from './kms_key_not_publicly_accessible.js';

const LIMITED_TO_ORGANIZATION: PolicyDocument = {
  Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['kms:Decrypt'], Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }],
};

testCheck(check, [
  { name: 'no keys', expect: [] },
  {
    name: 'the default policy passes',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1'));
    },
    expect: [{ status: 'PASS', resource: 'k1', region: 'eu-west-1' }],
  },
  {
    name: 'a wildcard principal without a condition fails',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1', { document: PUBLIC_POLICY }));
    },
    expect: [{ status: 'FAIL', resource: 'k1', detail: 'may be used by anyone' }],
  },
  {
    name: 'a wildcard principal limited to an organization passes',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1', { document: LIMITED_TO_ORGANIZATION }));
    },
    expect: [{ status: 'PASS', resource: 'k1' }],
  },
  {
    name: 'AWS managed and not enabled keys are not judged',
    given: ({ kms }) => {
      kms.keys.add(key('aws', { manager: 'AWS' }));
      kms.keys.add(key('off', { state: 'Disabled' }));
      kms.keyPolicies.add(keyPolicy('off', { document: PUBLIC_POLICY }));
    },
    expect: [],
  },
  {
    name: 'an unreadable policy is an error, not a verdict',
    given: ({ kms }) => {
      kms.keys.add(key('k1'));
      kms.keyPolicies.add(keyPolicy('k1', { document: unreadBy('kms', 'GetKeyPolicy') }));
    },
    expect: [{ status: 'ERROR', resource: 'k1', detail: 'GetKeyPolicy' }],
  },
  {
    name: 'a region whose keys could not be listed is an error there',
    given: ({ kms }) => {
      kms.keys.fail({ region: 'eu-west-1', operation: 'ListKeys', message: 'AccessDeniedException: denied' });
      kms.keyPolicies.fail({ region: 'eu-west-1', operation: 'ListKeys', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'kms:ListKeys', region: 'eu-west-1' }],
  },
]);
