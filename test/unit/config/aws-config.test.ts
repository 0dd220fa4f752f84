import { describe, expect, it } from 'vitest';
import { AWS_CONFIG_KEYS, type AwsConfigKey, DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';

/** The `aws:` keys of Prowler 5.40's config.yaml, in its order, transcribed independently of the source. */
const PROWLER_AWS_KEYS = [
  'mute_non_default_regions',
  'max_scanned_resources_per_service',
  'max_ebs_snapshots',
  'max_backup_recovery_points',
  'max_cloudwatch_log_groups',
  'max_lambda_functions',
  'max_ecs_task_definitions',
  'max_batch_job_definitions',
  'max_codeartifact_packages',
  'disallowed_regions',
  'max_unused_access_keys_days',
  'max_console_access_days',
  'max_unused_sagemaker_access_days',
  'shodan_api_key',
  'max_security_group_rules',
  'max_ec2_instance_age_in_days',
  'max_ec2_instance_stopped_days',
  'ec2_allowed_interface_types',
  'ec2_allowed_instance_owners',
  'ec2_high_risk_ports',
  'fargate_linux_latest_version',
  'fargate_windows_latest_version',
  'trusted_account_ids',
  'trusted_ips',
  'log_group_retention_days',
  'recommended_cdk_bootstrap_version',
  'max_idle_disconnect_timeout_in_seconds',
  'max_disconnect_timeout_in_seconds',
  'max_session_duration_seconds',
  'obsolete_lambda_runtimes',
  'lambda_min_azs',
  'organizations_enabled_regions',
  'organizations_trusted_delegated_administrators',
  'organizations_trusted_ids',
  'ecr_repository_vulnerability_minimum_severity',
  'verify_premium_support_plans',
  'threat_detection_privilege_escalation_threshold',
  'threat_detection_privilege_escalation_minutes',
  'threat_detection_privilege_escalation_actions',
  'threat_detection_enumeration_threshold',
  'threat_detection_enumeration_minutes',
  'threat_detection_enumeration_actions',
  'threat_detection_llm_jacking_threshold',
  'threat_detection_llm_jacking_minutes',
  'threat_detection_llm_jacking_actions',
  'check_rds_instance_replicas',
  'days_to_expire_threshold',
  'insecure_key_algorithms',
  'eks_required_log_types',
  'eks_cluster_oldest_version_supported',
  'excluded_sensitive_environment_variables',
  'elb_min_azs',
  'elbv2_min_azs',
  'acmpca_pqc_key_algorithms',
  'cloudfront_pqc_min_protocol_versions',
  'apigateway_pqc_tls_allowed_policies',
  'elbv2_listener_pqc_tls_allowed_policies',
  'rolesanywhere_pqc_pca_key_algorithms',
  'transfer_pqc_ssh_allowed_policies',
  'minimum_snapshot_retention_period',
  'secrets_ignore_patterns',
  'secrets_ignore_files',
  'secrets_validate',
  'max_days_secret_unused',
  'max_days_secret_unrotated',
  'min_kinesis_stream_retention_hours',
  's3_bucket_object_public_enabled',
  's3_bucket_object_public_max_objects',
  's3_bucket_object_public_sample_size',
  'codebuild_github_allowed_organizations',
];

/** Keys Prowler's checks read with a default of their own, which its config.yaml does not list. */
const KEYS_ONLY_CHECKS_NAME = [
  'minimum_backup_retention_period',
  'enclave_sg_allow_ports',
  'enclave_vsock_ports',
  'enclave_golden_pcr_values',
  'enclave_debug_lookback_window_hours',
  'enclave_debug_max_events',
  'enclave_debug_target_key_ids',
  'enclave_unknown_image_lookback_window_hours',
  'enclave_unknown_image_max_events',
  'enclave_unknown_image_target_key_ids',
  'enclave_unknown_image_severity',
];

const keys = Object.keys(AWS_CONFIG_KEYS) as AwsConfigKey[];

describe('the AWS config keys', () => {
  it("are exactly Prowler's, in Prowler's order, then those only its checks name", () => {
    expect(keys).toEqual([...PROWLER_AWS_KEYS, ...KEYS_ONLY_CHECKS_NAME]);
    expect(Object.keys(DEFAULT_AWS_CONFIG)).toEqual([...PROWLER_AWS_KEYS, ...KEYS_ONLY_CHECKS_NAME]);
  });

  it.each([
    ['mute_non_default_regions', false],
    ['max_scanned_resources_per_service', 0],
    ['max_codeartifact_packages', null],
    ['disallowed_regions', ['me-south-1', 'me-central-1']],
    ['max_unused_access_keys_days', 45],
    ['shodan_api_key', null],
    ['ec2_allowed_instance_owners', ['amazon-elb']],
    ['ec2_high_risk_ports', [25, 110, 135, 143, 445, 3000, 4333, 5000, 5500, 8080, 8088]],
    ['fargate_windows_latest_version', '1.0.0'],
    ['trusted_account_ids', []],
    ['max_session_duration_seconds', 36000],
    ['ecr_repository_vulnerability_minimum_severity', 'MEDIUM'],
    ['verify_premium_support_plans', true],
    ['threat_detection_llm_jacking_threshold', 0.4],
    ['threat_detection_enumeration_minutes', 1440],
    ['eks_cluster_oldest_version_supported', '1.28'],
    ['min_kinesis_stream_retention_hours', 168],
    ['s3_bucket_object_public_sample_size', 3],
    ['enclave_golden_pcr_values', null],
    ['enclave_debug_lookback_window_hours', 2160],
    ['enclave_unknown_image_max_events', 5000],
    ['enclave_unknown_image_severity', 'medium'],
  ] as const)("%s defaults to Prowler's %j", (key, value) => {
    expect(DEFAULT_AWS_CONFIG[key]).toEqual(value);
  });

  it.each([
    ['obsolete_lambda_runtimes', 25],
    ['threat_detection_privilege_escalation_actions', 51],
    ['threat_detection_enumeration_actions', 90],
    ['threat_detection_llm_jacking_actions', 14],
    ['elbv2_listener_pqc_tls_allowed_policies', 11],
  ] as const)("%s holds all %i of Prowler's entries", (key, length) => {
    expect(DEFAULT_AWS_CONFIG[key]).toHaveLength(length);
  });

  it.each(keys)('%s: its default passes its own schema unchanged', (key) => {
    const { schema, default: value } = AWS_CONFIG_KEYS[key];
    expect(schema.parse(value)).toEqual(value);
  });

  it.each(keys)('%s: has a one-line description', (key) => {
    expect(AWS_CONFIG_KEYS[key].description).toMatch(/^\S[^\n]{10,119}$/);
  });
});
