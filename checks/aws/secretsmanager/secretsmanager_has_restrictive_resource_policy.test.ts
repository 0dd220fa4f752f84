import type { PolicyDocument, PolicyStatement } from '../../../src/services/policy.js';
import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { secretWithPolicy } from '../../../test/helpers/fixtures/secretsmanager.js';
import check from './secretsmanager_has_restrictive_resource_policy.js';

const APP_ROLE = 'arn:aws:iam::111122223333:role/app';
const WILDCARD_ROLES = 'arn:aws:iam::111122223333:role/deployments-*';

/** The Deny Prowler expects: all of Secrets Manager to everyone but the listed principals. */
const denyAllBut = (condition: PolicyStatement['Condition'], overrides: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Effect: 'Deny',
  Principal: { AWS: ['*'] },
  Action: ['secretsmanager:*'],
  Resource: ['*'],
  Condition: condition,
  ...overrides,
});
const DENY_ALL_BUT_APP = denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': APP_ROLE } });
const allow = (principal: Record<string, string[]>, overrides: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Effect: 'Allow',
  Principal: principal,
  Action: ['secretsmanager:GetSecretValue'],
  Resource: ['*'],
  ...overrides,
});
const policyOf = (...statements: PolicyStatement[]): PolicyDocument => ({ Statement: statements });
const withServices = (...extra: PolicyStatement[]) =>
  policyOf(
    denyAllBut({
      StringNotEqualsIfExists: { 'aws:PrincipalArn': [APP_ROLE], 'aws:PrincipalServiceName': 'lambda.amazonaws.com' },
      Null: { 'aws:PrincipalArn': 'true', 'aws:PrincipalServiceName': 'true' },
    }),
    ...extra,
  );

const cases: { name: string; policy: PolicyDocument | null; passes: boolean; organizations?: string[]; detail?: string }[] = [
  { name: 'no resource policy', policy: null, passes: false, detail: 'has no resource policy' },
  { name: 'a Deny of everything to all but a named role', policy: policyOf(DENY_ALL_BUT_APP), passes: true },
  { name: 'the Deny naming this secret instead of *', policy: policyOf(denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': APP_ROLE } }, { Resource: ['SECRET'] })), passes: true },
  { name: 'an empty policy', policy: policyOf(), passes: false, detail: 'no well-formed Deny' },
  {
    name: 'an Allow to another account',
    policy: policyOf(DENY_ALL_BUT_APP, allow({ AWS: ['arn:aws:iam::444455556666:role/outsider'] })),
    passes: false,
    detail: 'outside the account: arn:aws:iam::444455556666:role/outsider',
  },
  { name: 'an Allow to everyone without a condition', policy: policyOf(DENY_ALL_BUT_APP, allow({ AWS: ['*'] })), passes: false, detail: 'outside the account: *' },
  {
    name: 'an Allow to everyone confined to the account',
    policy: policyOf(DENY_ALL_BUT_APP, allow({ AWS: ['*'] }, { Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } } })),
    passes: true,
  },
  { name: 'an Allow to a role of the account', policy: policyOf(DENY_ALL_BUT_APP, allow({ AWS: [APP_ROLE] })), passes: true },
  { name: 'the Deny with another operator beside StringNotEquals', policy: policyOf(denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': APP_ROLE }, Bool: { 'aws:SecureTransport': 'true' } })), passes: false },
  { name: 'the Deny excepting a wildcard role by StringNotEquals', policy: policyOf(denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } })), passes: false },
  { name: 'the Deny of only some actions', policy: policyOf(denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': APP_ROLE } }, { Action: ['secretsmanager:GetSecretValue'] })), passes: false },
  { name: 'the Deny on another secret', policy: policyOf(denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': APP_ROLE } }, { Resource: ['arn:aws:secretsmanager:eu-west-1:111122223333:secret:other'] })), passes: false },
  { name: 'the Deny to named principals only', policy: policyOf(denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': APP_ROLE } }, { Principal: { AWS: [APP_ROLE] } })), passes: false },
  { name: 'the Deny excepting a role and a service, with the Null test', policy: withServices(), passes: true },
  {
    name: 'a service excepted without a Null test of both keys',
    policy: policyOf(denyAllBut({ StringNotEqualsIfExists: { 'aws:PrincipalArn': APP_ROLE, 'aws:PrincipalServiceName': 'lambda.amazonaws.com' }, Null: { 'aws:PrincipalArn': 'false', 'aws:PrincipalServiceName': 'true' } })),
    passes: false,
  },
  {
    name: 'an Allow to the excepted service with named actions for this account',
    policy: withServices(allow({ Service: ['lambda.amazonaws.com'] }, { Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } })),
    passes: true,
  },
  {
    name: 'an Allow to the excepted service with a wildcard action',
    policy: withServices(allow({ Service: ['lambda.amazonaws.com'] }, { Action: ['secretsmanager:*'], Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } })),
    passes: false,
    detail: 'the Allow for lambda.amazonaws.com',
  },
  { name: 'an Allow to the excepted service without aws:SourceAccount', policy: withServices(allow({ Service: ['lambda.amazonaws.com'] })), passes: false },
  {
    name: 'a Deny for the excepted role leaving named actions in NotAction',
    policy: policyOf(DENY_ALL_BUT_APP, { Effect: 'Deny', Principal: { AWS: [APP_ROLE] }, NotAction: ['secretsmanager:GetSecretValue'], Resource: ['*'] }),
    passes: true,
  },
  {
    name: 'a Deny for the excepted role with a wildcard in NotAction',
    policy: policyOf(DENY_ALL_BUT_APP, { Effect: 'Deny', Principal: { AWS: [APP_ROLE] }, NotAction: ['secretsmanager:Get*'], Resource: ['*'] }),
    passes: false,
    detail: 'NotAction',
  },
  {
    name: 'wildcard roles excepted by ArnNotLike and denied back by ArnLike',
    policy: policyOf(
      denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': APP_ROLE }, ArnNotLike: { 'aws:PrincipalArn': WILDCARD_ROLES } }),
      denyAllBut({ ArnLike: { 'aws:PrincipalArn': WILDCARD_ROLES } }, { Action: ['secretsmanager:DeleteSecret'] }),
    ),
    passes: true,
  },
  {
    name: 'wildcard roles excepted by ArnNotLike without an ArnLike Deny',
    policy: policyOf(denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': APP_ROLE }, ArnNotLike: { 'aws:PrincipalArn': WILDCARD_ROLES } })),
    passes: false,
    detail: 'ArnLike',
  },
  {
    name: 'a wildcard role with too short a prefix',
    policy: policyOf(denyAllBut({ StringNotEquals: { 'aws:PrincipalArn': APP_ROLE }, ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/d*' } })),
    passes: false,
  },
  { name: 'trusted organizations named, no Deny outside them', policy: policyOf(DENY_ALL_BUT_APP), organizations: ['o-abc'], passes: false, detail: 'outside the trusted organizations' },
  {
    name: 'trusted organizations named, with a Deny outside them',
    policy: policyOf(DENY_ALL_BUT_APP, denyAllBut({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc' } })),
    organizations: ['o-abc'],
    passes: true,
  },
  {
    name: 'the organization Deny naming an untrusted organization',
    policy: policyOf(DENY_ALL_BUT_APP, denyAllBut({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-other' } })),
    organizations: ['o-abc'],
    passes: false,
  },
];

const SECRET_ARN = secretWithPolicy('s').arn;
const resolved = (policy: PolicyDocument | null) =>
  policy && { Statement: policy.Statement.map((statement) => ({ ...statement, ...(statement.Resource ? { Resource: statement.Resource.map((r) => (r === 'SECRET' ? SECRET_ARN : r)) } : {}) })) };

const policyCases: CheckCase<typeof check.uses>[] = cases.map(({ name, policy, passes, organizations, detail }) => ({
  name,
  config: { organizations_trusted_ids: organizations ?? [] },
  given: ({ secretsmanager }) => secretsmanager.secretPolicies.add(secretWithPolicy('s', { policy: resolved(policy) })),
  expect: [{ status: passes ? 'PASS' : 'FAIL', resource: 's', ...(detail ? { detail } : {}) }],
}));

testCheck(check, [
  { name: 'no secrets', expect: [] },
  ...policyCases,
  {
    name: 'a policy that could not be read: ERROR',
    given: ({ secretsmanager }) => secretsmanager.secretPolicies.add(secretWithPolicy('hidden', { policy: unreadBy('secretsmanager', 'GetResourcePolicy') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'GetResourcePolicy' }],
  },
  {
    name: 'secrets that could not be listed: ERROR',
    given: ({ secretsmanager }) => secretsmanager.secretPolicies.fail({ region: 'us-east-1', operation: 'ListSecrets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'secretsmanager:ListSecrets', region: 'us-east-1' }],
  },
]);
