import { describe, expect, it } from 'vitest';
import { expandActionPattern } from '../../../../src/checks/policy/iam-actions.js';
import { PRIVILEGE_ESCALATION_COMBINATIONS, privilegeEscalationActions } from '../../../../src/checks/policy/privilege-escalation.js';
import type { PolicyDocument, PolicyStatement } from '../../../../src/services/policy.js';

const ROLE = 'arn:aws:iam::111122223333:role/app';
const allow = (Action: string[], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Action, Resource: ['*'], ...extra });
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Statement });

describe('privilegeEscalationActions', () => {
  it.each<[string, PolicyDocument, string[]]>([
    ['PassRole with RunInstances', policy(allow(['iam:PassRole', 'ec2:RunInstances'])), ['ec2:RunInstances', 'iam:PassRole']],
    ['the same in other cases', policy(allow(['IAM:passrole', 'EC2:runinstances'])), ['ec2:RunInstances', 'iam:PassRole']],
    ['PassRole alone', policy(allow(['iam:PassRole'])), []],
    ['an escalating action denied elsewhere', policy(allow(['iam:CreateAccessKey']), { Effect: 'Deny', Action: ['iam:CreateAccessKey'], Resource: [ROLE] }), []],
    [
      'a wildcard on one resource under a condition, since neither is weighed',
      policy(allow(['iam:Put*'], { Resource: [ROLE], Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })),
      ['iam:Put*', 'iam:PutGroupPolicy', 'iam:PutRolePolicy', 'iam:PutUserPolicy'],
    ],
    ['one action that suffices', policy(allow(['lambda:UpdateFunctionCode'])), ['lambda:UpdateFunctionCode']],
    ['read-only access', policy(allow(['iam:Get*', 'iam:List*'])), []],
  ])('%s', (_name, document, expected) => {
    expect(privilegeEscalationActions(document)).toEqual(expected);
  });

  it("lists every IAM combination for 'iam:*', named by its patterns", () => {
    expect(privilegeEscalationActions(policy(allow(['iam:*'])))).toEqual([
      'iam:*',
      'iam:AddUserToGroup',
      'iam:AttachGroupPolicy',
      'iam:AttachRolePolicy',
      'iam:AttachUserPolicy',
      'iam:CreateAccessKey',
      'iam:CreateLoginProfile',
      'iam:CreatePolicyVersion',
      'iam:DeleteAccessKey',
      'iam:DeleteUserPermissionsBoundary',
      'iam:Put*',
      'iam:PutGroupPolicy',
      'iam:PutRolePolicy',
      'iam:PutUserPolicy',
      'iam:SetDefaultPolicyVersion',
      'iam:UpdateAssumeRolePolicy',
      'iam:UpdateLoginProfile',
    ]);
  });

  it('reads a NotAction as granting every other action', () => {
    const found = privilegeEscalationActions(policy({ Effect: 'Allow', NotAction: ['iam:*'], Resource: ['*'] }));
    expect(found).toContain('ssm:StartSession');
    expect(found).not.toContain('iam:PassRole');
  });

  // Prowler would give up on every policy for a pattern of an unknown service, and quietly narrow a
  // combination for an unknown action: with the pinned IAM data, neither happens.
  it('names only known actions in its combinations', () => {
    const unknown = PRIVILEGE_ESCALATION_COMBINATIONS.flat().filter((pattern) => expandActionPattern(pattern).isEmpty());
    expect(unknown).toEqual([]);
  });
});
