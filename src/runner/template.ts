import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScannerError, ExitCode } from '../errors.js';
import { PACKAGE_NAME, PACKAGE_ROOT } from '../version.js';
import { SCANNER_ENV } from './env.js';

/**
 * What the task's container runs after installing the pinned package: the ordinary CLI, its
 * per-scan inputs read from the environment (SCANNER_ENV). Twelve hours is as long as a link
 * signed with the task's role credentials can work (see README, "Run scans as a service").
 */
export const RUNNER_SCAN_ARGUMENTS = ['aws', '--output-directory', '/tmp/scanner-output', '--presign-expiry', '12h', '--log-level', 'info'] as const;

/** AWS's public ECR copy of Docker's official Node image: no Docker Hub pull limits on each task start. */
export const DEFAULT_IMAGE = 'public.ecr.aws/docker/library/node:22-slim';

/** The role name `scanner aws role-template` gives by default, and any name it starts. */
export const DEFAULT_AUDIT_ROLE_PATTERN = 'ScannerAudit*';

export const CONTAINER_NAME = 'scanner';

/** Where `npm run build` writes the bundled trigger (scripts/build-trigger.mjs). */
export const TRIGGER_HANDLER_PATH = join(PACKAGE_ROOT, 'dist', 'src', 'runner', 'trigger-handler.cjs');

/** The bundled trigger; in a clone, it exists only after `npm run build`. */
export function readTriggerHandler(path: string = TRIGGER_HANDLER_PATH): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ScannerError(`cannot read the bundled trigger ${path} (run npm run build): ${(error as Error).message}`, ExitCode.runtimeFailure, error);
  }
}

export interface RunnerTemplateInput {
  /** The trigger's code, inlined as the Lambda function's index.js. */
  triggerCode: string;
  scannerVersion: string;
  /** An existing VPC and subnets whose route reaches the internet; without them the stack makes its own. */
  network?: { vpcId: string; subnetIds: readonly string[] };
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export interface TemplateResource {
  Type: string;
  Condition?: string;
  DependsOn?: string | string[];
  Properties: Record<string, Json>;
}

export interface RunnerTemplate {
  AWSTemplateFormatVersion: string;
  Description: string;
  Parameters: Record<string, Record<string, Json>>;
  Conditions: Record<string, Json>;
  Resources: Record<string, TemplateResource>;
  Outputs: Record<string, { Description: string; Value: Json }>;
}

const sub = (text: string) => ({ 'Fn::Sub': text });
const ref = (name: string) => ({ Ref: name });
const arnOf = (resource: string) => ({ 'Fn::GetAtt': [resource, 'Arn'] });
const policy = (name: string, statements: Json[]) => ({
  PolicyName: name,
  PolicyDocument: { Version: '2012-10-17', Statement: statements },
});
const assumedBy = (service: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
});
const PUBLIC_SUBNETS = ['PublicSubnetA', 'PublicSubnetB'] as const;

/** A VPC of two public subnets whose only way out is an internet gateway, for a stack given none. */
function ownNetwork(): Record<string, TemplateResource> {
  const subnets = Object.fromEntries(
    PUBLIC_SUBNETS.map((name, index) => [
      name,
      {
        Type: 'AWS::EC2::Subnet',
        Properties: {
          VpcId: ref('Vpc'),
          CidrBlock: `10.0.${index}.0/24`,
          AvailabilityZone: { 'Fn::Select': [index, { 'Fn::GetAZs': '' }] },
        },
      },
    ]),
  );
  const associations = Object.fromEntries(
    PUBLIC_SUBNETS.map((name) => [
      `${name}Routes`,
      { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: ref(name), RouteTableId: ref('PublicRoutes') } },
    ]),
  );
  return {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16', EnableDnsSupport: true, EnableDnsHostnames: true } },
    InternetGateway: { Type: 'AWS::EC2::InternetGateway', Properties: {} },
    GatewayAttachment: { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: ref('Vpc'), InternetGatewayId: ref('InternetGateway') } },
    PublicRoutes: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ref('Vpc') } },
    InternetRoute: {
      Type: 'AWS::EC2::Route',
      DependsOn: 'GatewayAttachment',
      Properties: { RouteTableId: ref('PublicRoutes'), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref('InternetGateway') },
    },
    ...subnets,
    ...associations,
  };
}

function parameters(input: RunnerTemplateInput): RunnerTemplate['Parameters'] {
  const network: RunnerTemplate['Parameters'] = input.network
    ? {
        VpcId: { Type: 'AWS::EC2::VPC::Id', Default: input.network.vpcId, Description: 'The VPC the scan tasks run in' },
        SubnetIds: {
          Type: 'List<AWS::EC2::Subnet::Id>',
          Default: input.network.subnetIds.join(','),
          Description: 'Subnets of that VPC whose route reaches the internet (through a NAT gateway, or an internet gateway with AssignPublicIp ENABLED)',
        },
      }
    : {};
  return {
    ...network,
    AssignPublicIp: {
      Type: 'String',
      AllowedValues: ['ENABLED', 'DISABLED'],
      Default: input.network ? 'DISABLED' : 'ENABLED',
      Description: 'Whether a scan task gets a public IP: needed in a public subnet, not behind a NAT gateway',
    },
    AuditRolePattern: {
      Type: 'String',
      Default: DEFAULT_AUDIT_ROLE_PATTERN,
      AllowedPattern: '^[\\w+=,.@/*-]{1,512}$',
      Description: "The audit roles the scan tasks may assume in other accounts: a role name or path/name, * matching anything (`scanner aws role-template --role-name` gives the name)",
    },
    WebhookUrl: {
      Type: 'String',
      Default: '',
      NoEcho: true,
      Description: 'Optional: where each scan posts its result and report link (a Slack incoming webhook, say); kept in Secrets Manager',
    },
    ReportRetentionDays: {
      Type: 'Number',
      Default: 30,
      MinValue: 1,
      MaxValue: 3650,
      Description: 'Days after which reports are deleted from the bucket',
    },
    TaskCpu: { Type: 'String', AllowedValues: ['512', '1024', '2048', '4096'], Default: '1024', Description: 'Fargate CPU units of a scan task' },
    TaskMemory: { Type: 'String', AllowedValues: ['2048', '4096', '8192'], Default: '2048', Description: 'Fargate memory (MiB) of a scan task' },
    ScannerImage: {
      Type: 'String',
      Default: DEFAULT_IMAGE,
      Description: 'A Node.js 20+ image with npm; the default is pulled from Amazon ECR Public, not Docker Hub',
    },
    ScannerPackage: {
      Type: 'String',
      Default: `${PACKAGE_NAME}@${input.scannerVersion}`,
      AllowedPattern: '^[\\w@./:-]+$',
      Description: 'The scanner npm package, with its version pinned, that each task installs and runs',
    },
  };
}

/** The bucket the task writes to: private, encrypted, TLS-only, emptied by age. */
function outputBucket(): Record<string, TemplateResource> {
  const bucketArn = arnOf('OutputBucket');
  return {
    OutputBucket: {
      Type: 'AWS::S3::Bucket',
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LifecycleConfiguration: {
          Rules: [
            {
              Id: 'expire-reports',
              Status: 'Enabled',
              ExpirationInDays: ref('ReportRetentionDays'),
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            },
          ],
        },
      },
    },
    OutputBucketPolicy: {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: ref('OutputBucket'),
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'TlsOnly',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [bucketArn, sub('${OutputBucket.Arn}/*')],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
      },
    },
  };
}

/** The Fargate task: its roles, log group, network access and definition. */
function scanTask(vpcId: Json): Record<string, TemplateResource> {
  return {
    Cluster: { Type: 'AWS::ECS::Cluster', Properties: { ClusterSettings: [{ Name: 'containerInsights', Value: 'disabled' }] } },
    TaskLogs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 90 } },
    WebhookSecret: {
      Type: 'AWS::SecretsManager::Secret',
      Condition: 'HasWebhook',
      Properties: { Description: "The webhook scanner's scan tasks post their results to", SecretString: ref('WebhookUrl') },
    },
    TaskSecurityGroup: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'scanner scan tasks: HTTPS out (AWS APIs, npm, the webhook), nothing in',
        VpcId: vpcId,
        SecurityGroupEgress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0', Description: 'HTTPS' }],
      },
    },
    // Starts the task: pulls the image, writes the logs, reads the webhook secret. Never the scan's.
    ExecutionRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: assumedBy('ecs-tasks.amazonaws.com'),
        Policies: [
          policy('logs-and-webhook', [
            { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: arnOf('TaskLogs') },
            { 'Fn::If': ['HasWebhook', { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: ref('WebhookSecret') }, ref('AWS::NoValue')] },
          ]),
        ],
      },
    },
    // What scanner itself runs as: it may assume audit roles in other accounts and deliver to the bucket.
    TaskRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: assumedBy('ecs-tasks.amazonaws.com'),
        Policies: [
          policy('assume-audit-roles-and-deliver', [
            {
              Sid: 'AssumeAuditRolesOfOtherAccounts',
              Effect: 'Allow',
              Action: 'sts:AssumeRole',
              Resource: sub('arn:${AWS::Partition}:iam::*:role/${AuditRolePattern}'),
              Condition: { StringNotEquals: { 'aws:ResourceAccount': ref('AWS::AccountId') } },
            },
            // Get too: a presigned link works with the permissions of whoever signed it.
            { Sid: 'DeliverReports', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: sub('${OutputBucket.Arn}/*') },
            { Sid: 'FindBucketRegion', Effect: 'Allow', Action: 's3:GetBucketLocation', Resource: arnOf('OutputBucket') },
          ]),
        ],
      },
    },
    TaskDefinition: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: {
        RequiresCompatibilities: ['FARGATE'],
        NetworkMode: 'awsvpc',
        Cpu: ref('TaskCpu'),
        Memory: ref('TaskMemory'),
        RuntimePlatform: { OperatingSystemFamily: 'LINUX', CpuArchitecture: 'X86_64' },
        ExecutionRoleArn: arnOf('ExecutionRole'),
        TaskRoleArn: arnOf('TaskRole'),
        ContainerDefinitions: [
          {
            Name: CONTAINER_NAME,
            Image: ref('ScannerImage'),
            Essential: true,
            Command: ['npm', 'exec', '--yes', '--package', ref('ScannerPackage'), '--', 'scanner', ...RUNNER_SCAN_ARGUMENTS],
            Environment: [
              { Name: SCANNER_ENV.outputBucket, Value: sub('s3://${OutputBucket}/scans') },
              { Name: 'AWS_REGION', Value: ref('AWS::Region') },
              { Name: 'NPM_CONFIG_UPDATE_NOTIFIER', Value: 'false' },
            ],
            Secrets: {
              'Fn::If': ['HasWebhook', [{ Name: SCANNER_ENV.notifyWebhook, ValueFrom: ref('WebhookSecret') }], ref('AWS::NoValue')],
            },
            LogConfiguration: {
              LogDriver: 'awslogs',
              Options: { 'awslogs-group': ref('TaskLogs'), 'awslogs-region': ref('AWS::Region'), 'awslogs-stream-prefix': 'scan' },
            },
          },
        ],
      },
    },
  };
}

/** The function URL, its token and the function that starts a task per valid request. */
function trigger(triggerCode: string, subnetIds: Json): Record<string, TemplateResource> {
  return {
    TriggerToken: {
      Type: 'AWS::SecretsManager::Secret',
      Properties: {
        Description: "The bearer token scanner's scan trigger requires",
        GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true },
      },
    },
    TriggerLogs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 90 } },
    TriggerRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: assumedBy('lambda.amazonaws.com'),
        Policies: [
          policy('start-scans', [
            {
              Sid: 'RunTheScanTask',
              Effect: 'Allow',
              Action: 'ecs:RunTask',
              Resource: ref('TaskDefinition'),
              Condition: { ArnEquals: { 'ecs:cluster': arnOf('Cluster') } },
            },
            {
              Sid: 'HandTheTaskItsRoles',
              Effect: 'Allow',
              Action: 'iam:PassRole',
              Resource: [arnOf('TaskRole'), arnOf('ExecutionRole')],
              Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
            },
            { Sid: 'ReadTheToken', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: ref('TriggerToken') },
            { Sid: 'WriteLogs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: arnOf('TriggerLogs') },
          ]),
        ],
      },
    },
    TriggerFunction: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Description: 'Starts a scanner scan task for a POST with a valid token, role ARN, external ID and scan name',
        Runtime: 'nodejs22.x',
        Handler: 'index.handler',
        Role: arnOf('TriggerRole'),
        Timeout: 30,
        MemorySize: 256,
        LoggingConfig: { LogGroup: ref('TriggerLogs') },
        Code: { ZipFile: triggerCode },
        Environment: {
          Variables: {
            CLUSTER_ARN: arnOf('Cluster'),
            TASK_DEFINITION_ARN: ref('TaskDefinition'),
            CONTAINER_NAME,
            SUBNET_IDS: { 'Fn::Join': [',', subnetIds] },
            SECURITY_GROUP_ID: ref('TaskSecurityGroup'),
            ASSIGN_PUBLIC_IP: ref('AssignPublicIp'),
            TOKEN_SECRET_ARN: ref('TriggerToken'),
            PARTITION: ref('AWS::Partition'),
          },
        },
      },
    },
    TriggerUrl: { Type: 'AWS::Lambda::Url', Properties: { TargetFunctionArn: arnOf('TriggerFunction'), AuthType: 'NONE' } },
    // The URL is public so a chat tool's workflow can POST to it; the function refuses any request without the token.
    TriggerUrlPermission: {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        FunctionName: ref('TriggerFunction'),
        Action: 'lambda:InvokeFunctionUrl',
        Principal: '*',
        FunctionUrlAuthType: 'NONE',
      },
    },
    TriggerInvokePermission: {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        FunctionName: ref('TriggerFunction'),
        Action: 'lambda:InvokeFunction',
        Principal: '*',
        InvokedViaFunctionUrl: true,
      },
    },
  };
}

/**
 * The CloudFormation template of the scan runner, deployed in the consultant's own account:
 * a trigger URL starts a Fargate task that scans a customer's account through its audit role and
 * delivers the report to the stack's bucket (and a link to the webhook). Intrinsic functions are
 * in their long form, which YAML and JSON share.
 */
export function buildRunnerTemplate(input: RunnerTemplateInput): RunnerTemplate {
  const vpcId = input.network ? ref('VpcId') : ref('Vpc');
  const subnetIds = input.network ? ref('SubnetIds') : PUBLIC_SUBNETS.map(ref);
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'scanner scan runner: a token-protected URL starts a Fargate task that scans an account through its audit role ' +
      'and delivers the report to a private bucket, with an optional webhook message carrying the link.',
    Parameters: parameters(input),
    Conditions: { HasWebhook: { 'Fn::Not': [{ 'Fn::Equals': [ref('WebhookUrl'), ''] }] } },
    Resources: {
      ...(input.network ? {} : ownNetwork()),
      ...outputBucket(),
      ...scanTask(vpcId),
      ...trigger(input.triggerCode, subnetIds),
    },
    Outputs: {
      TriggerUrl: { Description: 'POST a scan request here', Value: { 'Fn::GetAtt': ['TriggerUrl', 'FunctionUrl'] } },
      TriggerTokenSecret: { Description: 'The secret holding the bearer token the trigger requires', Value: ref('TriggerToken') },
      ExampleRequest: {
        Description: 'A scan request with curl: fill in what the customer sent back from the role template',
        Value: sub(
          'curl -sS -X POST ${TriggerUrl.FunctionUrl} ' +
            '-H "Authorization: Bearer $(aws secretsmanager get-secret-value --secret-id ${TriggerToken} --query SecretString --output text)" ' +
            "-H 'content-type: application/json' " +
            `-d '{"roleArn":"arn:\${AWS::Partition}:iam::<customer account>:role/ScannerAudit","externalId":"<external id>","scanName":"<scan name>"}'`,
        ),
      },
      OutputBucket: { Description: 'Where the reports are delivered (under scans/)', Value: ref('OutputBucket') },
      ScanLogs: { Description: "The scan tasks' log group", Value: ref('TaskLogs') },
    },
  };
}
