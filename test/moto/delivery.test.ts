import { CreateBucketCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uploadOutputs, type UploadRequest } from '../../src/delivery/s3.js';
import { credentialsUsedLongerThan, startAwsProxy } from '../../scripts/aws-proxy.js';
import { ExitCode, ScannerError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { sharedRefreshingCredentials } from '../../src/provider/credentials.js';
import { captureLog } from '../unit/delivery/capture-log.js';
import { motoEndpoint, resetMoto, seedConfig } from '../helpers/moto.js';

const NAME = 'acme-2026q1';
const MOTO_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const temporaryDirectories: string[] = [];

async function temporaryDirectory(purpose: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), `delivery-${purpose}-`));
  temporaryDirectories.push(directory);
  return directory;
}

/** Three outputs as the writers name them, with content that tells them apart (and a non-ASCII byte). */
async function writeOutputs(): Promise<{ directory: string; files: string[] }> {
  const directory = await temporaryDirectory('outputs');
  const contents = {
    [`${NAME}.csv`]: 'CHECK_ID;STATUS\ns3_bucket_default_encryption;FAIL\n',
    [`${NAME}.ocsf.json`]: '[{"status_code":"FAIL","message":"Zürich"}]',
    [`${NAME}.html`]: '<!doctype html><title>Acme</title><p>report</p>',
  };
  const files = await Promise.all(
    Object.entries(contents).map(async ([name, content]) => {
      await writeFile(join(directory, name), content);
      return join(directory, name);
    }),
  );
  return { directory, files };
}

/** The consultant's bucket, in another region than the one the uploader starts from. */
async function createBucket(): Promise<S3Client> {
  const s3 = new S3Client(seedConfig('eu-west-1'));
  await s3.send(
    new CreateBucketCommand({ Bucket: 'consultant-reports', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }),
  );
  return s3;
}

function request(files: string[], extra: Partial<UploadRequest> = {}): UploadRequest {
  return {
    target: { bucket: 'consultant-reports', prefix: 'customers/acme' },
    files,
    bundleName: NAME,
    credentials: () => Promise.resolve(MOTO_CREDENTIALS),
    region: 'us-east-1',
    endpoint: motoEndpoint(),
    expiresInSeconds: 3600,
    log: silentLogger,
    ...extra,
  };
}

async function bundleDirectories(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((entry) => entry.startsWith('scanner-bundle-'));
}

describe('uploadOutputs against moto', () => {
  // A temporary folder of this file's own (os.tmpdir() follows TMPDIR): scans in other workers
  // stage bundles at the same time, and must not look like a bundle this upload left behind.
  const sharedTmpdir = process.env.TMPDIR;
  beforeEach(async () => {
    await resetMoto();
    const own = await mkdtemp(join(tmpdir(), 'delivery-tmp-'));
    process.env.TMPDIR = own;
    temporaryDirectories.push(own);
  });
  afterEach(async () => {
    if (sharedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = sharedTmpdir;
    await Promise.all(temporaryDirectories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
  });

  it('uploads every output and a bundle under <prefix>/<name>/, encrypted, with working presigned URLs', async () => {
    const s3 = await createBucket();
    const { directory, files } = await writeOutputs();
    const before = await bundleDirectories();

    const delivery = await uploadOutputs(request(files));

    const prefix = `customers/acme/${NAME}`;
    expect(delivery.region).toBe('eu-west-1');
    expect(delivery.folder).toBe(`s3://consultant-reports/${prefix}/`);
    expect(delivery.objects).toEqual(files.map((file) => ({ file, key: `${prefix}/${file.slice(directory.length + 1)}` })));
    expect(delivery.bundle.key).toBe(`${prefix}/${NAME}.tar.gz`);
    expect(delivery.html?.key).toBe(`${prefix}/${NAME}.html`);

    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'consultant-reports' }));
    expect(listed.Contents?.map((object) => object.Key).sort()).toEqual(
      [`${NAME}.csv`, `${NAME}.html`, `${NAME}.ocsf.json`, `${NAME}.tar.gz`].map((name) => `${prefix}/${name}`),
    );
    for (const key of listed.Contents!.map((object) => object.Key!)) {
      const head = await s3.send(new HeadObjectCommand({ Bucket: 'consultant-reports', Key: key }));
      expect(head.ServerSideEncryption, key).toBe('AES256');
    }
    const html = await s3.send(new HeadObjectCommand({ Bucket: 'consultant-reports', Key: delivery.html!.key }));
    expect(html.ContentType).toBe('text/html; charset=utf-8');

    // Signed for the bucket's region, not the region the client started from.
    expect(new URL(delivery.html!.url).searchParams.get('X-Amz-Credential')).toMatch(/\/eu-west-1\/s3\/aws4_request$/);
    expect(new URL(delivery.bundle.url).searchParams.get('X-Amz-Expires')).toBe('3600');
    expect(new URL(delivery.bundle.url).searchParams.has('x-amz-checksum-mode')).toBe(false);
    const report = await fetch(delivery.html!.url);
    expect(report.status).toBe(200);
    expect(await report.text()).toBe(await readFile(files[2]!, 'utf8'));

    const bundle = await fetch(delivery.bundle.url);
    expect(bundle.status).toBe(200);
    const unpacked = await temporaryDirectory('unpacked');
    await writeFile(join(unpacked, 'bundle.tar.gz'), Buffer.from(await bundle.arrayBuffer()));
    await extract({ file: join(unpacked, 'bundle.tar.gz'), cwd: unpacked });
    expect((await readdir(join(unpacked, NAME))).sort()).toEqual([`${NAME}.csv`, `${NAME}.html`, `${NAME}.ocsf.json`]);
    for (const file of files) {
      const name = file.slice(directory.length + 1);
      expect(await readFile(join(unpacked, NAME, name))).toEqual(await readFile(file));
    }

    // The local outputs stay; the staging directory of the bundle does not.
    expect(files.every((file) => existsSync(file))).toBe(true);
    expect(await bundleDirectories()).toEqual(before);
  });

  it('puts the scan folder at the top of the bucket when there is no prefix, and presigns no HTML when there is none', async () => {
    await createBucket();
    const { files } = await writeOutputs();
    const withoutHtml = files.filter((file) => !file.endsWith('.html'));

    const delivery = await uploadOutputs(request(withoutHtml, { target: { bucket: 'consultant-reports', prefix: '' } }));

    expect(delivery.folder).toBe(`s3://consultant-reports/${NAME}/`);
    expect(delivery.bundle.key).toBe(`${NAME}/${NAME}.tar.gz`);
    expect(delivery.objects.map((object) => object.key)).toEqual([`${NAME}/${NAME}.csv`, `${NAME}/${NAME}.ocsf.json`]);
    expect(delivery.html).toBeUndefined();
  });

  it('shortens the URLs to the life of temporary credentials, and says so', async () => {
    await createBucket();
    const { files } = await writeOutputs();
    const { log, entries } = captureLog();
    const expiration = new Date(Date.now() + 20 * 60 * 1000);

    const delivery = await uploadOutputs(
      request(files, {
        credentials: () => Promise.resolve({ ...MOTO_CREDENTIALS, sessionToken: 'testing', expiration }),
        expiresInSeconds: 7 * 24 * 3600,
        log,
      }),
    );

    const expires = Number(new URL(delivery.bundle.url).searchParams.get('X-Amz-Expires'));
    expect(expires).toBeGreaterThan(19 * 60);
    expect(expires).toBeLessThanOrEqual(20 * 60);
    expect(Math.abs(delivery.expiresAt.getTime() - expiration.getTime())).toBeLessThan(2000);
    expect(entries.filter((entry) => entry.level === 'warn').map((entry) => entry.msg)).toEqual([
      expect.stringContaining('expire early'),
    ]);
  });

  it('lands 250 outputs while every key is rejected 50 ms after its first use', async () => {
    // Hours of renewals compressed into seconds, as in the runner's long-scan test: each key stops
    // working soon after S3 first sees it. A PutObject is signed before it waits for a socket, so
    // with every upload started at once, those queued behind five rounds of others are rejected
    // more often than a call may renew.
    const s3 = await createBucket();
    const directory = await temporaryDirectory('many');
    const files = await Promise.all(
      Array.from({ length: 250 }, async (_, index) => {
        const file = join(directory, `${NAME}_framework_${index}.csv`);
        await writeFile(file, `REQUIREMENT;STATUS\n${index};PASS\n`);
        return file;
      }),
    );
    const expired = credentialsUsedLongerThan(50);
    const proxy = await startAwsProxy({ upstream: motoEndpoint(), latencyMs: 40, decide: (call) => (expired(call) ? { fault: 'expired' } : 'forward') });
    let issued = 0;
    const credentials = sharedRefreshingCredentials(() => Promise.resolve({ ...MOTO_CREDENTIALS, accessKeyId: `ASIAKEY${++issued}`, sessionToken: 'testing' }));
    try {
      const delivery = await uploadOutputs(request(files, { credentials, endpoint: proxy.endpoint }));
      expect(delivery.objects).toHaveLength(files.length);
    } finally {
      await proxy.close();
    }
    expect(issued, 'keys used: the test must make the upload renew').toBeGreaterThan(2);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'consultant-reports' }));
    expect(listed.KeyCount).toBe(files.length + 1);
  });

  it('fails with one line naming the bucket and the S3 error when the bucket does not exist', async () => {
    const { files } = await writeOutputs();
    const before = await bundleDirectories();

    const failure = await uploadOutputs(request(files, { target: { bucket: 'no-such-bucket', prefix: 'acme' } })).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(ScannerError);
    expect((failure as ScannerError).exitCode).toBe(ExitCode.runtimeFailure);
    expect((failure as ScannerError).message).toMatch(
      /^cannot upload the outputs to s3:\/\/no-such-bucket\/acme: NoSuchBucket: .+\. The local outputs are intact\.$/,
    );
    expect((failure as ScannerError).message).not.toContain('\n');
    expect(files.every((file) => existsSync(file))).toBe(true);
    expect(await bundleDirectories()).toEqual(before);
  });
});
