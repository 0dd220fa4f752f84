import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import pLimit from 'p-limit';
import { Parser, type ReadEntry } from 'tar';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';

/**
 * How much of an image is read, with Prowler's built-in limits (constants in Prowler too, not
 * config keys): what lies beyond them is left unscanned and the scan is marked incomplete.
 */
export interface ImageScanLimits {
  /** Compressed bytes of one layer: refused from the manifest's size, and cut off while streaming. */
  layerBytes: number;
  /** One file (and the image configuration): larger ones are not scanned. */
  fileBytes: number;
  /** Files scanned in one image, over all its layers. */
  filesPerImage: number;
  /** Decompressed bytes read in one image, over all its layers. */
  decompressedBytesPerImage: number;
}

const MEBIBYTE = 1024 * 1024;

export const PROWLER_IMAGE_SCAN_LIMITS: ImageScanLimits = {
  layerBytes: 100 * MEBIBYTE,
  fileBytes: MEBIBYTE,
  filesPerImage: 5000,
  decompressedBytesPerImage: 500 * MEBIBYTE,
};

/**
 * How long one blob download may take in all. Prowler allows 30 s between two reads; a total
 * bound must leave room for a 100 MiB layer, yet still end a stalled download.
 */
export const BLOB_DOWNLOAD_TIMEOUT_MS = 120_000;

/** Images inspected at once across the process (Prowler's image-scan pool is 4 wide); each holds one layer stream. */
const IMAGES_IN_FLIGHT = 4;
const imagesInFlight = pLimit(IMAGES_IN_FLIGHT);

/**
 * ECR's two reads of an image's content. Each throws when the call fails (the caller's
 * ERROR) and answers null when ECR has no such image or blob (an unscannable image).
 */
export interface ImageBlobSource {
  /** BatchGetImage: the manifest's text and the media type ECR stored it with. */
  manifest(digest: string): Promise<{ text: string; mediaType: string | undefined } | null>;
  /** GetDownloadUrlForLayer: a presigned URL of a layer or configuration blob. */
  blobUrl(digest: string): Promise<string | null>;
}

/** One likely secret: its kind and where it sits ("environment variable API_KEY"), never its value. */
export interface ImageSecret {
  kind: string;
  place: string;
}

/**
 * An image's scan: `unresolved` when no single image manifest could be found to scan; otherwise
 * what was found, and whether part of the image went unscanned (another platform of a multi-arch
 * image, a layer over the limits or not downloadable, a zstd layer, a configuration unread).
 */
export type ImageSecretScan = { state: 'unresolved' } | { state: 'scanned'; secrets: ImageSecret[]; incomplete: boolean };

export interface ImageScanOptions {
  /** `secrets_ignore_patterns`. */
  ignorePatterns: readonly string[];
  /** BLOB_DOWNLOAD_TIMEOUT_MS unless a test shortens it. */
  timeoutMs?: number;
  /** PROWLER_IMAGE_SCAN_LIMITS unless a test lowers them. */
  limits?: ImageScanLimits;
}

const MANIFEST_LIST_MEDIA_TYPES = new Set(['application/vnd.docker.distribution.manifest.list.v2+json', 'application/vnd.oci.image.index.v1+json']);

const ManifestSchema = z.object({
  mediaType: z.string().nullish(),
  config: z.object({ digest: z.string().nullish() }).passthrough().nullish(),
  layers: z.array(z.object({ digest: z.string(), size: z.number().nullish(), mediaType: z.string().nullish() })).nullish(),
  manifests: z
    .array(
      z.object({
        digest: z.string().nullish(),
        platform: z.object({ architecture: z.string().nullish(), os: z.string().nullish() }).nullish(),
        annotations: z.record(z.string(), z.string()).nullish(),
      }),
    )
    .nullish(),
});

type Manifest = z.infer<typeof ManifestSchema>;
type Layer = NonNullable<Manifest['layers']>[number];

const ImageConfigSchema = z.object({
  config: z.object({ Env: z.array(z.string()).nullish() }).passthrough().optional(),
  history: z.array(z.object({ created_by: z.string().nullish() }).passthrough()).optional(),
});

/** Environment variable names safe to repeat in a finding; an entry without one may be the secret itself. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Tar entry types Python's tarfile calls regular files, the only ones Prowler reads. */
const REGULAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/**
 * Scans the image `digest` for secrets: its manifest resolved to one platform (linux/amd64 when
 * the image has it), its configuration's environment and build history, and every file of every
 * layer, streamed one layer at a time and scanned file by file, so that neither a whole layer
 * nor its unpacked files are ever held.
 */
export function inspectImage(source: ImageBlobSource, digest: string, options: ImageScanOptions): Promise<ImageSecretScan> {
  return imagesInFlight(async () => {
    const resolved = await resolveManifest(source, digest);
    if (!resolved) return { state: 'unresolved' };
    const scan = new ImageScan(source, options, resolved.incomplete);
    await scan.configuration(resolved.manifest.config?.digest ?? null);
    await scan.layers(resolved.manifest.layers ?? []);
    return { state: 'scanned', secrets: scan.secrets, incomplete: scan.incomplete };
  });
}

async function resolveManifest(source: ImageBlobSource, digest: string): Promise<{ manifest: Manifest; incomplete: boolean } | null> {
  const top = await readManifest(source, digest);
  if (!top) return null;
  let manifest = top.manifest;
  // Only one platform of a multi-arch image is scanned, so the others stay unchecked.
  const incomplete = MANIFEST_LIST_MEDIA_TYPES.has(top.mediaType);
  if (incomplete) {
    const platformDigest = platformManifestDigest(manifest);
    const platform = platformDigest ? await readManifest(source, platformDigest) : null;
    if (!platform) return null;
    manifest = platform.manifest;
  }
  // A nested index or another artifact shape has nothing to scan.
  if (!manifest.config && !manifest.layers?.length) return null;
  return { manifest, incomplete };
}

async function readManifest(source: ImageBlobSource, digest: string): Promise<{ manifest: Manifest; mediaType: string } | null> {
  const stored = await source.manifest(digest);
  if (!stored) return null;
  let manifest: Manifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(stored.text));
  } catch {
    return null;
  }
  return { manifest, mediaType: manifest.mediaType || stored.mediaType || '' };
}

/** linux/amd64 when listed, else the first entry that is an image rather than an attestation. */
function platformManifestDigest(index: Manifest): string | null {
  const images = (index.manifests ?? []).filter(
    (entry) =>
      entry.platform?.architecture !== 'unknown' && entry.platform?.os !== 'unknown' && entry.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest',
  );
  const preferred = images.find((entry) => entry.platform?.architecture === 'amd64' && entry.platform.os === 'linux') ?? images[0];
  return preferred?.digest ?? null;
}

/** The scan stopped for the whole image: its file count or decompressed-byte budget is spent. */
class ImageBudgetSpent extends Error {}

/** One layer could not be read to its end; the scan goes on with the next. */
class LayerUnreadable extends Error {}

class ImageScan {
  readonly secrets: ImageSecret[] = [];
  private filesRead = 0;
  private decompressedBytes = 0;
  private readonly limits: ImageScanLimits;
  private readonly timeoutMs: number;

  constructor(
    private readonly source: ImageBlobSource,
    private readonly options: ImageScanOptions,
    public incomplete: boolean,
  ) {
    this.limits = options.limits ?? PROWLER_IMAGE_SCAN_LIMITS;
    this.timeoutMs = options.timeoutMs ?? BLOB_DOWNLOAD_TIMEOUT_MS;
  }

  /** Environment entries and build steps, each scanned on its own so a finding can name it. */
  async configuration(digest: string | null): Promise<void> {
    if (!digest) return;
    const parsed = ImageConfigSchema.safeParse(parseJson(await this.downloadSmallBlob(digest)));
    // An unread configuration would look like one without variables or history.
    if (!parsed.success) {
      this.incomplete = true;
      return;
    }
    for (const entry of parsed.data.config?.Env ?? []) {
      const name = entry.includes('=') ? entry.slice(0, entry.indexOf('=')) : '';
      await this.scanText(entry, VARIABLE_NAME.test(name) ? `environment variable ${name}` : 'image environment variables');
    }
    const steps = (parsed.data.history ?? []).flatMap((step) => (step.created_by ? [step.created_by] : []));
    for (const [index, step] of steps.entries()) await this.scanText(step, `image history step ${index + 1}`);
  }

  async layers(layers: readonly Layer[]): Promise<void> {
    for (const layer of layers) {
      if (this.filesRead >= this.limits.filesPerImage || this.decompressedBytes >= this.limits.decompressedBytesPerImage) {
        this.incomplete = true;
        return;
      }
      try {
        await this.layer(layer);
      } catch (error) {
        if (!(error instanceof ImageBudgetSpent || error instanceof LayerUnreadable)) throw error;
        this.incomplete = true;
        if (error instanceof ImageBudgetSpent) return;
      }
    }
  }

  private async layer(layer: Layer): Promise<void> {
    const mediaType = layer.mediaType ?? '';
    // Node 20 has no zstd decompressor: such layers stay unscanned, as do unknown layer formats.
    const gzipped = mediaType.endsWith('gzip');
    if ((!gzipped && !mediaType.endsWith('tar')) || (layer.size ?? 0) > this.limits.layerBytes) throw new LayerUnreadable();
    const url = await this.source.blobUrl(layer.digest);
    if (!url) throw new LayerUnreadable();
    const body = await this.open(url, this.limits.layerBytes);
    try {
      await pipeline(Readable.fromWeb(body), capped(this.limits.layerBytes), gzipped ? createGunzip() : new PassThrough(), (tar: AsyncIterable<Buffer>) =>
        this.scanTar(tar, layer.digest),
      );
    } catch (error) {
      throw error instanceof ImageBudgetSpent || error instanceof LayerUnreadable ? error : new LayerUnreadable();
    }
  }

  /** Feeds the tar parser a chunk at a time and scans each file the chunk completed before the next. */
  private async scanTar(tar: AsyncIterable<Buffer>, layerDigest: string): Promise<void> {
    const completed: { path: string; text: string }[] = [];
    let damaged = false;
    let filesSkipped = false;
    let fileLimitReached = false;
    const parser = new Parser({
      onwarn: () => {
        damaged = true;
      },
      onReadEntry: (entry: ReadEntry) => {
        if (this.filesRead >= this.limits.filesPerImage) fileLimitReached = true;
        // `.wh.` files are the union filesystem's record of a deletion, not content.
        const isFile = REGULAR_FILE_TYPES.has(entry.type) && !baseName(entry.path).startsWith('.wh.');
        const tooLarge = isFile && entry.size > this.limits.fileBytes;
        if (tooLarge) filesSkipped = true;
        if (fileLimitReached || !isFile || tooLarge) {
          // The parser waits for every entry's body to be consumed, read or not.
          entry.resume();
          return;
        }
        this.filesRead++;
        const parts: Buffer[] = [];
        entry.on('data', (part: Buffer) => parts.push(part));
        // Prowler reads files as Latin-1, so binary files are scanned too.
        entry.on('end', () => completed.push({ path: entry.path, text: Buffer.concat(parts).toString('latin1') }));
      },
    });
    const scanCompleted = async () => {
      for (const file of completed.splice(0)) await this.scanText(file.text, `file ${file.path} (layer ${layerDigest})`);
      if (fileLimitReached) throw new ImageBudgetSpent();
      if (damaged) throw new LayerUnreadable();
    };
    for await (const chunk of tar) {
      this.decompressedBytes += chunk.length;
      if (this.decompressedBytes > this.limits.decompressedBytesPerImage) throw new ImageBudgetSpent();
      parser.write(chunk);
      await scanCompleted();
    }
    await new Promise<void>((resolve) => parser.end(resolve));
    await scanCompleted();
    if (filesSkipped) this.incomplete = true;
  }

  /** A blob's whole body when it fits in a file's limit; null when it cannot be had. */
  private async downloadSmallBlob(digest: string): Promise<Buffer | null> {
    const url = await this.source.blobUrl(digest);
    if (!url) return null;
    try {
      const chunks: Buffer[] = [];
      await pipeline(Readable.fromWeb(await this.open(url, this.limits.fileBytes)), capped(this.limits.fileBytes), async (blob: AsyncIterable<Buffer>) => {
        for await (const chunk of blob) chunks.push(chunk);
      });
      return Buffer.concat(chunks);
    } catch {
      return null;
    }
  }

  /** The body of a presigned download; redirects are not followed, as Prowler follows none. */
  private async open(url: string, maxBytes: number): Promise<NodeReadableStream<Uint8Array>> {
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs), redirect: 'manual' });
    } catch {
      throw new LayerUnreadable();
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (!response.ok || !response.body || declared > maxBytes) {
      await response.body?.cancel();
      throw new LayerUnreadable();
    }
    return response.body as NodeReadableStream<Uint8Array>;
  }

  private async scanText(text: string, place: string): Promise<void> {
    for (const secret of await detectSecrets(text, this.options.ignorePatterns)) this.secrets.push({ kind: secret.kind, place });
  }
}

/** Passes bytes on until more than `maxBytes` have come, a manifest's declared size notwithstanding. */
function capped(maxBytes: number): (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> {
  return async function* (source) {
    let total = 0;
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) throw new LayerUnreadable();
      yield chunk;
    }
  };
}

function parseJson(bytes: Buffer | null): unknown {
  if (!bytes) return null;
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
