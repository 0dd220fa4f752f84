import type { CheckMetadata, Severity, Status } from '../../../src/checks/check.js';
import type { Finding } from '../../../src/findings/finding.js';
import type { ScanContext } from '../../../src/output/context.js';

/** Markup that must only ever reach a report as text. */
export const HOSTILE_TAG = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '</script><script>alert(1)</script>';
/** A value that needs every kind of CSV quoting: separator, quotes and a line break. */
export const AWKWARD_CELL = 'semi;colon "quoted"\nsecond line';

const ACCOUNT_ID = '123456789012';
const TIMESTAMP = '2026-03-04T05:06:07.000Z';

export function check(id: string, severity: Severity, extra: Partial<CheckMetadata> = {}): CheckMetadata {
  const service = id.split('_')[0]!;
  return {
    id,
    service,
    title: `Title of ${id}`,
    severity,
    resourceType: 'Other',
    categories: [],
    checkType: ['Software and Configuration Checks/AWS Security Best Practices'],
    description: `What ${id} looks at.`,
    risk: `Why ${id} matters.`,
    remediation: { text: `How to fix ${id}.` },
    ...extra,
  };
}

export const KMS_ROTATION = check('kms_cmk_rotation_enabled', 'high', {
  resourceType: 'AwsKmsKey',
  categories: ['encryption', 'secrets'],
  checkType: ['Software and Configuration Checks/AWS Security Best Practices', 'Industry and Regulatory Standards/CIS'],
  relatedUrl: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  remediation: {
    text: 'Turn on automatic rotation.',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html',
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
    terraform: 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}',
    nativeIaC: 'EnableKeyRotation: true',
    other: 'Console: Key rotation tab',
  },
});
export const S3_ENCRYPTION = check('s3_bucket_default_encryption', 'medium', { resourceType: 'AwsS3Bucket' });
export const EC2_OPEN_SSH = check('ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22', 'critical', {
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
});
export const IAM_SUPPORT_ROLE = check('iam_support_role_created', 'low');
export const CLOUDTRAIL_INSIGHTS = check('cloudtrail_insights_exist', 'informational', { resourceType: 'AwsCloudTrailTrail' });

export function finding(
  metadata: CheckMetadata,
  status: Status,
  region: string,
  resource: Partial<Finding['resource']> & { id: string },
  extra: Partial<Finding> = {},
): Finding {
  const arn = resource.arn ?? `arn:aws:${metadata.service}:${region}:${ACCOUNT_ID}:${resource.id}`;
  return {
    uid: `scanner-aws-${metadata.id}-${ACCOUNT_ID}-${region}-${resource.id}`,
    check: metadata,
    status,
    statusExtended: `${metadata.id} says ${status} for ${resource.id}.`,
    muted: false,
    accountId: ACCOUNT_ID,
    partition: 'aws',
    region,
    resource: { arn, id: resource.id, name: resource.name ?? resource.id, tags: resource.tags ?? {} },
    timestamp: TIMESTAMP,
    ...extra,
    severity: extra.severity ?? metadata.severity,
  };
}

export const PASSING_KEY = finding(KMS_ROTATION, 'PASS', 'eu-west-1', {
  id: '1234abcd-12ab-34cd-56ef-1234567890ab',
  arn: `arn:aws:kms:eu-west-1:${ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  name: 'alias/payments',
  tags: { env: 'prod', team: 'security' },
});

export const MUTED_BUCKET = finding(S3_ENCRYPTION, 'FAIL', 'us-east-1', { id: 'legacy-logs', arn: 'arn:aws:s3:::legacy-logs' }, { muted: true });

/** Everything a hostile account can name: its resource ID, tags and the detail that quotes them. */
export const HOSTILE_GROUP = finding(
  EC2_OPEN_SSH,
  'FAIL',
  'us-east-1',
  { id: AWKWARD_CELL, name: HOSTILE_SCRIPT, tags: { Name: HOSTILE_TAG, owner: 'a=b | c' } },
  { statusExtended: `Security group ${HOSTILE_SCRIPT} opens port 22 to 0.0.0.0/0 (${HOSTILE_TAG}).` },
);

export const UNREVIEWED_ROLE = finding(IAM_SUPPORT_ROLE, 'MANUAL', 'us-east-1', {
  id: ACCOUNT_ID,
  arn: `arn:aws:iam::${ACCOUNT_ID}:root`,
});

export const UNREAD_TRAILS = finding(
  CLOUDTRAIL_INSIGHTS,
  'ERROR',
  'eu-west-1',
  { id: 'cloudtrail:DescribeTrails', arn: 'cloudtrail:DescribeTrails:eu-west-1' },
  { statusExtended: 'Could not list cloudtrail trails in eu-west-1: DescribeTrails failed (AccessDenied).' },
);

export const FAILING_KEY = finding(KMS_ROTATION, 'FAIL', 'us-east-1', { id: 'key-without-rotation' });

/** Deliberately not in report order, so sorting is exercised. */
export const FINDINGS: readonly Finding[] = [PASSING_KEY, MUTED_BUCKET, UNREVIEWED_ROLE, HOSTILE_GROUP, UNREAD_TRAILS, FAILING_KEY];

export const CONTEXT: ScanContext = {
  scanName: `Quarterly <b>audit</b> & review`,
  account: {
    id: ACCOUNT_ID,
    partition: 'aws',
    callerArn: `arn:aws:sts::${ACCOUNT_ID}:assumed-role/ScannerAudit/scanner-session`,
    regions: ['eu-west-1', 'us-east-1'],
    globalRegion: 'us-east-1',
  },
  scannerVersion: '0.1.0',
  startedAt: new Date('2026-03-04T05:04:00.000Z'),
  finishedAt: new Date('2026-03-04T05:06:07.500Z'),
  checkIds: [KMS_ROTATION, S3_ENCRYPTION, EC2_OPEN_SSH, IAM_SUPPORT_ROLE, CLOUDTRAIL_INSIGHTS].map((c) => c.id),
  failures: [
    { service: 'cloudtrail', region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDenied' },
    {
      service: 's3',
      region: 'us-east-1',
      operation: 'GetBucketPolicy',
      message: `User is not authorized ${HOSTILE_SCRIPT}`,
      resourceArn: 'arn:aws:s3:::legacy-logs',
    },
  ],
};

const SYNTHETIC_CHECKS = [KMS_ROTATION, S3_ENCRYPTION, EC2_OPEN_SSH, IAM_SUPPORT_ROLE, CLOUDTRAIL_INSIGHTS];
const SYNTHETIC_STATUSES = ['PASS', 'FAIL', 'PASS', 'MANUAL', 'ERROR'] as const;

/** `count` findings of the fixture checks, each on its own resource, some tagged, some muted: a large account. */
export function syntheticFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding(
      SYNTHETIC_CHECKS[i % SYNTHETIC_CHECKS.length]!,
      SYNTHETIC_STATUSES[i % SYNTHETIC_STATUSES.length]!,
      CONTEXT.account.regions[i % CONTEXT.account.regions.length]!,
      { id: `resource-${i}`, tags: i % 3 === 0 ? { env: 'prod', index: String(i) } : {} },
      { muted: i % 17 === 0 },
    ),
  );
}
