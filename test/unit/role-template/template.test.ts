import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXTERNAL_ID_PATTERN } from '../../../src/role-template/names.js';
import { buildRoleTemplate, buildStackSetRoleTemplate, generateExternalId, renderTemplate } from '../../../src/role-template/template.js';

const INPUT = { trustedAccount: '111122223333', externalId: 'acme-2024', roleName: 'ScannerAudit' };

describe('buildRoleTemplate', () => {
  const template = buildRoleTemplate(INPUT);
  const role = template.Resources.AuditRole.Properties;

  it('lets only the trusted account assume the role, and only with the external ID', () => {
    expect(role.AssumeRolePolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::111122223333:root' } },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } },
      },
    ]);
    expect(template.Parameters.ExternalId.Default).toBe('acme-2024');
  });

  it('grants SecurityAudit and ViewOnlyAccess in any partition, the reads they lack, and nothing else', () => {
    expect(role.ManagedPolicyArns).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/SecurityAudit' },
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccess' },
    ]);
    const further = role.Policies.flatMap((policy) => policy.PolicyDocument.Statement);
    expect(further.every((statement) => statement.Effect === 'Allow' && statement.Resource === '*')).toBe(true);
    // Reads only: each action is a Get, List or Describe (API Gateway's reads are its GET; reading
    // log events, for secrets in them, is CloudWatch Logs' FilterLogEvents; whether a region's Glue
    // catalog holds any table is Glue's SearchTables; batched reads of CodeBuild and of an ECR
    // image's manifest are BatchGet).
    expect(
      further.flatMap((statement) => statement.Action).filter((action) => !/^[a-z0-9-]+:(Get|List|Describe|BatchGet|GET$|FilterLogEvents$|SearchTables$)/.test(action)),
    ).toEqual([]);
    expect(role).not.toHaveProperty('PermissionsBoundary');
    expect(Object.values(template.Resources).map((resource) => resource.Type)).toEqual(['AWS::IAM::Role']);
  });

  it('names the role and allows 12-hour sessions', () => {
    expect(role.RoleName).toBe('ScannerAudit');
    expect(role.MaxSessionDuration).toBe(43200);
  });

  it('outputs what the scan needs, and the command that runs it', () => {
    expect(template.Outputs).toMatchObject({
      RoleArn: { Value: { 'Fn::GetAtt': ['AuditRole', 'Arn'] } },
      ExternalId: { Value: { Ref: 'ExternalId' } },
      ScanName: { Value: { Ref: 'ScanName' } },
      ScanCommand: {
        Value: {
          'Fn::Sub': "scanner aws --role-arn ${AuditRole.Arn} --external-id ${ExternalId} --scan-name '${ScanName}'",
        },
      },
    });
  });

  it('pre-fills the scan name only when one is given', () => {
    expect(template.Parameters.ScanName).not.toHaveProperty('Default');
    expect(buildRoleTemplate({ ...INPUT, scanName: 'Acme (prod)' }).Parameters.ScanName).toHaveProperty(
      'Default',
      'Acme (prod)',
    );
  });

  it('uses defaults its own parameter constraints accept', () => {
    const parameters = buildRoleTemplate({ ...INPUT, scanName: 'Acme & Co.' }).Parameters;
    for (const parameter of Object.values(parameters)) {
      expect(parameter.Default).toMatch(new RegExp(parameter.AllowedPattern));
    }
  });
});

describe('renderTemplate', () => {
  const template = buildRoleTemplate({ ...INPUT, scanName: 'Acme' });

  it.each(['yaml', 'json'] as const)('%s parses back to the same template', (format) => {
    expect(parse(renderTemplate(template, format))).toEqual(template);
  });

  it('quotes what a YAML 1.1 reader such as CloudFormation would take for a date', () => {
    const yaml = renderTemplate(template, 'yaml');
    expect(yaml).toContain('AWSTemplateFormatVersion: "2010-09-09"');
    expect(parse(yaml, { version: '1.1' })).toEqual(template);
  });
});

describe('generateExternalId', () => {
  it('is valid for IAM and different every time', () => {
    const ids = Array.from({ length: 200 }, generateExternalId);
    for (const id of ids) expect(id).toMatch(EXTERNAL_ID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries at least 128 random bits', () => {
    expect(generateExternalId()).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('buildStackSetRoleTemplate', () => {
  const stackSet = { trustedAccount: '111122223333', roleName: 'ScannerAudit' };
  const single = buildRoleTemplate(INPUT).Resources.AuditRole.Properties;

  it('grants each account the same role and reads as the template for one account', () => {
    const role = buildStackSetRoleTemplate({ ...stackSet, externalId: 'acme-2024' }).Resources.AuditRole.Properties;
    expect(role).toEqual(single);
  });

  it('requires an external ID only when one is given, and then as a parameter of the stack set', () => {
    const withId = buildStackSetRoleTemplate({ ...stackSet, externalId: 'acme-2024' });
    expect(withId.Parameters).toEqual({ ExternalId: expect.objectContaining({ Default: 'acme-2024' }) as unknown });
    const without = buildStackSetRoleTemplate(stackSet);
    expect(without).not.toHaveProperty('Parameters');
    expect(without.Resources.AuditRole.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::111122223333:root' } }, Action: 'sts:AssumeRole' },
    ]);
  });

  it('has no per-account scan name or command, only the role an organization scan assumes', () => {
    const template = buildStackSetRoleTemplate({ ...stackSet, roleName: 'OrgAudit' });
    expect(Object.keys(template.Outputs)).toEqual(['RoleArn']);
    expect(template.Outputs.RoleArn.Description).toContain('--member-role OrgAudit');
    expect(template.Resources.AuditRole.Properties.RoleName).toBe('OrgAudit');
  });
});
