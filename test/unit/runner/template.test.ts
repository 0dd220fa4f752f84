import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderTemplate } from '../../../src/role-template/template.js';
import { SCANNER_ENV } from '../../../src/runner/env.js';
import { buildRunnerTemplate, DEFAULT_IMAGE, RUNNER_SCAN_ARGUMENTS, type RunnerTemplate } from '../../../src/runner/template.js';
import { PACKAGE_ROOT } from '../../../src/version.js';

const TRIGGER_CODE = 'exports.handler = async () => ({ statusCode: 204 });';
const NETWORK = { vpcId: 'vpc-0abc1234', subnetIds: ['subnet-0aaa1111', 'subnet-0bbb2222'] };
const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

const ownVpc = buildRunnerTemplate({ triggerCode: TRIGGER_CODE, scannerVersion: version });
const givenVpc = buildRunnerTemplate({ triggerCode: TRIGGER_CODE, scannerVersion: version, network: NETWORK });

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Principal?: unknown;
  Condition?: unknown;
}

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Every statement of every IAM role's inline policies, conditional ones included. */
function roleStatements(template: RunnerTemplate, roleName: string): Statement[] {
  const role = template.Resources[roleName]!.Properties as { Policies: { PolicyDocument: { Statement: unknown[] } }[] };
  return role.Policies.flatMap((policy) => policy.PolicyDocument.Statement).map((statement) => {
    const conditional = (statement as { 'Fn::If'?: [string, Statement, unknown] })['Fn::If'];
    return conditional ? conditional[1] : (statement as Statement);
  });
}

function rolesOf(template: RunnerTemplate): string[] {
  return Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === 'AWS::IAM::Role')
    .map(([name]) => name);
}

function properties(template: RunnerTemplate, name: string): Record<string, unknown> {
  return template.Resources[name]!.Properties;
}

describe.each([
  ['its own VPC', ownVpc],
  ['a given VPC', givenVpc],
])('the runner template in %s', (_case, template) => {
  it('grants no wildcard action and nothing on every resource', () => {
    const statements = rolesOf(template).flatMap((role) => roleStatements(template, role));
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements.filter((s) => s.Effect === 'Allow')) {
      expect(asList(statement.Action).filter((action) => action.includes('*'))).toEqual([]);
      expect(asList(statement.Resource)).not.toContain('*');
    }
  });

  it('keeps the bucket private, encrypted, TLS-only and expiring', () => {
    const bucket = properties(template, 'OutputBucket');
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(bucket.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(bucket.LifecycleConfiguration).toMatchObject({ Rules: [{ Status: 'Enabled', ExpirationInDays: { Ref: 'ReportRetentionDays' } }] });
    const policy = properties(template, 'OutputBucketPolicy') as { PolicyDocument: { Statement: Statement[] } };
    expect(policy.PolicyDocument.Statement).toEqual([
      {
        Sid: 'TlsOnly',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [{ 'Fn::GetAtt': ['OutputBucket', 'Arn'] }, { 'Fn::Sub': '${OutputBucket.Arn}/*' }],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]);
  });

  it('lets the scan task assume only audit roles of other accounts, and deliver only to its bucket', () => {
    expect(roleStatements(template, 'TaskRole')).toEqual([
      {
        Sid: 'AssumeAuditRolesOfOtherAccounts',
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::*:role/${AuditRolePattern}' },
        Condition: { StringNotEquals: { 'aws:ResourceAccount': { Ref: 'AWS::AccountId' } } },
      },
      { Sid: 'DeliverReports', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: { 'Fn::Sub': '${OutputBucket.Arn}/*' } },
      { Sid: 'FindBucketRegion', Effect: 'Allow', Action: 's3:GetBucketLocation', Resource: { 'Fn::GetAtt': ['OutputBucket', 'Arn'] } },
    ]);
    expect(template.Parameters.AuditRolePattern!.Default).toBe('ScannerAudit*');
  });

  it('lets the task execution role write only its logs and read only the webhook secret', () => {
    expect(roleStatements(template, 'ExecutionRole')).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': ['TaskLogs', 'Arn'] } },
      { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: { Ref: 'WebhookSecret' } },
    ]);
  });

  it('lets the trigger run only the scan task, in its cluster, and pass only its two roles to ECS', () => {
    const [runTask, passRole, ...rest] = roleStatements(template, 'TriggerRole');
    expect(runTask).toMatchObject({
      Action: 'ecs:RunTask',
      Resource: { Ref: 'TaskDefinition' },
      Condition: { ArnEquals: { 'ecs:cluster': { 'Fn::GetAtt': ['Cluster', 'Arn'] } } },
    });
    expect(passRole).toMatchObject({
      Action: 'iam:PassRole',
      Resource: [{ 'Fn::GetAtt': ['TaskRole', 'Arn'] }, { 'Fn::GetAtt': ['ExecutionRole', 'Arn'] }],
      Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    });
    expect(rest.map((statement) => statement.Resource)).toEqual([{ Ref: 'TriggerToken' }, { 'Fn::GetAtt': ['TriggerLogs', 'Arn'] }]);
  });

  it('authenticates the trigger with a generated token the function reads, and opens the URL to nothing else', () => {
    const trigger = properties(template, 'TriggerFunction') as { Environment: { Variables: Record<string, unknown> }; Code: unknown };
    expect(trigger.Environment.Variables.TOKEN_SECRET_ARN).toEqual({ Ref: 'TriggerToken' });
    expect(trigger.Code).toEqual({ ZipFile: TRIGGER_CODE });
    expect(properties(template, 'TriggerToken')).toMatchObject({ GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true } });
    expect(properties(template, 'TriggerUrl')).toEqual({ TargetFunctionArn: { 'Fn::GetAtt': ['TriggerFunction', 'Arn'] }, AuthType: 'NONE' });
    const permissions = Object.values(template.Resources).filter((resource) => resource.Type === 'AWS::Lambda::Permission');
    expect(permissions.map((permission) => permission.Properties)).toEqual([
      { FunctionName: { Ref: 'TriggerFunction' }, Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' },
      { FunctionName: { Ref: 'TriggerFunction' }, Action: 'lambda:InvokeFunction', Principal: '*', InvokedViaFunctionUrl: true },
    ]);
  });

  it('runs the pinned scanner package from ECR Public, with a fixed command and per-scan inputs from the environment', () => {
    const task = properties(template, 'TaskDefinition') as { ContainerDefinitions: Record<string, unknown>[] };
    const [container] = task.ContainerDefinitions;
    expect(container!.Command).toEqual(['npm', 'exec', '--yes', '--package', { Ref: 'ScannerPackage' }, '--', 'scanner', ...RUNNER_SCAN_ARGUMENTS]);
    expect(container!.Image).toEqual({ Ref: 'ScannerImage' });
    expect(template.Parameters.ScannerImage!.Default).toBe(DEFAULT_IMAGE);
    expect(DEFAULT_IMAGE).toMatch(/^public\.ecr\.aws\//);
    expect(template.Parameters.ScannerPackage!.Default).toBe(`aws-posture-scanner@${version}`);
    expect(container!.Environment).toContainEqual({ Name: SCANNER_ENV.outputBucket, Value: { 'Fn::Sub': 's3://${OutputBucket}/scans' } });
    expect(container!.Secrets).toEqual({
      'Fn::If': ['HasWebhook', [{ Name: SCANNER_ENV.notifyWebhook, ValueFrom: { Ref: 'WebhookSecret' } }], { Ref: 'AWS::NoValue' }],
    });
  });

  it('outputs the trigger URL and a request that starts a scan', () => {
    expect(template.Outputs.TriggerUrl!.Value).toEqual({ 'Fn::GetAtt': ['TriggerUrl', 'FunctionUrl'] });
    const example = (template.Outputs.ExampleRequest!.Value as { 'Fn::Sub': string })['Fn::Sub'];
    expect(example).toContain('curl -sS -X POST ${TriggerUrl.FunctionUrl}');
    expect(example).toContain('--secret-id ${TriggerToken}');
    expect(example).toContain('"roleArn":"arn:${AWS::Partition}:iam::<customer account>:role/ScannerAudit"');
  });

  it.each(['yaml', 'json'] as const)('renders as %s that parses back to the same template', (format) => {
    expect(parse(renderTemplate(template, format))).toEqual(template);
  });
});

describe('the network of the scan tasks', () => {
  it('is a VPC of the stack own, with public subnets and public IPs, when none is given', () => {
    const types = Object.values(ownVpc.Resources).map((resource) => resource.Type);
    expect(types.filter((type) => type.startsWith('AWS::EC2::'))).toEqual([
      'AWS::EC2::VPC',
      'AWS::EC2::InternetGateway',
      'AWS::EC2::VPCGatewayAttachment',
      'AWS::EC2::RouteTable',
      'AWS::EC2::Route',
      'AWS::EC2::Subnet',
      'AWS::EC2::Subnet',
      'AWS::EC2::SubnetRouteTableAssociation',
      'AWS::EC2::SubnetRouteTableAssociation',
      'AWS::EC2::SecurityGroup',
    ]);
    expect(ownVpc.Parameters.AssignPublicIp!.Default).toBe('ENABLED');
    expect(properties(ownVpc, 'TriggerFunction')).toMatchObject({
      Environment: { Variables: { SUBNET_IDS: { 'Fn::Join': [',', [{ Ref: 'PublicSubnetA' }, { Ref: 'PublicSubnetB' }]] } } },
    });
  });

  it('is the given VPC and subnets, without public IPs by default, when given', () => {
    expect(Object.values(givenVpc.Resources).filter((resource) => resource.Type.startsWith('AWS::EC2::')).map((r) => r.Type)).toEqual([
      'AWS::EC2::SecurityGroup',
    ]);
    expect(givenVpc.Parameters.VpcId).toMatchObject({ Type: 'AWS::EC2::VPC::Id', Default: 'vpc-0abc1234' });
    expect(givenVpc.Parameters.SubnetIds).toMatchObject({ Default: 'subnet-0aaa1111,subnet-0bbb2222' });
    expect(givenVpc.Parameters.AssignPublicIp!.Default).toBe('DISABLED');
    expect(properties(givenVpc, 'TaskSecurityGroup').VpcId).toEqual({ Ref: 'VpcId' });
  });

  it('lets the tasks out on HTTPS only, and nothing in', () => {
    const group = properties(ownVpc, 'TaskSecurityGroup');
    expect(group.SecurityGroupEgress).toEqual([{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0', Description: 'HTTPS' }]);
    expect(group).not.toHaveProperty('SecurityGroupIngress');
  });
});
