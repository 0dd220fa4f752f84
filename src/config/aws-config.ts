import { isIP } from 'node:net';
import { z } from 'zod';
import { mustBe } from '../yaml/validate.js';

/**
 * The `aws:` settings of Prowler 5.40's config.yaml: Prowler's key names and defaults, so a
 * Prowler config file means the same here. Each key holds the zod schema of its values.
 */

interface ConfigKey<Schema extends z.ZodType> {
  readonly schema: Schema;
  readonly default: z.output<Schema>;
  /** What the key controls, one line, for `--list-config`. */
  readonly description: string;
}

function key<Schema extends z.ZodType>(schema: Schema, defaultValue: z.output<Schema>, description: string): ConfigKey<Schema> {
  return { schema, default: defaultValue, description };
}

const flag = () => z.boolean(mustBe('true or false'));
/** Days, hours, seconds, rules, zones: a count, never negative nor fractional. */
const count = () => z.int(mustBe('a whole number of 0 or more')).min(0);
/** Prowler reads 0 and -1 as "no limit", and null on a per-service key as "use the global limit". */
const scanLimit = () => z.int(mustBe('a whole number (0 or -1 for no limit) or null')).min(-1).nullable();
const fraction = () => z.number(mustBe('a number from 0 to 1')).min(0).max(1);
const text = () => z.string(mustBe('text'));
const textOrNull = () => z.string(mustBe('text or null')).nullable();
/** Quoted, because YAML reads an unquoted 1.30 as the number 1.3. */
const version = (example: string, pattern: RegExp) => {
  const shape = `a quoted version like '${example}'`;
  return z.string(mustBe(shape)).regex(pattern, mustBe(shape));
};
const threePartVersion = () => version('1.4.0', /^\d+\.\d+\.\d+$/);
const list = <Item extends z.ZodType>(item: Item, items: string) => z.array(item, mustBe(`a list of ${items}`)).readonly();
const textList = (items: string) => list(text(), items);

const accountIds = () => {
  const shape = "a 12-digit account ID in quotes, like '123456789012'";
  return list(z.string(mustBe(shape)).regex(/^\d{12}$/, mustBe(shape)), 'account IDs');
};

const ports = () => list(z.int(mustBe('a port number from 1 to 65535')).min(1).max(65535), 'port numbers');

const networks = () => {
  const shape = 'an IP address or CIDR range';
  return list(z.string(mustBe(shape)).refine(isNetwork, mustBe(shape)), 'IP addresses or CIDR ranges');
};

function isNetwork(candidate: string): boolean {
  const [address = '', prefix, ...rest] = candidate.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

const oneOf = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.enum(values, mustBe(`one of ${values.join(', ')}`));

export const AWS_CONFIG_KEYS = {
  mute_non_default_regions: key(
    flag(),
    false,
    'mute failed "is it enabled" findings of GuardDuty, Security Hub, Config, Access Analyzer, DRS outside the home region',
  ),
  max_scanned_resources_per_service: key(
    scanLimit(),
    0,
    'most resources read of each high-volume kind below; 0 or -1 reads them all',
  ),
  max_ebs_snapshots: key(scanLimit(), null, 'most EBS snapshots read per region; null uses the global limit'),
  max_backup_recovery_points: key(scanLimit(), null, 'most AWS Backup recovery points read; null uses the global limit'),
  max_cloudwatch_log_groups: key(scanLimit(), null, 'most CloudWatch log groups read; null uses the global limit'),
  max_lambda_functions: key(scanLimit(), null, 'most Lambda functions read; null uses the global limit'),
  max_ecs_task_definitions: key(scanLimit(), null, 'most ECS task definitions read; null uses the global limit'),
  max_batch_job_definitions: key(scanLimit(), null, 'most Batch job definitions read; null uses the global limit'),
  max_codeartifact_packages: key(scanLimit(), null, 'most CodeArtifact packages read; null uses the global limit'),
  disallowed_regions: key(textList('region names'), ['me-south-1', 'me-central-1'], 'regions never scanned'),
  max_unused_access_keys_days: key(count(), 45, 'days an IAM access key may go unused before it fails'),
  max_console_access_days: key(count(), 45, 'days an IAM console password may go unused before it fails'),
  max_unused_sagemaker_access_days: key(count(), 90, 'days an IAM user may hold SageMaker access without using it'),
  shodan_api_key: key(textOrNull(), null, 'Shodan API key for looking up Elastic IPs; null skips that check'),
  max_security_group_rules: key(count(), 50, 'inbound plus outbound rules a security group may have before it fails'),
  max_ec2_instance_age_in_days: key(count(), 180, 'days an EC2 instance may run since launch before it fails'),
  max_ec2_instance_stopped_days: key(count(), 30, 'days an EC2 instance may stay stopped before it fails'),
  ec2_allowed_interface_types: key(
    textList('network interface types'),
    ['api_gateway_managed', 'vpc_endpoint'],
    'network interface types exempt when their security group is open to the Internet',
  ),
  ec2_allowed_instance_owners: key(
    textList('owner IDs'),
    ['amazon-elb'],
    'network interface owners exempt when their security group is open to the Internet',
  ),
  ec2_high_risk_ports: key(
    ports(),
    [25, 110, 135, 143, 445, 3000, 4333, 5000, 5500, 8080, 8088],
    'TCP ports that fail when open to the Internet',
  ),
  fargate_linux_latest_version: key(threePartVersion(), '1.4.0', 'Fargate Linux platform version ECS services should run'),
  fargate_windows_latest_version: key(threePartVersion(), '1.0.0', 'Fargate Windows platform version ECS services should run'),
  trusted_account_ids: key(accountIds(), [], 'accounts besides the scanned one that cross-account checks trust'),
  trusted_ips: key(networks(), [], 'addresses an OpenSearch domain policy may allow without counting as public'),
  log_group_retention_days: key(count(), 365, 'fewest days a CloudWatch log group must keep its events'),
  recommended_cdk_bootstrap_version: key(count(), 21, 'oldest CDK bootstrap stack version that passes'),
  max_idle_disconnect_timeout_in_seconds: key(count(), 600, 'longest AppStream idle time before disconnect, in seconds'),
  max_disconnect_timeout_in_seconds: key(count(), 300, 'longest AppStream session kept after a disconnect, in seconds'),
  max_session_duration_seconds: key(count(), 36000, 'longest AppStream streaming session, in seconds'),
  obsolete_lambda_runtimes: key(
    textList('runtime names'),
    [
      'java8',
      'go1.x',
      'provided',
      'python3.6',
      'python2.7',
      'python3.7',
      'python3.8',
      'nodejs4.3',
      'nodejs4.3-edge',
      'nodejs6.10',
      'nodejs',
      'nodejs8.10',
      'nodejs10.x',
      'nodejs12.x',
      'nodejs14.x',
      'nodejs16.x',
      'dotnet5.0',
      'dotnet6',
      'dotnet7',
      'dotnetcore1.0',
      'dotnetcore2.0',
      'dotnetcore2.1',
      'dotnetcore3.1',
      'ruby2.5',
      'ruby2.7',
    ],
    'Lambda runtimes that fail as no longer supported',
  ),
  lambda_min_azs: key(count(), 2, 'fewest Availability Zones a Lambda function in a VPC must span'),
  organizations_enabled_regions: key(textList('region names'), [], 'regions an SCP should leave open; others must be denied'),
  organizations_trusted_delegated_administrators: key(
    accountIds(),
    [],
    'accounts expected as delegated administrators of the organization',
  ),
  organizations_trusted_ids: key(
    textList('organization IDs'),
    [],
    'organization IDs a secret policy may name in aws:PrincipalOrgID',
  ),
  ecr_repository_vulnerability_minimum_severity: key(
    oneOf(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']),
    'MEDIUM',
    'lowest severity of an image scan finding that fails the latest image',
  ),
  verify_premium_support_plans: key(flag(), true, 'whether to require a Business or Enterprise support plan'),
  threat_detection_privilege_escalation_threshold: key(
    fraction(),
    0.2,
    'share of the privilege escalation actions an identity must call to be flagged',
  ),
  threat_detection_privilege_escalation_minutes: key(
    count(),
    1440,
    'minutes of CloudTrail events searched for privilege escalation',
  ),
  threat_detection_privilege_escalation_actions: key(
    textList('API action names'),
    [
      'AddPermission',
      'AddRoleToInstanceProfile',
      'AddUserToGroup',
      'AssociateAccessPolicy',
      'AssumeRole',
      'AttachGroupPolicy',
      'AttachRolePolicy',
      'AttachUserPolicy',
      'ChangePassword',
      'CreateAccessEntry',
      'CreateAccessKey',
      'CreateDevEndpoint',
      'CreateEventSourceMapping',
      'CreateFunction',
      'CreateGroup',
      'CreateJob',
      'CreateKeyPair',
      'CreateLoginProfile',
      'CreatePipeline',
      'CreatePolicyVersion',
      'CreateRole',
      'CreateStack',
      'DeleteRolePermissionsBoundary',
      'DeleteRolePolicy',
      'DeleteUserPermissionsBoundary',
      'DeleteUserPolicy',
      'DetachRolePolicy',
      'DetachUserPolicy',
      'GetCredentialsForIdentity',
      'GetId',
      'GetPolicyVersion',
      'GetUserPolicy',
      'Invoke',
      'ModifyInstanceAttribute',
      'PassRole',
      'PutGroupPolicy',
      'PutPipelineDefinition',
      'PutRolePermissionsBoundary',
      'PutRolePolicy',
      'PutUserPermissionsBoundary',
      'PutUserPolicy',
      'ReplaceIamInstanceProfileAssociation',
      'RunInstances',
      'SetDefaultPolicyVersion',
      'UpdateAccessKey',
      'UpdateAssumeRolePolicy',
      'UpdateDevEndpoint',
      'UpdateEventSourceMapping',
      'UpdateFunctionCode',
      'UpdateJob',
      'UpdateLoginProfile',
    ],
    'CloudTrail actions that count toward privilege escalation',
  ),
  threat_detection_enumeration_threshold: key(
    fraction(),
    0.3,
    'share of the enumeration actions an identity must call to be flagged',
  ),
  threat_detection_enumeration_minutes: key(count(), 1440, 'minutes of CloudTrail events searched for enumeration'),
  threat_detection_enumeration_actions: key(
    textList('API action names'),
    [
      'DescribeAccessEntry',
      'DescribeAccountAttributes',
      'DescribeAvailabilityZones',
      'DescribeBundleTasks',
      'DescribeCarrierGateways',
      'DescribeClientVpnRoutes',
      'DescribeCluster',
      'DescribeDhcpOptions',
      'DescribeFlowLogs',
      'DescribeImages',
      'DescribeInstanceAttribute',
      'DescribeInstanceInformation',
      'DescribeInstanceTypes',
      'DescribeInstances',
      'DescribeInstances',
      'DescribeKeyPairs',
      'DescribeLogGroups',
      'DescribeLogStreams',
      'DescribeOrganization',
      'DescribeRegions',
      'DescribeSecurityGroups',
      'DescribeSnapshotAttribute',
      'DescribeSnapshotTierStatus',
      'DescribeSubscriptionFilters',
      'DescribeTransitGatewayMulticastDomains',
      'DescribeVolumes',
      'DescribeVolumesModifications',
      'DescribeVpcEndpointConnectionNotifications',
      'DescribeVpcs',
      'GetAccount',
      'GetAccountAuthorizationDetails',
      'GetAccountSendingEnabled',
      'GetBucketAcl',
      'GetBucketLogging',
      'GetBucketPolicy',
      'GetBucketReplication',
      'GetBucketVersioning',
      'GetCallerIdentity',
      'GetCertificate',
      'GetConsoleScreenshot',
      'GetCostAndUsage',
      'GetDetector',
      'GetEbsDefaultKmsKeyId',
      'GetEbsEncryptionByDefault',
      'GetFindings',
      'GetFlowLogsIntegrationTemplate',
      'GetIdentityVerificationAttributes',
      'GetInstances',
      'GetIntrospectionSchema',
      'GetLaunchTemplateData',
      'GetLaunchTemplateData',
      'GetLogRecord',
      'GetParameters',
      'GetPolicyVersion',
      'GetPublicAccessBlock',
      'GetQueryResults',
      'GetRegions',
      'GetSMSAttributes',
      'GetSMSSandboxAccountStatus',
      'GetSendQuota',
      'GetTransitGatewayRouteTableAssociations',
      'GetUserPolicy',
      'HeadObject',
      'ListAccessKeys',
      'ListAccounts',
      'ListAllMyBuckets',
      'ListAssociatedAccessPolicies',
      'ListAttachedUserPolicies',
      'ListClusters',
      'ListDetectors',
      'ListDomains',
      'ListFindings',
      'ListHostedZones',
      'ListIPSets',
      'ListIdentities',
      'ListInstanceProfiles',
      'ListObjects',
      'ListOrganizationalUnitsForParent',
      'ListOriginationNumbers',
      'ListPolicyVersions',
      'ListRoles',
      'ListRoles',
      'ListRules',
      'ListServiceQuotas',
      'ListSubscriptions',
      'ListTargetsByRule',
      'ListTopics',
      'ListUsers',
      'LookupEvents',
      'Search',
    ],
    'CloudTrail actions that count toward enumeration',
  ),
  threat_detection_llm_jacking_threshold: key(
    fraction(),
    0.4,
    'share of the LLM jacking actions an identity must call to be flagged',
  ),
  threat_detection_llm_jacking_minutes: key(count(), 1440, 'minutes of CloudTrail events searched for LLM jacking'),
  threat_detection_llm_jacking_actions: key(
    textList('API action names'),
    [
      'PutUseCaseForModelAccess',
      'PutFoundationModelEntitlement',
      'PutModelInvocationLoggingConfiguration',
      'CreateFoundationModelAgreement',
      'InvokeModel',
      'InvokeModelWithResponseStream',
      'GetUseCaseForModelAccess',
      'GetModelInvocationLoggingConfiguration',
      'GetFoundationModelAvailability',
      'ListFoundationModelAgreementOffers',
      'ListFoundationModels',
      'ListProvisionedModelThroughputs',
      'SearchAgreements',
      'AcceptAgreementRequest',
    ],
    'CloudTrail actions (mostly Bedrock) that count toward LLM jacking',
  ),
  check_rds_instance_replicas: key(flag(), false, 'whether RDS read replicas must have backups too'),
  days_to_expire_threshold: key(count(), 7, 'days before expiry at which an ACM certificate fails'),
  insecure_key_algorithms: key(
    textList('key algorithm names'),
    ['RSA-1024', 'P-192'],
    'ACM certificate key algorithms that fail as weak',
  ),
  eks_required_log_types: key(
    list(oneOf(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']), 'EKS log types'),
    ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
    'EKS control plane log types that must all be on',
  ),
  eks_cluster_oldest_version_supported: key(version('1.28', /^\d+\.\d+$/), '1.28', 'oldest Kubernetes version an EKS cluster may run'),
  excluded_sensitive_environment_variables: key(
    textList('variable names'),
    [],
    'CodeBuild environment variable names the secrets check skips',
  ),
  elb_min_azs: key(count(), 2, 'fewest Availability Zones a Classic Load Balancer must span'),
  elbv2_min_azs: key(count(), 2, 'fewest Availability Zones an Application or Network Load Balancer must span'),
  acmpca_pqc_key_algorithms: key(
    textList('key algorithm names'),
    ['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'],
    'post-quantum key algorithms a Private CA may use',
  ),
  cloudfront_pqc_min_protocol_versions: key(
    textList('TLS policy names'),
    ['TLSv1.3_2025'],
    'CloudFront minimum TLS versions that count as post-quantum',
  ),
  apigateway_pqc_tls_allowed_policies: key(
    textList('TLS policy names'),
    [
      'SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09',
      'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09',
      'SecurityPolicy_TLS13_1_2_PQ_2025_09',
    ],
    'API Gateway custom domain TLS policies that count as post-quantum',
  ),
  elbv2_listener_pqc_tls_allowed_policies: key(
    textList('TLS policy names'),
    [
      'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
      'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
    ],
    'load balancer listener TLS policies that count as post-quantum',
  ),
  rolesanywhere_pqc_pca_key_algorithms: key(
    textList('key algorithm names'),
    ['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'],
    'post-quantum key algorithms for the Private CA behind a Roles Anywhere trust anchor',
  ),
  transfer_pqc_ssh_allowed_policies: key(
    textList('security policy names'),
    ['TransferSecurityPolicy-2025-03', 'TransferSecurityPolicy-FIPS-2025-03', 'TransferSecurityPolicy-AS2Restricted-2025-07'],
    'Transfer Family security policies whose SSH key exchange counts as post-quantum',
  ),
  minimum_snapshot_retention_period: key(count(), 7, 'fewest days an ElastiCache Redis cluster must keep backups'),
  secrets_ignore_patterns: key(textList('regular expressions'), [], 'regular expressions whose matches the secrets checks ignore'),
  secrets_ignore_files: key(
    textList('file name globs'),
    [],
    'file names (globs) skipped when scanning Lambda code and CodeCommit for secrets',
  ),
  secrets_validate: key(flag(), false, 'whether to test found secrets against their provider (makes network calls)'),
  max_days_secret_unused: key(count(), 90, 'days a Secrets Manager secret may go unread before it fails'),
  max_days_secret_unrotated: key(count(), 90, 'days a Secrets Manager secret may go without rotation'),
  min_kinesis_stream_retention_hours: key(count(), 168, 'fewest hours a Kinesis stream must keep its records'),
  s3_bucket_object_public_enabled: key(flag(), false, 'whether to sample object ACLs for public objects in each bucket'),
  s3_bucket_object_public_max_objects: key(count(), 100, 'most objects listed per bucket to sample from'),
  s3_bucket_object_public_sample_size: key(count(), 3, 'objects per bucket whose ACLs are inspected'),
  codebuild_github_allowed_organizations: key(
    textList('GitHub organization names'),
    [],
    'GitHub organizations CodeBuild projects may build from',
  ),
  // Read by Prowler's checks with these defaults, though its config.yaml omits them: after
  // Prowler's own keys.
  minimum_backup_retention_period: key(count(), 7, 'fewest days a Neptune or DocumentDB cluster must keep automated backups'),
  enclave_sg_allow_ports: key(ports(), [22, 80, 443], 'ports a Nitro Enclave host may open to the Internet'),
  enclave_vsock_ports: key(
    ports(),
    [5000, ...Array.from({ length: 91 }, (_, offset) => 8000 + offset), 9000],
    'ports of a Nitro Enclave vsock proxy that fail when open to the Internet',
  ),
  enclave_golden_pcr_values: key(
    z.record(z.string(), z.union([text(), textList('PCR values')]), mustBe('a mapping of PCR names (PCR0...) to lists of values')).nullable(),
    null,
    'known-good Nitro Enclave PCR values by PCR name (hex or base64), for the KMS enclave image checks',
  ),
  enclave_debug_lookback_window_hours: key(count(), 2160, 'hours of CloudTrail KMS events searched for debug-mode enclave attestations'),
  enclave_debug_max_events: key(count(), 5000, 'most CloudTrail KMS events read when searching for debug-mode enclave attestations'),
  enclave_debug_target_key_ids: key(textList('KMS key IDs'), [], 'KMS key IDs the debug-attestation check reports on; empty means every key seen'),
  enclave_unknown_image_lookback_window_hours: key(count(), 2160, 'hours of CloudTrail KMS events searched for attestations of unknown enclave images'),
  enclave_unknown_image_max_events: key(count(), 5000, 'most CloudTrail KMS events read when searching for unknown enclave images'),
  enclave_unknown_image_target_key_ids: key(
    textList('KMS key IDs'),
    [],
    'KMS key IDs the unknown-image check reports on; empty means every key seen',
  ),
  enclave_unknown_image_severity: key(oneOf(['medium', 'high']), 'medium', 'severity of the unknown enclave image findings'),
} satisfies Record<string, ConfigKey<z.ZodType>>;

export type AwsConfig = { readonly [Key in keyof typeof AWS_CONFIG_KEYS]: (typeof AWS_CONFIG_KEYS)[Key]['default'] };

export type AwsConfigKey = keyof AwsConfig;

export const DEFAULT_AWS_CONFIG: AwsConfig = Object.freeze(
  Object.fromEntries(Object.entries(AWS_CONFIG_KEYS).map(([name, { default: value }]) => [name, value])) as AwsConfig,
);
