import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListUsersCommand, IAMClient } from '@aws-sdk/client-iam';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { ListHostedZonesCommand, Route53Client } from '@aws-sdk/client-route-53';
import { GetBucketAclCommand, GetBucketPolicyCommand, GetPublicAccessBlockCommand, ListBucketsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { DescribeAlarmsCommand, CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromContainerMetadata } from '@aws-sdk/credential-providers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyRequest, credentialsOlderThan, credentialsUsedLongerThan, startAwsProxy, type AwsCall, type AwsFault, type AwsProxy } from '../../../scripts/aws-proxy.js';

const credentials = { accessKeyId: 'AKIATESTPROXY', secretAccessKey: 'secret', sessionToken: 'token' };

interface Case {
  name: string;
  send: (endpoint: string) => Promise<unknown>;
  call: Pick<AwsCall, 'service' | 'region' | 'action' | 'protocol'>;
  errors: Record<AwsFault, string>;
}

const config = (endpoint: string, region = 'eu-west-1') => ({ region, endpoint, credentials, maxAttempts: 1 });

/** One real SDK call per protocol, what the proxy should call it, and the error name the SDK must see. */
const cases: Case[] = [
  {
    name: 'EC2 query',
    send: (endpoint) => new EC2Client(config(endpoint)).send(new DescribeInstancesCommand({})),
    call: { service: 'ec2', region: 'eu-west-1', action: 'DescribeInstances', protocol: 'ec2' },
    errors: { throttle: 'RequestLimitExceeded', deny: 'UnauthorizedOperation', expired: 'RequestExpired' },
  },
  {
    name: 'IAM query',
    send: (endpoint) => new IAMClient(config(endpoint, 'us-east-1')).send(new ListUsersCommand({})),
    call: { service: 'iam', region: 'us-east-1', action: 'ListUsers', protocol: 'query' },
    errors: { throttle: 'Throttling', deny: 'AccessDenied', expired: 'ExpiredToken' },
  },
  {
    name: 'STS query',
    send: (endpoint) => new STSClient(config(endpoint)).send(new GetCallerIdentityCommand({})),
    call: { service: 'sts', region: 'eu-west-1', action: 'GetCallerIdentity', protocol: 'query' },
    errors: { throttle: 'Throttling', deny: 'AccessDenied', expired: 'ExpiredToken' },
  },
  {
    name: 'KMS JSON 1.1',
    send: (endpoint) => new KMSClient(config(endpoint)).send(new ListKeysCommand({})),
    call: { service: 'kms', region: 'eu-west-1', action: 'ListKeys', protocol: 'json' },
    errors: { throttle: 'ThrottlingException', deny: 'AccessDeniedException', expired: 'ExpiredTokenException' },
  },
  {
    name: 'CloudWatch JSON 1.0',
    send: (endpoint) => new CloudWatchClient(config(endpoint)).send(new DescribeAlarmsCommand({})),
    call: { service: 'monitoring', region: 'eu-west-1', action: 'DescribeAlarms', protocol: 'json' },
    errors: { throttle: 'ThrottlingException', deny: 'AccessDeniedException', expired: 'ExpiredTokenException' },
  },
  {
    name: 'S3 bucket policy (rest-xml)',
    send: (endpoint) => new S3Client({ ...config(endpoint), forcePathStyle: true }).send(new GetBucketPolicyCommand({ Bucket: 'logs' })),
    call: { service: 's3', region: 'eu-west-1', action: 'GetBucketPolicy', protocol: 'rest-xml' },
    errors: { throttle: 'SlowDown', deny: 'AccessDenied', expired: 'ExpiredToken' },
  },
  {
    name: 'S3 ListBuckets',
    send: (endpoint) => new S3Client({ ...config(endpoint), forcePathStyle: true }).send(new ListBucketsCommand({})),
    call: { service: 's3', region: 'eu-west-1', action: 'ListBuckets', protocol: 'rest-xml' },
    errors: { throttle: 'SlowDown', deny: 'AccessDenied', expired: 'ExpiredToken' },
  },
  {
    name: 'S3 Control account public access block',
    send: (endpoint) =>
      new S3ControlClient({ ...config(endpoint), endpointProvider: () => ({ url: new URL(endpoint) }) }).send(new GetAccountPublicAccessBlockCommand({ AccountId: '123456789012' })),
    call: { service: 's3', region: 'eu-west-1', action: 'GetPublicAccessBlock', protocol: 'rest-xml' },
    errors: { throttle: 'SlowDown', deny: 'AccessDenied', expired: 'ExpiredToken' },
  },
  {
    name: 'Route53 rest-xml',
    send: (endpoint) => new Route53Client(config(endpoint, 'us-east-1')).send(new ListHostedZonesCommand({})),
    call: { service: 'route53', region: 'us-east-1', action: 'GET /2013-04-01/hostedzone', protocol: 'rest-xml' },
    errors: { throttle: 'Throttling', deny: 'AccessDenied', expired: 'ExpiredToken' },
  },
  {
    name: 'Lambda rest-json',
    send: (endpoint) => new LambdaClient(config(endpoint)).send(new ListFunctionsCommand({})),
    call: { service: 'lambda', region: 'eu-west-1', action: 'GET /2015-03-31/functions', protocol: 'rest-json' },
    errors: { throttle: 'ThrottlingException', deny: 'AccessDeniedException', expired: 'ExpiredTokenException' },
  },
];

describe('aws-proxy', () => {
  let proxy: AwsProxy;
  const seen: AwsCall[] = [];
  let fault: AwsFault = 'throttle';

  beforeAll(async () => {
    proxy = await startAwsProxy({
      upstream: 'http://127.0.0.1:9',
      decide: (call) => {
        seen.push(call);
        return { fault };
      },
    });
  });
  afterAll(() => proxy.close());

  it.each([
    ['EC2', (endpoint: string, token?: string) => new EC2Client(config(endpoint)).send(new DescribeInstancesCommand({ NextToken: token }))],
    ['IAM', (endpoint: string, token?: string) => new IAMClient(config(endpoint)).send(new ListUsersCommand({ Marker: token }))],
    ['KMS', (endpoint: string, token?: string) => new KMSClient(config(endpoint)).send(new ListKeysCommand({ Marker: token }))],
    ['CloudWatch', (endpoint: string, token?: string) => new CloudWatchClient(config(endpoint)).send(new DescribeAlarmsCommand({ NextToken: token }))],
    ['S3', (endpoint: string, token?: string) => new S3Client({ ...config(endpoint), forcePathStyle: true }).send(new ListObjectsV2Command({ Bucket: 'logs', ContinuationToken: token }))],
    ['Lambda', (endpoint: string, token?: string) => new LambdaClient(config(endpoint)).send(new ListFunctionsCommand({ Marker: token }))],
    ['Route53', (endpoint: string, token?: string) => new Route53Client(config(endpoint)).send(new ListHostedZonesCommand({ Marker: token }))],
  ])('tells a later page of a %s listing from its first', async (_name, list) => {
    fault = 'throttle';
    seen.length = 0;
    await list(proxy.endpoint).catch(() => undefined);
    await list(proxy.endpoint, 'page-2').catch(() => undefined);
    expect(seen.map((call) => call.laterPage)).toEqual([false, true]);
  });

  describe.each(cases)('$name', ({ send, call, errors }) => {
    it.each(['throttle', 'deny', 'expired'] as const)('answers %s in the shape the SDK parses as the intended error', async (injected) => {
      fault = injected;
      seen.length = 0;
      const error = await send(proxy.endpoint).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe(errors[injected]);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ ...call, accessKeyId: credentials.accessKeyId });
    });
  });

  it('names S3 sub-resources and listings from the query keys', async () => {
    fault = 'deny';
    seen.length = 0;
    const s3 = new S3Client({ ...config(proxy.endpoint), forcePathStyle: true });
    const commands = [
      new GetBucketAclCommand({ Bucket: 'b' }),
      new GetPublicAccessBlockCommand({ Bucket: 'b' }),
      new ListObjectsV2Command({ Bucket: 'b' }),
    ];
    for (const command of commands) await s3.send(command).catch(() => undefined);
    expect(seen.map((call) => call.action)).toEqual(['GetBucketAcl', 'GetPublicAccessBlock', 'ListObjectsV2']);
  });

  it.each([
    ['GET', '/bucket?versioning', 'GetBucketVersioning'],
    ['PUT', '/bucket?policy', 'PutBucketPolicy'],
    ['GET', '/bucket?ownershipControls', 'GetBucketOwnershipControls'],
    ['GET', '/bucket/some/key?tagging', 'GetObjectTagging'],
    ['HEAD', '/bucket', 'HeadBucket'],
    ['PUT', '/bucket', 'CreateBucket'],
    ['GET', '/bucket', 'ListObjects'],
  ])('classifies S3 %s %s as %s', (method, url, action) => {
    const headers = { authorization: 'AWS4-HMAC-SHA256 Credential=AKIA1/20260101/us-east-2/s3/aws4_request, SignedHeaders=host, Signature=x' };
    expect(classifyRequest({ method, url, headers, body: Buffer.alloc(0) })).toMatchObject({ service: 's3', region: 'us-east-2', action, accessKeyId: 'AKIA1' });
  });

  it('takes a query action from the URL when the body has none', () => {
    const headers = { authorization: 'AWS4-HMAC-SHA256 Credential=AKIA1/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=x' };
    expect(classifyRequest({ method: 'GET', url: '/?Action=DescribeRegions&Version=2016-11-15', headers, body: Buffer.alloc(0) })).toMatchObject({
      protocol: 'ec2',
      action: 'DescribeRegions',
    });
  });

  it('issues a new key per credentials request, and a rule expires keys older than its age', async () => {
    process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI = proxy.credentialsUrl;
    try {
      const issued = await fromContainerMetadata()();
      const again = await fromContainerMetadata()();
      expect(issued.accessKeyId).not.toBe(again.accessKeyId);
      expect(issued.expiration!.getTime()).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
      const expired = credentialsOlderThan(proxy, 50);
      const call = (accessKeyId: string, at: number) => ({ ...cases[0]!.call, accessKeyId, method: 'POST', url: '/', laterPage: false, at });
      const issuedAt = proxy.credentialIssuedAt(issued.accessKeyId)!;
      expect(expired(call(issued.accessKeyId, issuedAt + 10))).toBe(false);
      expect(expired(call(issued.accessKeyId, issuedAt + 100))).toBe(true);
      expect(expired(call('AKIANOTISSUED', issuedAt + 100))).toBe(false);
    } finally {
      delete process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI;
    }
  });

  it('a rule expires any key a given time after the proxy first sees it', () => {
    const expired = credentialsUsedLongerThan(50);
    const call = (accessKeyId: string | undefined, at: number) => ({ ...cases[0]!.call, accessKeyId, method: 'POST', url: '/', laterPage: false, at });
    expect(expired(call('AKIA1', 1000))).toBe(false);
    expect(expired(call('AKIA1', 1050))).toBe(false);
    expect(expired(call('AKIA2', 1051))).toBe(false);
    expect(expired(call('AKIA1', 1051))).toBe(true);
    expect(expired(call('AKIA2', 1101))).toBe(false);
    expect(expired(call('AKIA2', 1102))).toBe(true);
    expect(expired(call(undefined, 5000))).toBe(false);
  });
});

describe('aws-proxy forwarding', () => {
  let upstream: Server;
  let proxy: AwsProxy;
  const received: { method?: string; url?: string; body: string }[] = [];

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ method: request.method, url: request.url, body: Buffer.concat(chunks).toString() });
        response.writeHead(200, { 'content-type': 'text/xml' });
        response.end(
          '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/u</Arn><UserId>U</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>',
        );
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    proxy = await startAwsProxy({ upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, latencyMs: 40, timeScale: 0.5 });
  });
  afterAll(async () => {
    await proxy.close();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('forwards what it does not fail, body intact, after the scaled latency', async () => {
    const started = Date.now();
    const identity = await new STSClient(config(proxy.endpoint)).send(new GetCallerIdentityCommand({}));
    expect(Date.now() - started).toBeGreaterThanOrEqual(19);
    expect(identity.Account).toBe('123456789012');
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toContain('Action=GetCallerIdentity');
  });

  it('switches decisions between runs', async () => {
    proxy.setDecide(() => ({ fault: 'deny' }));
    await expect(new STSClient(config(proxy.endpoint)).send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'AccessDenied' });
    proxy.setDecide(undefined);
    await expect(new STSClient(config(proxy.endpoint)).send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Account: '123456789012' });
  });
});
