import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchGetImageCommand, DescribeImagesCommand, DescribeRepositoriesCommand, ECRClient, GetDownloadUrlForLayerCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { create } from 'tar';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { inspectImage, PROWLER_IMAGE_SCAN_LIMITS, type ImageBlobSource } from '../../../src/services/ecr/image-inspection.js';
import { failureOf } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

// moto 5.2.1 stores images (PutImage, BatchGetImage, DescribeImages) but has no layer uploads or
// GetDownloadUrlForLayer, so image content is served here by a local HTTP server.
const ACCESS_KEY = ['AKIA', 'QYLPMN5HHHFPZAM2'].join('');
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const GZIP_LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const CONFIG = 'application/vnd.docker.container.image.v1+json';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] }, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (name: string) => `arn:aws:ecr:eu-west-1:${FIXTURE_ACCOUNT.id}:repository/${name}`;
const failure = (name: string) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 400 } });

/** A gzipped tar layer built with tar's own create API from files written to a scratch folder. */
async function gzippedLayer(files: Record<string, string>): Promise<Buffer> {
  const folder = mkdtempSync(join(tmpdir(), 'ecr-layer-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(folder, path, '..'), { recursive: true });
      writeFileSync(join(folder, path), content);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of create({ gzip: true, cwd: folder, portable: true }, Object.keys(files))) chunks.push(chunk);
    return Buffer.concat(chunks);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const imageConfig = JSON.stringify({
  config: { Env: ['PATH=/usr/bin', `AWS_ACCESS_KEY_ID=${ACCESS_KEY}`] },
  history: [{ created_by: 'COPY app /app' }, { empty_layer: true }, { created_by: `RUN aws configure set aws_access_key_id ${ACCESS_KEY}` }],
});

let server: Server;
let baseUrl = '';
const blobs = new Map<string, Buffer>();
const requested: string[] = [];

beforeAll(async () => {
  blobs.set('/config', Buffer.from(imageConfig));
  blobs.set('/clean-config', Buffer.from(JSON.stringify({ config: { Env: ['PATH=/usr/bin'] }, history: [] })));
  blobs.set(
    '/leaky-layer',
    await gzippedLayer({ 'app/settings.env': `REGION=eu-west-1\nKEY=${ACCESS_KEY}\n`, 'app/.wh.old.env': `KEY=${ACCESS_KEY}\n`, 'app/readme.txt': 'nothing here\n' }),
  );
  blobs.set('/clean-layer', await gzippedLayer({ 'etc/motd': 'welcome\n' }));
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    // /stall answers headers, then never finishes the body: only the timeout ends it.
    if (request.url === '/stall') {
      response.writeHead(200);
      response.write(Buffer.alloc(16));
      return;
    }
    const blob = blobs.get(request.url ?? '');
    if (!blob) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-length': blob.length }).end(blob);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const manifest = (config: string | null, layers: { digest: string; size?: number; mediaType?: string }[]) =>
  JSON.stringify({
    schemaVersion: 2,
    mediaType: DOCKER_MANIFEST,
    ...(config ? { config: { mediaType: CONFIG, digest: config, size: 100 } } : {}),
    layers: layers.map((layer) => ({ mediaType: GZIP_LAYER, size: 1000, ...layer })),
  });

describe('ECR image secrets collection', () => {
  const ecr = mockClient(ECRClient);
  afterEach(() => {
    ecr.reset();
    requested.length = 0;
  });
  afterAll(() => ecr.restore());

  const repositories = (...names: string[]) => ecr.on(DescribeRepositoriesCommand).resolves({ repositories: names.map((name) => ({ repositoryName: name, repositoryArn: arn(name) })) });
  const latest = (repositoryName: string, digest: string) =>
    ecr.on(DescribeImagesCommand, { repositoryName }).resolves({
      imageDetails: [
        { imageDigest: 'sha256:older', imageTags: ['old'], imagePushedAt: new Date('2026-01-01'), artifactMediaType: CONFIG },
        { imageDigest: digest, imageTags: ['v2', 'latest'], imagePushedAt: new Date('2026-02-01'), artifactMediaType: CONFIG },
        { imageDigest: 'sha256:chart', imageTags: ['chart'], imagePushedAt: new Date('2026-03-01'), artifactMediaType: 'application/vnd.cncf.helm.config.v1+json' },
      ],
    });
  const stored = (repositoryName: string, imageDigest: string, imageManifest: string, imageManifestMediaType = DOCKER_MANIFEST) =>
    ecr.on(BatchGetImageCommand, { repositoryName, imageIds: [{ imageDigest }] }).resolves({ images: [{ imageId: { imageDigest }, imageManifest, imageManifestMediaType }] });
  const served = (layerDigest: string, path: string) => ecr.on(GetDownloadUrlForLayerCommand, { layerDigest }).resolves({ layerDigest, downloadUrl: `${baseUrl}${path}` });

  it('scans the latest image: variables, build steps and layer files, skipping whiteouts, naming where each secret is', async () => {
    repositories('leaky');
    latest('leaky', 'sha256:leaky');
    stored('leaky', 'sha256:leaky', manifest('sha256:config', [{ digest: 'sha256:layer' }]));
    served('sha256:config', '/config');
    served('sha256:layer', '/leaky-layer');

    const loaded = await loadService(scope(), 'ecr', ['imageSecrets']);

    const { imageSecrets } = readFields(resourceAt(loaded.imageSecrets, arn('leaky')));
    expect(imageSecrets).toMatchObject({ digest: 'sha256:leaky', tag: 'v2', scan: { state: 'scanned', incomplete: false } });
    const places = imageSecrets?.scan.state === 'scanned' ? imageSecrets.scan.secrets.map((secret) => secret.place) : [];
    expect(places).toEqual(['environment variable AWS_ACCESS_KEY_ID', 'image history step 2', 'file app/settings.env (layer sha256:layer)']);
    expect(JSON.stringify(imageSecrets)).not.toContain(ACCESS_KEY);
    expect(ecr.commandCalls(BatchGetImageCommand)).toHaveLength(1);
  });

  it('resolves a multi-arch image to linux/amd64, past attestations, and marks the other platforms unscanned', async () => {
    repositories('multi');
    latest('multi', 'sha256:index');
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { digest: 'sha256:attestation', platform: { architecture: 'unknown', os: 'unknown' } },
        { digest: 'sha256:arm', platform: { architecture: 'arm64', os: 'linux' } },
        { digest: 'sha256:amd', platform: { architecture: 'amd64', os: 'linux' } },
      ],
    });
    stored('multi', 'sha256:index', index, 'application/vnd.oci.image.index.v1+json');
    stored('multi', 'sha256:amd', manifest('sha256:clean-config', [{ digest: 'sha256:clean' }]));
    served('sha256:clean-config', '/clean-config');
    served('sha256:clean', '/clean-layer');

    const loaded = await loadService(scope(), 'ecr', ['imageSecrets']);

    expect(readFields(resourceAt(loaded.imageSecrets, arn('multi'))).imageSecrets?.scan).toEqual({ state: 'scanned', secrets: [], incomplete: true });
    expect(ecr.commandCalls(BatchGetImageCommand).map((call) => call.args[0].input.imageIds?.[0]?.imageDigest)).toEqual(['sha256:index', 'sha256:amd']);
  });

  it('leaves oversized and zstd layers undownloaded and an image ECR cannot return unresolved', async () => {
    repositories('huge', 'gone', 'empty');
    latest('huge', 'sha256:huge');
    stored(
      'huge',
      'sha256:huge',
      manifest(null, [
        { digest: 'sha256:big', size: PROWLER_IMAGE_SCAN_LIMITS.layerBytes + 1 },
        { digest: 'sha256:zstd', mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd' },
        { digest: 'sha256:clean' },
      ]),
    );
    served('sha256:clean', '/clean-layer');
    latest('gone', 'sha256:gone');
    ecr.on(BatchGetImageCommand, { repositoryName: 'gone' }).resolves({ images: [], failures: [{ imageId: { imageDigest: 'sha256:gone' }, failureCode: 'ImageNotFound' }] });
    ecr.on(DescribeImagesCommand, { repositoryName: 'empty' }).resolves({ imageDetails: [] });

    const loaded = await loadService(scope(), 'ecr', ['imageSecrets']);

    expect(readFields(resourceAt(loaded.imageSecrets, arn('huge'))).imageSecrets?.scan).toEqual({ state: 'scanned', secrets: [], incomplete: true });
    expect(ecr.commandCalls(GetDownloadUrlForLayerCommand).map((call) => call.args[0].input.layerDigest)).toEqual(['sha256:clean']);
    expect(readFields(resourceAt(loaded.imageSecrets, arn('gone'))).imageSecrets?.scan).toEqual({ state: 'unresolved' });
    expect(readFields(resourceAt(loaded.imageSecrets, arn('empty'))).imageSecrets).toBeNull();
  });

  it('records a denied call as unread data naming it', async () => {
    repositories('no-manifest', 'no-layer', 'no-images');
    latest('no-manifest', 'sha256:a');
    ecr.on(BatchGetImageCommand, { repositoryName: 'no-manifest' }).rejects(failure('AccessDeniedException'));
    latest('no-layer', 'sha256:b');
    stored('no-layer', 'sha256:b', manifest(null, [{ digest: 'sha256:denied' }]));
    ecr.on(GetDownloadUrlForLayerCommand).rejects(failure('AccessDeniedException'));
    ecr.on(DescribeImagesCommand, { repositoryName: 'no-images' }).rejects(failure('AccessDeniedException'));

    const loaded = await loadService(scope(), 'ecr', ['imageSecrets']);

    const operationFor = (name: string) => failureOf(resourceAt(loaded.imageSecrets, arn(name)).imageSecrets)?.operation;
    expect([operationFor('no-manifest'), operationFor('no-layer'), operationFor('no-images')]).toEqual(['BatchGetImage', 'GetDownloadUrlForLayer', 'DescribeImages']);
  });
});

describe('inspectImage bounds', () => {
  const source = (imageManifest: string, urls: Record<string, string>): ImageBlobSource => ({
    manifest: () => Promise.resolve({ text: imageManifest, mediaType: DOCKER_MANIFEST }),
    blobUrl: (digest) => Promise.resolve(urls[digest] ? `${baseUrl}${urls[digest]}` : null),
  });

  it('gives up on a download that stalls past the timeout, and keeps scanning the next layer', async () => {
    const image = source(manifest(null, [{ digest: 'sha256:stall' }, { digest: 'sha256:leaky' }]), { 'sha256:stall': '/stall', 'sha256:leaky': '/leaky-layer' });

    const started = Date.now();
    const scan = await inspectImage(image, 'sha256:x', { ignorePatterns: [], timeoutMs: 300 });

    expect(Date.now() - started).toBeLessThan(5000);
    expect(scan).toMatchObject({ state: 'scanned', incomplete: true, secrets: [{ kind: 'AWS access key', place: 'file app/settings.env (layer sha256:leaky)' }] });
  });

  it('stops a layer that streams more than the layer limit although its manifest declared less', async () => {
    const image = source(manifest(null, [{ digest: 'sha256:leaky', size: 10 }]), { 'sha256:leaky': '/leaky-layer' });

    const scan = await inspectImage(image, 'sha256:x', { ignorePatterns: [], limits: { ...PROWLER_IMAGE_SCAN_LIMITS, layerBytes: 64 } });

    expect(scan).toEqual({ state: 'scanned', secrets: [], incomplete: true });
  });

  it('skips files over the file limit and stops at the image byte budget', async () => {
    const image = source(manifest(null, [{ digest: 'sha256:leaky' }]), { 'sha256:leaky': '/leaky-layer' });

    const smallFiles = await inspectImage(image, 'sha256:x', { ignorePatterns: [], limits: { ...PROWLER_IMAGE_SCAN_LIMITS, fileBytes: 20 } });
    const smallBudget = await inspectImage(image, 'sha256:x', { ignorePatterns: [], limits: { ...PROWLER_IMAGE_SCAN_LIMITS, decompressedBytesPerImage: 100 } });

    expect(smallFiles).toEqual({ state: 'scanned', secrets: [], incomplete: true });
    expect(smallBudget).toEqual({ state: 'scanned', secrets: [], incomplete: true });
  });

  it('drops detections on lines matching secrets_ignore_patterns', async () => {
    const image = source(manifest(null, [{ digest: 'sha256:leaky' }]), { 'sha256:leaky': '/leaky-layer' });

    expect(await inspectImage(image, 'sha256:x', { ignorePatterns: ['^KEY='] })).toEqual({ state: 'scanned', secrets: [], incomplete: false });
  });

  it('marks a configuration that cannot be downloaded as unscanned rather than clean', async () => {
    const image = source(manifest('sha256:missing', [{ digest: 'sha256:clean' }]), { 'sha256:missing': '/not-there', 'sha256:clean': '/clean-layer' });

    expect(await inspectImage(image, 'sha256:x', { ignorePatterns: [] })).toEqual({ state: 'scanned', secrets: [], incomplete: true });
  });
});
