import { UsageError } from '../errors.js';

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

const PARTITIONS: readonly Partition[] = ['aws', 'aws-cn', 'aws-us-gov'];

export interface Arn {
  partition: Partition;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(text: string): Arn | undefined {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  if (!PARTITIONS.includes(partition as Partition)) return undefined;
  return { partition: partition as Partition, service, region, account, resource: parts.slice(5).join(':') };
}

/** Validates `--role-arn` up front, so a typo is a usage error and not an AssumeRole failure. */
export function parseRoleArn(text: string): Arn {
  const arn = parseArn(text);
  const valid =
    arn !== undefined &&
    arn.service === 'iam' &&
    /^\d{12}$/.test(arn.account) &&
    /^role\/[\w+=,.@\-/]{1,512}$/.test(arn.resource);
  if (!valid) {
    throw new UsageError(
      `invalid role ARN "${text}": expected arn:<partition>:iam::<12-digit account>:role/<name>`,
    );
  }
  return arn;
}

/** Global services (IAM, S3 Control) are called in their partition's home region. */
export function globalRegionOf(partition: Partition): string {
  switch (partition) {
    case 'aws-cn':
      return 'cn-north-1';
    case 'aws-us-gov':
      return 'us-gov-west-1';
    case 'aws':
      return 'us-east-1';
  }
}

export function partitionOfRegion(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** S3's GetBucketLocation answer as a region: the oldest regions say nothing (us-east-1) or the legacy "EU" (eu-west-1). */
export function regionOfBucketLocation(constraint: string | null | undefined): string {
  return !constraint ? 'us-east-1' : constraint === 'EU' ? 'eu-west-1' : constraint;
}
