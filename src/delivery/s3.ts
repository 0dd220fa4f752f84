import { GetBucketLocationCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import pLimit from 'p-limit';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Logger } from 'pino';
import { ExitCode, ScannerError, describeError } from '../errors.js';
import { regionOfBucketLocation } from '../provider/arn.js';
import { renewRejectedCredentials, type ScanCredentials } from '../provider/renewal.js';
import { OUTPUT_FORMATS } from '../output/formats.js';
import { createBundle } from './bundle.js';
import type { BucketTarget } from './parse.js';

export interface UploadRequest {
  target: BucketTarget;
  /** The output files as written locally. */
  files: readonly string[];
  /** The outputs' base name: the folder of this scan under the prefix, and the bundle's name. */
  bundleName: string;
  /** The caller's own credentials: the bucket is the consultant's, not the scanned account's. */
  credentials: ScanCredentials;
  /** Where to ask for the bucket's region; default us-east-1. */
  region?: string;
  /** An emulator such as moto. */
  endpoint?: string;
  expiresInSeconds: number;
  log: Logger;
}

export interface PresignedObject {
  key: string;
  url: string;
}

export interface Delivery {
  bucket: string;
  /** The scan's folder, `s3://<bucket>/<prefix>/<bundleName>/`, for a person to find the objects. */
  folder: string;
  /** The bucket's own region, which the URLs are signed for. */
  region: string;
  /** Each output file and the key it was uploaded to. */
  objects: { file: string; key: string }[];
  bundle: PresignedObject;
  /** The HTML report, when it was among the outputs. */
  html?: PresignedObject;
  /** When the presigned URLs stop working. */
  expiresAt: Date;
}

/**
 * Outputs uploaded at once. Each PutObject is signed, and its file read into memory, before it
 * waits for a socket: a hundred at once (the compliance CSVs alone are ninety) hold every file in
 * memory and leave the queued ones to reach S3 with a key that may have been renewed meanwhile.
 * A few in flight keep the uplink busy all the same.
 */
const UPLOADS_IN_FLIGHT = 8;

/** So that the report opens in the browser from its URL rather than downloading as a blob. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.gz': 'application/gzip',
};

/** Its credentials are renewed when S3 rejects them early, so an upload after hours of scanning still lands. */
function s3Client(request: UploadRequest, region: string): S3Client {
  const client = new S3Client({
    region,
    credentials: request.credentials,
    endpoint: request.endpoint,
    forcePathStyle: request.endpoint ? true : undefined,
    followRegionRedirects: true,
    // Otherwise every presigned GET asks S3 for checksum headers (x-amz-checksum-mode), which
    // browsers and curl have no use for.
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  renewRejectedCredentials(client, request.credentials, request.log, 'S3');
  return client;
}

/** Presigned URLs only work when signed for the bucket's own region, whichever region we started from. */
async function bucketRegion(client: S3Client, bucket: string): Promise<string> {
  const { LocationConstraint: constraint } = await client.send(new GetBucketLocationCommand({ Bucket: bucket }));
  return regionOfBucketLocation(constraint);
}

/**
 * Presigned URLs stop working when the credentials that signed them expire, whatever their own
 * expiry says: temporary credentials (SSO, an assumed role) can cut them short.
 */
async function urlLifetimeSeconds(request: UploadRequest): Promise<number> {
  const { expiration } = await request.credentials();
  const credentialSeconds = expiration ? Math.floor((expiration.getTime() - Date.now()) / 1000) : Infinity;
  if (credentialSeconds >= request.expiresInSeconds) return request.expiresInSeconds;
  request.log.warn(
    { requestedSeconds: request.expiresInSeconds, validSeconds: credentialSeconds },
    'the presigned URLs expire early, with the temporary credentials that signed them; sign with long-term credentials for longer',
  );
  return credentialSeconds;
}

/**
 * Uploads every output and a `.tar.gz` bundle of them to `s3://<bucket>/<prefix>/<bundleName>/`,
 * asking S3 to encrypt them, and presigns GET URLs for the bundle and the HTML report. The local
 * outputs are never touched; the bundle is built in a temporary directory that is removed after.
 */
export async function uploadOutputs(request: UploadRequest): Promise<Delivery> {
  const { target, bundleName, log } = request;
  const folderKey = [target.prefix, bundleName].filter(Boolean).join('/');
  const clients: S3Client[] = [];
  const clientIn = (region: string): S3Client => {
    const client = s3Client(request, region);
    clients.push(client);
    return client;
  };
  let staging: string | undefined;
  try {
    staging = await mkdtemp(join(tmpdir(), 'scanner-bundle-'));
    const region = await bucketRegion(clientIn(request.region ?? 'us-east-1'), target.bucket);
    const client = clientIn(region);
    const bundleFile = await createBundle(request.files, bundleName, staging);

    const inFlight = pLimit(UPLOADS_IN_FLIGHT);
    const upload = async (file: string) => {
      const key = `${folderKey}/${basename(file)}`;
      await client.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: key,
          Body: await readFile(file),
          ContentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          ServerSideEncryption: 'AES256',
        }),
      );
      log.info({ bucket: target.bucket, key }, 'uploaded');
      return { file, key };
    };
    const [bundleObject, ...objects] = await Promise.all([bundleFile, ...request.files].map((file) => inFlight(() => upload(file))));

    const expiresIn = await urlLifetimeSeconds(request);
    const expiresAt = new Date(Date.now() + expiresIn * 1000);
    const presign = async (key: string): Promise<PresignedObject> => ({
      key,
      url: await getSignedUrl(client, new GetObjectCommand({ Bucket: target.bucket, Key: key }), { expiresIn }),
    });
    const htmlObject = objects.find((object) => object.file.endsWith(`.${OUTPUT_FORMATS.html.extension}`));
    return {
      bucket: target.bucket,
      folder: `s3://${target.bucket}/${folderKey}/`,
      region,
      objects,
      bundle: await presign(bundleObject!.key),
      ...(htmlObject ? { html: await presign(htmlObject.key) } : {}),
      expiresAt,
    };
  } catch (error) {
    const where = `s3://${[target.bucket, target.prefix].filter(Boolean).join('/')}`;
    throw new ScannerError(
      `cannot upload the outputs to ${where}: ${describeError(error)}. The local outputs are intact.`,
      ExitCode.runtimeFailure,
      error,
    );
  } finally {
    for (const client of clients) client.destroy();
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}
