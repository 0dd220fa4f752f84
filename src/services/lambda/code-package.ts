import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import pLimit from 'p-limit';
import { detectSecrets, type DetectedSecret } from '../../secrets/detect.js';
import { globPattern } from '../../secrets/ignore-files.js';

/**
 * Packages larger than this are not downloaded: Lambda's own limit on a zip uploaded directly is
 * 50 MB, so nearly every function fits, and a scan never holds more than a few such buffers.
 */
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024;

/** Lambda refuses a function whose unzipped code and layers exceed 250 MB; more is a zip bomb. */
const MAX_UNPACKED_BYTES = 250 * 1024 * 1024;

/** How long one presigned download may take, as Prowler bounds it. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

/** Packages downloaded or scanned at once, across every region and account of the process. */
const PACKAGES_IN_FLIGHT = 3;

/** The archive is fed to the streaming unzipper in slices this size, so few files wait unscanned. */
const UNZIP_SLICE_BYTES = 256 * 1024;

const packagesInFlight = pLimit(PACKAGES_IN_FLIGHT);

/** One file of a package holding likely secrets; `path` is relative to the package's root. */
export interface FileSecrets {
  path: string;
  secrets: DetectedSecret[];
}

/** Why a package could not be scanned: the message says which step failed, for the ERROR finding. */
export class UnreadablePackageError extends Error {
  override readonly name = 'UnreadablePackage';
}

export interface PackageScanOptions {
  /** `secrets_ignore_patterns`: regular expressions of lines whose detections are dropped. */
  ignorePatterns: readonly string[];
  /** `secrets_ignore_files`: globs of package paths never scanned. */
  ignoreFiles: readonly string[];
  /** How long the download may take; DOWNLOAD_TIMEOUT_MS unless a test shortens it. */
  timeoutMs?: number;
}

/**
 * Downloads the zip at a presigned `location` and scans each of its files for secrets, returning
 * the files that hold some. Runs under a process-wide bound, so only a few packages are ever in
 * memory; the archive is dropped once scanned. Fails with UnreadablePackageError when the download
 * fails, times out or is too large, or the bytes are not a zip archive.
 */
export function scanPackageAt(location: string, options: PackageScanOptions): Promise<FileSecrets[]> {
  return packagesInFlight(async () => scanArchive(await download(location, options), options));
}

/** Refuses a package over the size cap before anything is requested for it. */
export function ensureScannableSize(bytes: number): void {
  if (bytes > MAX_PACKAGE_BYTES) throw new UnreadablePackageError(`the package is ${megabytes(bytes)}, over the ${megabytes(MAX_PACKAGE_BYTES)} scan limit`);
}

async function download(location: string, options: PackageScanOptions): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(location, { signal });
    if (!response.ok || !response.body) throw new UnreadablePackageError(`the download answered HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    ensureScannableSize(declared);
    return await readBounded(response.body);
  } catch (error) {
    if (error instanceof UnreadablePackageError) throw error;
    if (signal.aborted) throw new UnreadablePackageError(`the download timed out after ${timeoutMs / 1000} s`);
    throw new UnreadablePackageError(`the download failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The body's bytes, stopping as soon as they pass the cap (the listed size may have been stale). */
async function readBounded(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    total += next.value.byteLength;
    if (total > MAX_PACKAGE_BYTES) {
      await reader.cancel();
      ensureScannableSize(total);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Scans a zip entry by entry: the central directory is checked first (a truncated or foreign file
 * fails instead of passing as empty), then the archive streams through the unzipper a slice at a
 * time, and each file completed by a slice is scanned before the next slice is fed.
 */
export async function scanArchive(archive: Uint8Array, options: Pick<PackageScanOptions, 'ignorePatterns' | 'ignoreFiles'>): Promise<FileSecrets[]> {
  ensureWithinUnpackedLimit(archive);
  const ignoredFiles = options.ignoreFiles.map(globPattern);
  const completed: { path: string; text: string }[] = [];
  let unzipError: Error | undefined;
  const unzipper = new Unzip((file) => {
    if (file.name.endsWith('/') || ignoredFiles.some((pattern) => pattern.test(file.name))) return;
    const parts: Uint8Array[] = [];
    file.ondata = (error, data, final) => {
      if (error) {
        unzipError ??= error;
        return;
      }
      parts.push(data);
      // Prowler reads every file byte for byte as Latin-1, so binary files are scanned too.
      if (final) completed.push({ path: file.name, text: Buffer.concat(parts).toString('latin1') });
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  const found: FileSecrets[] = [];
  for (let offset = 0; offset < archive.length; offset += UNZIP_SLICE_BYTES) {
    unzipper.push(archive.subarray(offset, offset + UNZIP_SLICE_BYTES), offset + UNZIP_SLICE_BYTES >= archive.length);
    if (unzipError) throw new UnreadablePackageError(`the archive could not be unpacked: ${unzipError.message}`);
    for (const { path, text } of completed.splice(0)) {
      const secrets = await detectSecrets(text, options.ignorePatterns);
      if (secrets.length > 0) found.push({ path, secrets });
    }
  }
  return found;
}

function ensureWithinUnpackedLimit(archive: Uint8Array): void {
  let unpacked = 0;
  try {
    unzipSync(archive, {
      filter: (file) => {
        unpacked += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw new UnreadablePackageError(`not a zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
  if (unpacked > MAX_UNPACKED_BYTES) throw new UnreadablePackageError(`it unpacks to ${megabytes(unpacked)}, over Lambda's ${megabytes(MAX_UNPACKED_BYTES)} limit`);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

