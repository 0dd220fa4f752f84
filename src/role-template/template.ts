import { randomBytes } from 'node:crypto';
import { stringify } from 'yaml';
import { EXTERNAL_ID_PATTERN, SCAN_NAME_PATTERN } from './names.js';

/** STS's ceiling for a role session: a long scan renews its credentials less often. */
export const MAX_SESSION_SECONDS = 43200;

/** Most of what a scan reads is covered by these two; neither grants a write. */
const READ_ONLY_POLICIES = ['SecurityAudit', 'job-function/ViewOnlyAccess'] as const;

/** The reads scanner makes that neither managed policy grants (Prowler adds the same ones). */
export const FURTHER_READS = [
  'account:GetContactInformation',
  'amplify:ListApps',
  'amplify:ListBranches',
  'apigateway:GET',
  'appstream:DescribeFleets',
  'backup:GetBackupSelection',
  'backup:ListBackupPlans',
  'backup:ListBackupSelections',
  'bedrock:GetAgent',
  'bedrock:GetAgentVersion',
  'bedrock:GetDataSource',
  'bedrock:GetGuardrail',
  'bedrock:GetPrompt',
  'codeartifact:ListPackageVersions',
  'codeartifact:ListPackages',
  'codebuild:BatchGetBuilds',
  'codebuild:BatchGetReportGroups',
  'codebuild:ListReportGroups',
  'codecommit:GetBlob',
  'codecommit:GetFolder',
  'cognito-idp:GetUserPoolMfaConfig',
  'dlm:GetLifecyclePolicies',
  'drs:DescribeJobs',
  'ds:DescribeEventTopics',
  'ds:GetSnapshotLimits',
  'ds:ListCertificates',
  'ds:ListLogSubscriptions',
  'ds:ListTagsForResource',
  'ec2:GetEbsEncryptionByDefault',
  'ec2:GetImageBlockPublicAccessState',
  'ec2:GetInstanceMetadataDefaults',
  'ec2:GetSnapshotBlockPublicAccessState',
  'ecr:BatchGetImage',
  'ecr:GetDownloadUrlForLayer',
  'glue:GetConnections',
  'glue:GetMLTransforms',
  'glue:SearchTables',
  'lambda:GetFunction',
  'lambda:GetFunctionUrlConfig',
  'lambda:GetLayerVersion',
  'lightsail:GetRelationalDatabases',
  'logs:FilterLogEvents',
  'macie2:GetAutomatedDiscoveryConfiguration',
  'macie2:GetMacieSession',
  's3:GetAccountPublicAccessBlock',
  'servicecatalog:DescribePortfolioShares',
  'shield:DescribeProtection',
  'shield:GetSubscriptionState',
  'ssm-incidents:GetReplicationSet',
  'ssm-incidents:ListReplicationSets',
  'ssm-incidents:ListResponsePlans',
  'ssm:GetDocument',
  'support:DescribeServices',
  'wellarchitected:ListWorkloads',
] as const;

export type TemplateFormat = 'yaml' | 'json';

export interface RoleTemplateInput {
  /** The account scanner runs in, trusted to assume the role. */
  trustedAccount: string;
  externalId: string;
  roleName: string;
  /** Pre-fills the ScanName parameter; without it the customer types one in when deploying. */
  scanName?: string;
}

/** 160 random bits in hex: unguessable, and nothing in it a shell or a web form would mangle. */
export function generateExternalId(): string {
  return randomBytes(20).toString('hex');
}

/**
 * The audit role itself: trusting `trustedAccount` (with the external ID when the template has one),
 * granting the read-only managed policies and the reads they lack.
 */
function auditRole(trustedAccount: string, roleName: string, requireExternalId: boolean) {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: roleName,
      Description: `Read-only security audit by scanner from account ${trustedAccount}`,
      MaxSessionDuration: MAX_SESSION_SECONDS,
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: { 'Fn::Sub': `arn:\${AWS::Partition}:iam::${trustedAccount}:root` } },
            Action: 'sts:AssumeRole',
            ...(requireExternalId ? { Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } } } : {}),
          },
        ],
      },
      ManagedPolicyArns: READ_ONLY_POLICIES.map((policy) => ({
        'Fn::Sub': `arn:\${AWS::Partition}:iam::aws:policy/${policy}`,
      })),
      Policies: [
        {
          PolicyName: 'scanner-further-reads',
          PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [...FURTHER_READS], Resource: '*' }] },
        },
      ],
    },
  };
}

function externalIdParameter(externalId: string) {
  return {
    Type: 'String',
    Description: 'The external ID the scanning account must present to assume the role (guards against a confused deputy)',
    Default: externalId,
    AllowedPattern: EXTERNAL_ID_PATTERN.source,
    ConstraintDescription: '2-1224 characters of A-Z a-z 0-9 _ + = , . @ : / -',
  };
}

const GRANTS = 'Grants the AWS managed policies SecurityAudit and ViewOnlyAccess and a few reads they lack, nothing writable.';

/**
 * The CloudFormation template of the audit role a customer deploys in the account to be scanned.
 * Intrinsic functions are in their long form (`Fn::Sub`), which YAML and JSON share, and ARNs
 * use `${AWS::Partition}` so the same template deploys in China and GovCloud.
 */
export function buildRoleTemplate(input: RoleTemplateInput) {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Read-only audit role for scanner: account ${input.trustedAccount} may assume it with the external ID. ${GRANTS}`,
    Parameters: {
      ExternalId: externalIdParameter(input.externalId),
      ScanName: {
        Type: 'String',
        Description: 'The name to give scans of this account; it titles the reports and names their files',
        ...(input.scanName === undefined ? {} : { Default: input.scanName }),
        AllowedPattern: SCAN_NAME_PATTERN.source,
        ConstraintDescription: '1-200 characters of A-Z a-z 0-9 _ space . , & ( ) @ + -',
      },
    },
    Resources: { AuditRole: auditRole(input.trustedAccount, input.roleName, true) },
    Outputs: {
      RoleArn: { Description: 'The role to pass to --role-arn', Value: { 'Fn::GetAtt': ['AuditRole', 'Arn'] } },
      ExternalId: { Description: 'The value to pass to --external-id', Value: { Ref: 'ExternalId' } },
      ScanName: { Description: 'The value to pass to --scan-name', Value: { Ref: 'ScanName' } },
      ScanCommand: {
        Description: 'The scan of this account, ready to run from the scanning account',
        Value: {
          'Fn::Sub': "scanner aws --role-arn ${AuditRole.Arn} --external-id ${ExternalId} --scan-name '${ScanName}'",
        },
      },
    },
  };
}

export interface StackSetTemplateInput {
  /** The account an organization scan runs in: the management account or a delegated administrator. */
  trustedAccount: string;
  /** The same in every account, so that `--member-role <name>` finds it. */
  roleName: string;
  /** Required of the scanning account when given; an organization scanning itself may do without. */
  externalId?: string;
}

/**
 * The same audit role for a service-managed StackSet, which deploys it to every account of the
 * organizational units it targets (and to accounts that join them later). An IAM role is global,
 * so the StackSet is deployed to one region. Nothing differs between accounts, so the template has
 * no per-account scan name or ready-to-run command: one organization scan uses them all.
 */
export function buildStackSetRoleTemplate(input: StackSetTemplateInput) {
  const { externalId } = input;
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      `Read-only audit role for scanner, deployed to every account of an organization by a StackSet: account ${input.trustedAccount} ` +
      `may assume it${externalId === undefined ? '' : ' with the external ID'}. ${GRANTS}`,
    ...(externalId === undefined ? {} : { Parameters: { ExternalId: externalIdParameter(externalId) } }),
    Resources: { AuditRole: auditRole(input.trustedAccount, input.roleName, externalId !== undefined) },
    Outputs: {
      RoleArn: { Description: `The role an organization scan assumes (--member-role ${input.roleName})`, Value: { 'Fn::GetAtt': ['AuditRole', 'Arn'] } },
    },
  };
}

export type RoleTemplate = ReturnType<typeof buildRoleTemplate>;
export type StackSetRoleTemplate = ReturnType<typeof buildStackSetRoleTemplate>;

export function renderTemplate(template: object, format: TemplateFormat): string {
  if (format === 'json') return `${JSON.stringify(template, null, 2)}\n`;
  // CloudFormation reads YAML 1.1, where an unquoted 2010-09-09 is a date: write it as 1.1 reads it.
  return stringify(template, { version: '1.1', lineWidth: 0 });
}
