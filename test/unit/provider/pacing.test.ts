import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeInstancesCommand, DescribeSnapshotsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListRolesCommand } from '@aws-sdk/client-iam';
import { DescribeKeyCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetBucketPolicyCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { Pacer, TokenBucket } from '../../../src/provider/pacing.js';
import { bucketOf, type MeteredCall } from '../../../src/provider/rate-table.js';

describe('bucketOf', () => {
  const cases: Array<[string, MeteredCall, string, number, number]> = [
    ['EC2 paginated Describe: per region and action', { service: 'EC2', region: 'eu-west-1', operation: 'DescribeInstances', input: { MaxResults: 1000 } }, 'ec2/eu-west-1/DescribeInstances', 100, 20],
    ['EC2 unfiltered, unpaginated Describe: the smaller bucket', { service: 'EC2', region: 'eu-west-1', operation: 'DescribeInstances', input: {} }, 'ec2/eu-west-1/DescribeInstances/unfiltered', 50, 10],
    ['EC2 Describe filtered by owner IDs', { service: 'EC2', region: 'us-east-1', operation: 'DescribeSnapshots', input: { OwnerIds: ['self'] } }, 'ec2/us-east-1/DescribeSnapshots', 100, 20],
    ['EC2 action without a smaller bucket', { service: 'EC2', region: 'us-east-1', operation: 'DescribeVpcs', input: {} }, 'ec2/us-east-1/DescribeVpcs', 100, 20],
    ['CloudTrail: one bucket per region', { service: 'CloudTrail', region: 'us-east-1', operation: 'DescribeTrails' }, 'cloudtrail/us-east-1', 10, 10],
    ['CloudTrail LookupEvents: its own 2/s', { service: 'CloudTrail', region: 'us-east-1', operation: 'LookupEvents' }, 'cloudtrail/us-east-1/LookupEvents', 2, 2],
    ['KMS published rate, per action', { service: 'KMS', region: 'eu-west-1', operation: 'DescribeKey' }, 'kms/eu-west-1/DescribeKey', 2000, 2000],
    ['KMS action without a published rate', { service: 'KMS', region: 'eu-west-1', operation: 'ListResourceTags' }, 'kms/eu-west-1/ListResourceTags', 50, 50],
    ['IAM: account-wide, whatever the region', { service: 'IAM', region: 'eu-west-1', operation: 'ListRoles' }, 'iam', 20, 10],
    ['STS: account-wide', { service: 'STS', region: 'us-east-1', operation: 'GetCallerIdentity' }, 'sts', 20, 10],
    ['S3: per bucket', { service: 'S3', region: 'us-east-1', operation: 'GetBucketPolicy', input: { Bucket: 'logs' } }, 's3/logs', 20, 10],
    ['S3 ListBuckets: the account', { service: 'S3', region: 'us-east-1', operation: 'ListBuckets', input: {} }, 's3', 10, 5],
    ['another service: per region and action', { service: 'Lambda', region: 'us-east-1', operation: 'ListFunctions' }, 'lambda/us-east-1/ListFunctions', 20, 10],
  ];
  it.each(cases)('%s', (_label, call, key, capacity, refillPerSecond) => {
    expect(bucketOf(call)).toMatchObject({ key, capacity, refillPerSecond });
  });
});

describe('TokenBucket', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets the burst through, then makes each call wait for its token', async () => {
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 1 });
    expect(await bucket.take()).toBe(false);
    expect(await bucket.take()).toBe(false);
    let third: boolean | undefined;
    void bucket.take().then((waited) => (third = waited));
    await vi.advanceTimersByTimeAsync(900);
    expect(third).toBeUndefined();
    await vi.advanceTimersByTimeAsync(100);
    expect(third).toBe(true);
  });

  it('sends a retry before the first attempts queued ahead of it', async () => {
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 10 });
    await bucket.take();
    const order: string[] = [];
    const queued = ['first', 'second'].map((name) => bucket.take().then(() => order.push(name)));
    const retried = bucket.take(true).then(() => order.push('retry'));
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['retry']);
    await vi.advanceTimersByTimeAsync(200);
    await Promise.all([...queued, retried]);
    expect(order).toEqual(['retry', 'first', 'second']);
  });

  it('after a throttle refills at half its rate, and recovers with successes', async () => {
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 10 });
    await bucket.take();
    bucket.throttled();
    expect(bucket.currentRate).toBe(5);
    let released = false;
    void bucket.take().then(() => (released = true));
    await vi.advanceTimersByTimeAsync(150);
    expect(released).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(released).toBe(true);
    for (let i = 0; i < 20; i++) bucket.succeeded();
    expect(bucket.currentRate).toBe(10);
  });
});

const throttle = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });

describe('Pacer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds a call until its bucket has a token, and counts it as paced', async () => {
    const pacer = new Pacer();
    const call = { service: 'CloudTrail', region: 'us-east-1', operation: 'LookupEvents' };
    const sent: number[] = [];
    const calls = [1, 2, 3].map((n) => pacer.send(call, 1, () => Promise.resolve(sent.push(n))));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(500);
    await Promise.all(calls);
    expect(sent).toEqual([1, 2, 3]);
    expect(pacer.counts).toMatchObject({ sent: 3, paced: 1, throttled: 0 });
  });

  it('a throttle slows only the bucket it came from', async () => {
    const pacer = new Pacer();
    const throttled = { service: 'EC2', region: 'us-east-1', operation: 'DescribeSnapshotAttribute' };
    const neighbour = { service: 'EC2', region: 'us-east-1', operation: 'DescribeImages' };
    await expect(pacer.send(throttled, 1, () => Promise.reject(throttle()))).rejects.toThrow('Rate exceeded');
    let retried = false;
    let neighbourSent = false;
    void pacer.send(throttled, 2, () => Promise.resolve((retried = true)));
    void pacer.send(neighbour, 1, () => Promise.resolve((neighbourSent = true)));
    await vi.advanceTimersByTimeAsync(0);
    expect(neighbourSent).toBe(true);
    expect(retried).toBe(false);
    // Emptied and refilling at 10/s instead of 20/s: the retry's token comes after 100 ms, not 50.
    await vi.advanceTimersByTimeAsync(60);
    expect(retried).toBe(false);
    await vi.advanceTimersByTimeAsync(40);
    expect(retried).toBe(true);
    expect(pacer.counts).toMatchObject({ throttled: 1, retried: 1 });
    expect(pacer.bucketUse().get('ec2/us-east-1/DescribeSnapshotAttribute')).toMatchObject({ sent: 2, throttled: 1 });
  });

  it('an answer that is not a throttle brings a slowed bucket back, as a success does', async () => {
    const pacer = new Pacer();
    const call = { service: 'IAM', region: 'us-east-1', operation: 'GenerateServiceLastAccessedDetails' };
    const serverError = () => Object.assign(new Error('Internal failure'), { name: 'InternalFailure', $metadata: { httpStatusCode: 500 } });
    const timedOut = () => Object.assign(new Error('no answer'), { name: 'TimeoutError' });
    await expect(pacer.send(call, 1, () => Promise.reject(throttle()))).rejects.toThrow('Rate exceeded');
    const rate = () => pacer.bucketUse().get('iam')!.currentRate;
    expect(rate()).toBe(5);
    // No answer says nothing about the rate: the bucket stays slowed.
    const unanswered = expect(pacer.send(call, 2, () => Promise.reject(timedOut()))).rejects.toThrow('no answer');
    await vi.advanceTimersByTimeAsync(300);
    await unanswered;
    expect(rate()).toBe(5);
    const answered = expect(pacer.send(call, 3, () => Promise.reject(serverError()))).rejects.toThrow('Internal failure');
    await vi.advanceTimersByTimeAsync(300);
    await answered;
    expect(rate()).toBe(5.5);
  });

  it('names the buckets calls wait for, the longest wait first', async () => {
    const pacer = new Pacer();
    const lookups = { service: 'CloudTrail', region: 'us-east-1', operation: 'LookupEvents' };
    const iam = { service: 'IAM', region: 'us-east-1', operation: 'ListMFADevices' };
    const calls = [
      ...Array.from({ length: 5 }, () => pacer.send(lookups, 1, () => Promise.resolve())),
      ...Array.from({ length: 50 }, () => pacer.send(iam, 1, () => Promise.resolve())),
    ];
    // IAM lets 20 through at once, then 10 a second; LookupEvents 2 at once, then 2 a second.
    expect(pacer.queuedBuckets(3)).toEqual([
      { bucket: 'iam', queued: 30, callsPerSecond: 10, seconds: 3 },
      { bucket: 'cloudtrail/us-east-1/LookupEvents', queued: 3, callsPerSecond: 2, seconds: 2 },
    ]);
    expect(pacer.queuedBuckets(1)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.all(calls);
    expect(pacer.queuedBuckets(3)).toEqual([]);
  });

  it('--rate-scale scales every rate and burst', async () => {
    const pacer = new Pacer({ rateScale: 0.5 });
    const call = { service: 'CloudTrail', region: 'us-east-1', operation: 'DescribeTrails' };
    await pacer.send(call, 1, () => Promise.resolve());
    expect(pacer.bucketUse().get('cloudtrail/us-east-1')).toMatchObject({ capacity: 5, refillPerSecond: 5 });
  });
});

/** A real endpoint, so the SDK's own middleware (retries, signing, protocols) runs around the pacing. */
describe('ClientFactory pacing', () => {
  let server: Server;
  let endpoint: string;
  /** The answer to a request, by its path and its X-Amz-Target (the JSON protocol's action). */
  let answer: (path: string, target: string) => { status: number; body: string; type: string; retryAfter?: string };
  /** While set, requests are received and answered only once it resolves. */
  let hold: Promise<void> | undefined;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        requests.push(`${request.method} ${request.url}`);
        void Promise.resolve(hold).then(() => {
          const { status, body, type, retryAfter } = answer(request.url ?? '', String(request.headers['x-amz-target'] ?? ''));
          response.statusCode = status;
          response.setHeader('content-type', type);
          if (retryAfter) response.setHeader('retry-after', retryAfter);
          response.end(body);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (requests.length = 0));

  const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });

  it('charges each protocol’s call to the bucket AWS meters it in', async () => {
    answer = () => ({ status: 403, type: 'text/plain', body: 'denied' });
    const clients = new ClientFactory({ credentials, limit: pLimit(4), endpoint, maxAttempts: 1 });
    const sends = [
      clients.get(EC2Client, 'eu-west-1').send(new DescribeInstancesCommand({})),
      clients.get(EC2Client, 'eu-west-1').send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000 })),
      clients.get(KMSClient, 'eu-west-1').send(new ListKeysCommand({})),
      clients.get(CloudTrailClient, 'us-east-1').send(new LookupEventsCommand({})),
      clients.get(S3Client, 'us-east-1').send(new GetBucketPolicyCommand({ Bucket: 'logs' })),
      clients.get(S3Client, 'us-east-1').send(new GetBucketPolicyCommand({ Bucket: 'audit' })),
      clients.get(S3Client, 'eu-west-1').send(new ListBucketsCommand({})),
      clients.get(IAMClient, 'us-east-1').send(new ListRolesCommand({})),
      clients.get(IAMClient, 'eu-west-1').send(new ListRolesCommand({})),
    ];
    await Promise.allSettled(sends);
    clients.destroy();
    expect(Object.fromEntries([...clients.pacing.bucketUse()].map(([key, use]) => [key, use.sent]))).toEqual({
      'ec2/eu-west-1/DescribeInstances/unfiltered': 1,
      'ec2/eu-west-1/DescribeSnapshots': 1,
      'kms/eu-west-1/ListKeys': 1,
      'cloudtrail/us-east-1/LookupEvents': 1,
      's3/logs': 1,
      's3/audit': 1,
      s3: 1,
      iam: 2,
    });
    expect(requests).toHaveLength(9);
  });

  it('lets 64 calls of a bucket into the SDK at a time: the others wait before the SDK builds anything for them', async () => {
    let release = () => {};
    hold = new Promise((resolve) => (release = resolve));
    answer = () => ({ status: 403, type: 'text/plain', body: 'denied' });
    // Ten times IAM's rate, so that tokens are not what holds the calls back.
    const clients = new ClientFactory({ credentials, limit: pLimit(4), endpoint, maxAttempts: 1, pacer: new Pacer({ rateScale: 10 }) });
    const iam = clients.get(IAMClient, 'us-east-1');
    let entered = 0;
    iam.middlewareStack.add((next) => (args) => ((entered += 1), next(args)), { step: 'initialize', name: 'countEntered' });
    const sends = Array.from({ length: 100 }, () => iam.send(new ListRolesCommand({})));
    await vi.waitFor(() => expect(requests).toHaveLength(4));
    expect(entered).toBe(64);
    expect(clients.pacing.queuedBuckets(1)).toEqual([{ bucket: 'iam', queued: 36, callsPerSecond: 100, seconds: 1 }]);
    hold = undefined;
    release();
    await Promise.allSettled(sends);
    clients.destroy();
    expect(entered).toBe(100);
    expect(requests).toHaveLength(100);
  });

  it('retries a throttled call through its bucket, and one throttled to the last attempt fails naming its throttle', async () => {
    answer = () => ({ status: 400, type: 'application/x-amz-json-1.1', body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }) });
    const clients = new ClientFactory({ credentials, limit: pLimit(4), endpoint, maxAttempts: 3 });
    const listing = clients.get(KMSClient, 'eu-west-1').send(new ListKeysCommand({}));
    await expect(listing).rejects.toMatchObject({ name: 'ThrottlingException' });
    clients.destroy();
    expect(requests).toHaveLength(3);
    expect(clients.pacing.counts).toMatchObject({ sent: 3, throttled: 3, retried: 2, exhausted: 1 });
    expect(clients.pacing.bucketUse().get('kms/eu-west-1/ListKeys')).toMatchObject({ throttled: 3 });
  });

  it('refuses a retry due after its call’s deadline before it takes a token or counts as sent', async () => {
    // AWS asks for the retry a second later; the call has half a second in all.
    answer = () => ({ status: 503, type: 'application/x-amz-json-1.1', body: JSON.stringify({ __type: 'ServiceUnavailable', message: 'busy' }), retryAfter: '1' });
    const clients = new ClientFactory({ credentials, limit: pLimit(4), endpoint, timeouts: { callMs: 500 } });
    await expect(clients.get(KMSClient, 'eu-west-1').send(new ListKeysCommand({}))).rejects.toMatchObject({ name: 'CallTimeout' });
    clients.destroy();
    expect(requests).toHaveLength(1);
    expect(clients.pacing.counts).toMatchObject({ sent: 1, retried: 0 });
    expect(clients.pacing.bucketUse().get('kms/eu-west-1/ListKeys')).toMatchObject({ sent: 1 });
  });

  it('retries a server error a few times only, and a run of them never uses up the retries of a throttle', async () => {
    const json = 'application/x-amz-json-1.1';
    let describeKeyAnswers = 0;
    answer = (_path, target) => {
      if (!target.endsWith('DescribeKey')) return { status: 500, type: json, body: JSON.stringify({ __type: 'KMSInternalException', message: 'internal' }) };
      describeKeyAnswers += 1;
      return describeKeyAnswers <= 2
        ? { status: 400, type: json, body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }) }
        : { status: 200, type: json, body: JSON.stringify({ KeyMetadata: { KeyId: 'k' } }) };
    };
    const clients = new ClientFactory({ credentials, limit: pLimit(8), endpoint });
    const kms = clients.get(KMSClient, 'eu-west-1');
    // The SDK's standard mode would stop retrying this client after 50 of these retries.
    const failed = await Promise.allSettled(Array.from({ length: 30 }, () => kms.send(new ListKeysCommand({}))));
    expect(failed.map((outcome) => outcome.status)).toEqual(Array(30).fill('rejected'));
    expect(requests).toHaveLength(90);
    await expect(kms.send(new DescribeKeyCommand({ KeyId: 'k' }))).resolves.toMatchObject({ KeyMetadata: { KeyId: 'k' } });
    expect(requests).toHaveLength(93);
    clients.destroy();
  });
});
