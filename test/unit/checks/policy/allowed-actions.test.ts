import { describe, expect, it } from 'vitest';
import {
  allowsAdministrativeAccess,
  allowsOnEveryResource,
  effectiveAllowedActions,
  grantsFullServiceAccess,
} from '../../../../src/checks/policy/allowed-actions.js';
import { expandActionPattern } from '../../../../src/checks/policy/iam-actions.js';
import type { PolicyDocument, PolicyStatement } from '../../../../src/services/policy.js';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1';
const MFA = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
const SUBSCRIBE = 'aws-marketplace:Subscribe';

const allow = (Action: string[], Resource = ['*'], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...extra });
const allowAllBut = (NotAction: string[], Resource = ['*']): PolicyStatement => ({ Effect: 'Allow', NotAction, Resource });
const deny = (Action: string[], Resource = ['*'], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Deny', Action, Resource, ...extra });
const denyAllBut = (NotAction: string[]): PolicyStatement => ({ Effect: 'Deny', NotAction, Resource: ['*'] });
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

describe('effectiveAllowedActions', () => {
  it('takes away what Deny statements name, whatever their resources', () => {
    const effective = effectiveAllowedActions(policy(allow(['iam:*']), deny(['iam:Delete*'], [KEY])));
    expect(effective.includesAll(expandActionPattern('iam:CreateUser'))).toBe(true);
    expect(effective.overlaps(expandActionPattern('iam:Delete*'))).toBe(false);
  });

  it('pools the NotAction lists of one effect before inverting them, as Prowler does', () => {
    const effective = effectiveAllowedActions(policy(allowAllBut(['s3:*']), allowAllBut(['kms:*'])));
    expect(effective.overlaps(expandActionPattern('s3:*'))).toBe(false);
    expect(effective.overlaps(expandActionPattern('kms:*'))).toBe(false);
    expect(effective.includesAll(expandActionPattern('ec2:*'))).toBe(true);
  });

  it('reads a Deny NotAction as denying everything else', () => {
    const effective = effectiveAllowedActions(policy(allow(['*']), denyAllBut(['kms:*'])));
    expect(effective.actions().every((action) => action.startsWith('kms:'))).toBe(true);
    expect(effective.isEmpty()).toBe(false);
  });
});

describe('grantsFullServiceAccess (kms)', () => {
  it.each<[string, PolicyDocument, boolean]>([
    ["'kms:*' on '*'", policy(allow(['kms:*'])), true],
    ["'kms:*' on one key", policy(allow(['kms:*'], [KEY])), false],
    ["'*' on '*'", policy(allow(['*'])), true],
    ["'kms:*' in another case", policy(allow(['KMS:*'])), true],
    ['the whole service in two wildcard halves', policy(allow(['kms:[a-m]*']), allow(['kms:[!a-m]*'])), true],
    ['a NotAction that leaves KMS in', policy(allowAllBut(['s3:*'])), true],
    ['a Deny of one action on one key', policy(allow(['kms:*']), deny(['kms:Decrypt'], [KEY])), false],
    ['a condition on the Allow', policy(allow(['kms:*'], ['*'], { Condition: MFA })), true],
    ["'*' among other resources", policy(allow(['kms:*'], [KEY, '*'])), true],
    ['a NotResource', policy({ Effect: 'Allow', Action: ['kms:*'], NotResource: [KEY] }), false],
    ["'*:*' as the resource, which is not '*'", policy(allow(['kms:*'], ['*:*'])), false],
    ['two NotActions pooled, one of them excluding KMS', policy(allowAllBut(['s3:*']), allowAllBut(['kms:*'])), false],
    ['a Deny NotAction that spares KMS', policy(allow(['*']), denyAllBut(['kms:*'])), true],
  ])('%s', (_name, document, expected) => {
    expect(grantsFullServiceAccess(document, 'kms')).toBe(expected);
  });
});

describe('allowsOnEveryResource (aws-marketplace:Subscribe)', () => {
  it.each<[string, PolicyDocument, boolean]>([
    ['the action on "*"', policy(allow([SUBSCRIBE])), true],
    ['the action on one resource', policy(allow([SUBSCRIBE], ['arn:aws:aws-marketplace:us-east-1:111122223333:x'])), false],
    ['a conditional Allow', policy(allow([SUBSCRIBE], ['*'], { Condition: MFA })), true],
    ['an unconditional Deny on "*"', policy(allow([SUBSCRIBE]), deny([SUBSCRIBE])), false],
    ['a conditional Deny, which takes nothing back', policy(allow([SUBSCRIBE]), deny([SUBSCRIBE], ['*'], { Condition: MFA })), true],
    ['a Deny on one resource, which takes nothing back', policy(allow([SUBSCRIBE]), deny([SUBSCRIBE], [KEY])), true],
    ['a NotAction that leaves it in', policy(allowAllBut(['s3:*'])), true],
    ['a NotAction that names its service', policy(allowAllBut(['aws-marketplace:*'])), false],
    ['a wildcard', policy(allow(['aws-marketplace:Sub*'])), true],
    ["'*' on '*:*', which is not '*'", policy(allow(['*'], ['*:*'])), false],
    ['a Deny NotAction that spares it', policy(allow(['*']), denyAllBut([SUBSCRIBE])), true],
  ])('%s', (_name, document, expected) => {
    expect(allowsOnEveryResource(document, SUBSCRIBE)).toBe(expected);
  });
});

describe('allowsAdministrativeAccess', () => {
  const read = allow(['s3:GetObject']);
  it.each<[string, PolicyDocument, boolean]>([
    ["'*' on '*'", policy(allow(['*'])), true],
    ['a NotAction of a service Prowler knows, beside an Action', policy(allowAllBut(['iam:*']), read), false],
    ['a NotAction of a service missing from Prowler\'s list ("sso")', policy(allowAllBut(['sso:*']), read), true],
    ['a NotAction whose service is not spelt in lower case', policy(allowAllBut(['IAM:*']), read), true],
    ['a NotAction of "*"', policy(allowAllBut(['*']), read), true],
    ['an unknown-service NotAction on one resource only', policy(allowAllBut(['sso:*'], [KEY]), read), false],
    ['a NotAction alone, on one resource', policy(allowAllBut(['sso:*'], [KEY])), false],
  ])('%s', (_name, document, expected) => {
    expect(allowsAdministrativeAccess(document)).toBe(expected);
  });
});
