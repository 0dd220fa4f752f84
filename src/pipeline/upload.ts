import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Logger } from 'pino';
import { MAX_PRESIGN_EXPIRY_SECONDS, type BucketTarget } from '../delivery/parse.js';
import type { Delivery } from '../delivery/s3.js';
import { ScannerError } from '../errors.js';
import type { SummaryExtras } from '../output/summary.js';

/** `--output-bucket` and what the upload needs besides. */
export interface UploadOptions {
  target: BucketTarget;
  /** How long the printed links work; default seven days, SigV4's limit. */
  expiresInSeconds?: number;
  /** The caller's own credentials: the bucket is the scanning side's, not the scanned account's. */
  credentials: AwsCredentialIdentityProvider;
  /** An emulator such as moto. */
  endpoint?: string;
}

/** A failed upload is reported after the summary and the webhook, not instead of them. */
export type UploadResult = { delivery: Delivery } | { failure: ScannerError };

export async function upload(
  options: UploadOptions,
  files: readonly string[],
  bundleName: string,
  region: string,
  log: Logger,
): Promise<UploadResult> {
  // The S3 SDK loads only for a scan that uploads, not with every CLI command.
  const { uploadOutputs } = await import('../delivery/s3.js');
  try {
    const delivery = await uploadOutputs({
      target: options.target,
      files,
      bundleName,
      credentials: options.credentials,
      endpoint: options.endpoint,
      region,
      expiresInSeconds: options.expiresInSeconds ?? MAX_PRESIGN_EXPIRY_SECONDS,
      log,
    });
    return { delivery };
  } catch (error) {
    if (!(error instanceof ScannerError)) throw error;
    return { failure: error };
  }
}

/** Where the summary says the outputs went: the scan's folder, and the links worth sharing. */
export function uploadedLinks(delivery: Delivery): NonNullable<SummaryExtras['uploaded']> {
  const links = [{ label: 'bundle', url: delivery.bundle.url }];
  if (delivery.html) links.push({ label: 'report', url: delivery.html.url });
  return { location: `${delivery.folder} (links valid until ${delivery.expiresAt.toISOString()})`, links };
}
