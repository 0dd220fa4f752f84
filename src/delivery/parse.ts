import { UsageError } from '../errors.js';

/*
 * What `--output-bucket` and `--presign-expiry` accept. Apart from the upload itself, so that the
 * CLI can check its options without loading the S3 SDK.
 */

/** Where `--output-bucket` puts the outputs: a bucket, and a key prefix without surrounding slashes. */
export interface BucketTarget {
  bucket: string;
  prefix: string;
}

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const RESERVED_BUCKET_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_BUCKET_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

function isBucketName(name: string): boolean {
  return (
    BUCKET_NAME.test(name) &&
    !/\.\.|\.-|-\./.test(name) &&
    !/^\d+\.\d+\.\d+\.\d+$/.test(name) &&
    !RESERVED_BUCKET_PREFIXES.some((prefix) => name.startsWith(prefix)) &&
    !RESERVED_BUCKET_SUFFIXES.some((suffix) => name.endsWith(suffix))
  );
}

/** `s3://bucket[/prefix]` → bucket and prefix; empty segments (`a//b`, a trailing slash) are dropped. */
export function parseBucketUrl(url: string): BucketTarget {
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(url);
  if (!match) throw new UsageError(`--output-bucket must look like s3://<bucket>[/prefix], not "${url}"`);
  const bucket = match[1]!;
  if (!isBucketName(bucket)) {
    throw new UsageError(
      `--output-bucket: "${bucket}" is not a valid S3 bucket name (3-63 lowercase letters, digits, dots and hyphens)`,
    );
  }
  const segments = (match[2] ?? '').split('/').filter((segment) => segment !== '');
  // A URL client resolves "." and ".." before sending, so a presigned URL for such a key would
  // reach another key than the one signed.
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    throw new UsageError(`--output-bucket: the prefix must not contain "." or ".." segments`);
  }
  return { bucket, prefix: segments.join('/') };
}

/** SigV4 presigned URLs are valid for at most seven days. */
export const MAX_PRESIGN_EXPIRY_SECONDS = 7 * 24 * 60 * 60;

const SECONDS_PER_UNIT = { s: 1, m: 60, h: 60 * 60, d: 24 * 60 * 60 } as const;

/** `3600`, `90m`, `12h`, `7d` → seconds, between 1 and seven days. */
export function parsePresignExpiry(text: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * SECONDS_PER_UNIT[(match[2] || 's') as keyof typeof SECONDS_PER_UNIT] : NaN;
  if (!(seconds > 0 && seconds <= MAX_PRESIGN_EXPIRY_SECONDS)) {
    throw new UsageError(
      `--presign-expiry must be a duration from 1 second to 7 days (SigV4's limit), such as 3600, 90m, 12h or 7d, not "${text}"`,
    );
  }
  return seconds;
}
