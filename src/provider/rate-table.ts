/**
 * How AWS meters the calls of one account: which token bucket a call draws from, its burst and its
 * refill rate. Published rates come from ../shared/PERFORMANCE.md (AWS's service quota pages for EC2,
 * CloudTrail and KMS); where AWS publishes none (IAM, STS, S3 bucket configuration, most other
 * services) the figures are conservative defaults, marked as such. This is the only place these
 * numbers live: the scanner's pacing and the benchmark's throttling proxy both read it.
 */

/** One AWS API call, as the pacing sees it: SDK service name (the client class without `Client`). */
export interface MeteredCall {
  service: string;
  region: string;
  operation: string;
  /** The command's input, for the calls whose bucket depends on it (S3's bucket, EC2's filters). */
  input?: unknown;
}

/** The operation a command performs, from its class name ("DescribeInstancesCommand"), as AWS names it. */
export const operationOf = (commandName: string | undefined) => (commandName ?? 'Unknown').replace(/Command$/, '');

export interface BucketRate {
  /** Tokens available at once (the burst). */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

export interface Bucket extends BucketRate {
  /** Calls with the same key share one bucket. */
  key: string;
  /** Where the rate comes from: `published` (PERFORMANCE.md) or `default` (AWS publishes none). */
  source: 'published' | 'default';
}

// EC2 read actions: per (region, action), burst 100, 20 per second (PERFORMANCE.md, "EC2 read actions").
const EC2_READ: BucketRate = { capacity: 100, refillPerSecond: 20 };
// The five Describe actions whose unfiltered, unpaginated form AWS meters in a smaller bucket of its own.
const EC2_UNFILTERED: BucketRate = { capacity: 50, refillPerSecond: 10 };
const EC2_UNFILTERED_ACTIONS = new Set([
  'DescribeInstances',
  'DescribeSecurityGroups',
  'DescribeSnapshots',
  'DescribeVolumes',
  'DescribeNetworkInterfaces',
]);

// CloudTrail: 10 per second per region for Get/Describe/List, LookupEvents 2 per second (PERFORMANCE.md).
// AWS publishes no burst; one second's worth is assumed.
const CLOUDTRAIL: BucketRate = { capacity: 10, refillPerSecond: 10 };
const CLOUDTRAIL_LOOKUP_EVENTS: BucketRate = { capacity: 2, refillPerSecond: 2 };

// KMS: per (region, action) at its published request quotas (PERFORMANCE.md, "KMS"); burst one second's worth.
const KMS_PUBLISHED: Readonly<Record<string, number>> = {
  ListKeys: 500,
  ListAliases: 500,
  DescribeKey: 2000,
  GetKeyRotationStatus: 1000,
  GetKeyPolicy: 1000,
};

// Conservative defaults where AWS publishes no rate (PERFORMANCE.md: IAM "throttles without
// published rates", S3 bucket configuration GETs "have no published rate").
const IAM_ACCOUNT: BucketRate = { capacity: 20, refillPerSecond: 10 };
const STS_ACCOUNT: BucketRate = { capacity: 20, refillPerSecond: 10 };
const S3_PER_BUCKET: BucketRate = { capacity: 20, refillPerSecond: 10 };
const S3_ACCOUNT: BucketRate = { capacity: 10, refillPerSecond: 5 };
const KMS_OTHER: BucketRate = { capacity: 50, refillPerSecond: 50 };
const OTHER_SERVICES: BucketRate = { capacity: 20, refillPerSecond: 10 };

/** Which bucket AWS charges a call to, and that bucket's rate. */
export function bucketOf(call: MeteredCall): Bucket {
  const { service, region, operation } = call;
  switch (service) {
    case 'EC2':
      return EC2_UNFILTERED_ACTIONS.has(operation) && isUnfilteredUnpaginated(call.input)
        ? { key: `ec2/${region}/${operation}/unfiltered`, ...EC2_UNFILTERED, source: 'published' }
        : { key: `ec2/${region}/${operation}`, ...EC2_READ, source: 'published' };
    case 'CloudTrail':
      return operation === 'LookupEvents'
        ? { key: `cloudtrail/${region}/LookupEvents`, ...CLOUDTRAIL_LOOKUP_EVENTS, source: 'published' }
        : { key: `cloudtrail/${region}`, ...CLOUDTRAIL, source: 'published' };
    case 'KMS': {
      const published = KMS_PUBLISHED[operation];
      return published === undefined
        ? { key: `kms/${region}/${operation}`, ...KMS_OTHER, source: 'default' }
        : { key: `kms/${region}/${operation}`, capacity: published, refillPerSecond: published, source: 'published' };
    }
    // Global services: one bucket for the whole account, whatever region the client was made for.
    case 'IAM':
      return { key: 'iam', ...IAM_ACCOUNT, source: 'default' };
    case 'STS':
      return { key: 'sts', ...STS_ACCOUNT, source: 'default' };
    case 'S3': {
      const bucket = bucketNameOf(call.input);
      return bucket === undefined
        ? { key: 's3', ...S3_ACCOUNT, source: 'default' }
        : { key: `s3/${bucket}`, ...S3_PER_BUCKET, source: 'default' };
    }
    default:
      return { key: `${service.toLowerCase()}/${region}/${operation}`, ...OTHER_SERVICES, source: 'default' };
  }
}

/** A Describe call with neither filters, IDs nor a page size: AWS's "unfiltered and unpaginated" form. */
function isUnfilteredUnpaginated(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return true;
  return !Object.entries(input).some(([name, value]) => value !== undefined && (name === 'MaxResults' || name === 'Filters' || name.endsWith('Ids')));
}

function bucketNameOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || !('Bucket' in input)) return undefined;
  return typeof input.Bucket === 'string' ? input.Bucket : undefined;
}
