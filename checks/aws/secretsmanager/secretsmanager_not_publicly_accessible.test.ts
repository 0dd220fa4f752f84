import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { secretWithPolicy } from '../../../test/helpers/fixtures/secretsmanager.js';
import check from './secretsmanager_not_publicly_accessible.js';

const allowAll = (condition?: Record<string, Record<string, unknown>>) => ({
  Statement: [{ Effect: 'Allow' as const, Principal: { AWS: ['*'] }, Action: ['secretsmanager:GetSecretValue'], Resource: ['*'], ...(condition ? { Condition: condition } : {}) }],
});

testCheck(check, [
  { name: 'no secrets', expect: [] },
  {
    name: 'a secret without a resource policy is not judged',
    given: ({ secretsmanager }) => secretsmanager.secretPolicies.add(secretWithPolicy('bare')),
    expect: [],
  },
  {
    name: 'an unconditioned wildcard principal fails; one limited to the account passes',
    given: ({ secretsmanager }) => {
      secretsmanager.secretPolicies.add(secretWithPolicy('open', { policy: allowAll() }));
      secretsmanager.secretPolicies.add(secretWithPolicy('scoped', { policy: allowAll({ StringEquals: { 'aws:PrincipalAccount': '111122223333' } }) }));
    },
    expect: [
      { status: 'FAIL', resource: 'open' },
      { status: 'PASS', resource: 'scoped' },
    ],
  },
  {
    name: 'a policy that could not be read: ERROR',
    given: ({ secretsmanager }) => secretsmanager.secretPolicies.add(secretWithPolicy('hidden', { policy: unreadBy('secretsmanager', 'GetResourcePolicy') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'GetResourcePolicy' }],
  },
  {
    name: 'secrets that could not be listed: ERROR',
    given: ({ secretsmanager }) => secretsmanager.secretPolicies.fail({ region: 'eu-west-1', operation: 'ListSecrets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'secretsmanager:ListSecrets' }],
  },
]);
