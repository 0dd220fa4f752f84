import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
import type * as EcsModule from '@aws-sdk/client-ecs';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import type * as SecretsManagerModule from '@aws-sdk/client-secrets-manager';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { credentialsUsedLongerThan, startAwsProxy, type AwsCall } from '../../scripts/aws-proxy.js';
import { SCANNER_ENV } from '../../src/runner/env.js';
import { RUNNER_SCAN_ARGUMENTS, type RunnerTemplate } from '../../src/runner/template.js';
import type { FunctionUrlEvent, FunctionUrlResult } from '../../src/runner/trigger.js';
import { runBuiltScanner } from '../helpers/cli.js';
import { MOTO_ACCOUNT, motoEndpoint, resetMoto, seedConfig } from '../helpers/moto.js';

/** How long each key works in the long-scan test, from its first use: several lifetimes fit in one scan. */
const KEY_LIFETIME_MS = 250;

/** Enough reads in two regions for a scan of several seconds through the proxy. */
const LONG_SCAN_CHECKS = [
  'iam_password_policy_minimum_length_14',
  'iam_avoid_root_usage',
  's3_bucket_default_encryption',
  's3_account_level_public_access_blocks',
  'kms_cmk_rotation_enabled',
  'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22',
  'cloudtrail_multi_region_enabled',
];

/** CloudFormation's limit for a template sent in the request, as `aws cloudformation deploy` does without --s3-bucket. */
const TEMPLATE_BODY_LIMIT = 51_200;

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'scanner-runner-'));
}

async function printedTemplate(args: string[] = []): Promise<string> {
  const run = await runBuiltScanner(['aws', 'runner-template', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

const cfnLint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
const cfnLintMissing = cfnLint.error !== undefined || cfnLint.status !== 0;
if (cfnLintMissing) {
  // Loud on purpose: CI installs cfn-lint (.ci/run), so a skip here means a machine without it.
  console.warn('\n*** cfn-lint is not installed: the runner template is NOT linted (pip install cfn-lint) ***\n');
}

describe.skipIf(cfnLintMissing)('the runner template passes cfn-lint', () => {
  const lint = (path: string) => spawnSync('cfn-lint', ['--', path], { encoding: 'utf8' });

  it.each([
    ['YAML', [] as string[], 'yaml'],
    ['JSON', ['--format', 'json'], 'json'],
    ['in a given VPC', ['--vpc', 'vpc-0abc1234', '--subnets', 'subnet-0abc1234', 'subnet-0def5678'], 'yaml'],
  ])('%s', async (_case, args, extension) => {
    const path = join(workspace(), `runner.${extension}`);
    writeFileSync(path, await printedTemplate(args));
    const result = lint(path);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('which does catch a broken template', async () => {
    const template = parse(await printedTemplate()) as RunnerTemplate;
    template.Resources.TriggerFunction!.Properties.Role = { Ref: 'NoSuchRole' };
    const path = join(workspace(), 'broken.json');
    writeFileSync(path, JSON.stringify(template));
    expect(lint(path).status).not.toBe(0);
  });
});

describe('the printed template', () => {
  it.each([['yaml'], ['json']])('fits in a request body as %s', async (format) => {
    expect(Buffer.byteLength(await printedTemplate(['--format', format]))).toBeLessThan(TEMPLATE_BODY_LIMIT);
  });

  it('carries a trigger that works as Lambda loads it: CommonJS, with only the AWS SDK and node built-ins', async () => {
    const template = parse(await printedTemplate()) as RunnerTemplate;
    const code = (template.Resources.TriggerFunction!.Properties.Code as { ZipFile: string }).ZipFile;
    // The SDK the function's runtime would give it: the CommonJS build, whose clients the mocks below replace.
    const nodeRequire = createRequire(import.meta.url);
    const required: string[] = [];
    const moduleRecord = { exports: {} as { handler?: (event: FunctionUrlEvent) => Promise<FunctionUrlResult> } };
    const sandbox = {
      module: moduleRecord,
      exports: moduleRecord.exports,
      require: (name: string) => {
        required.push(name);
        return nodeRequire(name) as unknown;
      },
      process,
      Buffer,
      console,
    };
    const ecsModule = nodeRequire('@aws-sdk/client-ecs') as typeof EcsModule;
    const secretsModule = nodeRequire('@aws-sdk/client-secrets-manager') as typeof SecretsManagerModule;
    const ecs = mockClient(ecsModule.ECSClient);
    const secrets = mockClient(secretsModule.SecretsManagerClient);
    ecs.on(ecsModule.RunTaskCommand).resolves({ tasks: [{ taskArn: 'arn:aws:ecs:us-east-1:111122223333:task/scanner/1' }] });
    secrets.on(secretsModule.GetSecretValueCommand).resolves({ SecretString: 'the-token-0123456789' });
    const settings = {
      CLUSTER_ARN: 'arn:aws:ecs:us-east-1:111122223333:cluster/scanner',
      TASK_DEFINITION_ARN: 'arn:aws:ecs:us-east-1:111122223333:task-definition/scanner:1',
      CONTAINER_NAME: 'scanner',
      SUBNET_IDS: 'subnet-0aaa1111',
      SECURITY_GROUP_ID: 'sg-0ccc3333',
      ASSIGN_PUBLIC_IP: 'ENABLED',
      TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:token',
      PARTITION: 'aws',
    };
    const saved = { ...process.env };
    Object.assign(process.env, settings);
    try {
      new Script(code, { filename: 'index.js' }).runInContext(createContext(sandbox));
      expect(new Set(required)).toEqual(new Set(['@aws-sdk/client-ecs', '@aws-sdk/client-secrets-manager', 'node:crypto']));
      const handler = moduleRecord.exports.handler!;
      const request = (body: object): FunctionUrlEvent => ({
        headers: { authorization: 'Bearer the-token-0123456789' },
        body: JSON.stringify(body),
        requestContext: { http: { method: 'POST' } },
      });
      const valid = { roleArn: 'arn:aws:iam::444455556666:role/ScannerAudit', externalId: 'acme-2024', scanName: 'Acme' };
      expect((await handler(request({ ...valid, scanName: 'Acme; reboot' }))).statusCode).toBe(400);
      expect(ecs.commandCalls(ecsModule.RunTaskCommand)).toHaveLength(0);
      expect((await handler(request(valid))).statusCode).toBe(202);
      expect(ecs.commandCalls(ecsModule.RunTaskCommand)[0]!.args[0].input.overrides?.containerOverrides?.[0]?.environment).toEqual([
        { name: SCANNER_ENV.roleArn, value: valid.roleArn },
        { name: SCANNER_ENV.externalId, value: valid.externalId },
        { name: SCANNER_ENV.scanName, value: valid.scanName },
      ]);
    } finally {
      process.env = saved;
      ecs.restore();
      secrets.restore();
    }
  });
});

interface Posted {
  text: string;
  failed?: boolean;
  error?: string;
  outputs?: { bundleUrl: string; htmlUrl?: string };
}

/** A stand-in for the chat tool's incoming webhook: it records what each scan posts. */
async function webhookServer(): Promise<{ url: string; posted: Posted[]; server: Server }> {
  const posted: Posted[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      posted.push(JSON.parse(body) as Posted);
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, posted, server };
}

describe("the task's entry: the ordinary CLI, its inputs from the environment", () => {
  const roleArn = `arn:aws:iam::${MOTO_ACCOUNT}:role/ScannerAudit`;
  let webhook: Awaited<ReturnType<typeof webhookServer>>;

  beforeAll(async () => {
    await resetMoto();
    await new S3Client(seedConfig()).send(new CreateBucketCommand({ Bucket: 'scanner-runner-reports' }));
    await new IAMClient(seedConfig()).send(
      new CreateRoleCommand({
        RoleName: 'ScannerAudit',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MOTO_ACCOUNT}:root` }, Action: 'sts:AssumeRole' }],
        }),
      }),
    );
    webhook = await webhookServer();
  });

  afterAll(() => {
    webhook.server.close();
  });

  /**
   * The container's command after `npm exec` (RUNNER_SCAN_ARGUMENTS), with the environment the
   * task definition and the trigger give it; one region, one check and a private output folder
   * keep the run short.
   */
  function runTask(environment: Record<string, string>, scope = ['-f', 'us-east-1', '-c', 'iam_avoid_root_usage']) {
    webhook.posted.length = 0;
    return runBuiltScanner([...RUNNER_SCAN_ARGUMENTS, ...scope, '-o', workspace()], {
      [SCANNER_ENV.roleArn]: roleArn,
      [SCANNER_ENV.externalId]: 'acme-2024-0f3c9a',
      [SCANNER_ENV.scanName]: 'Acme (prod) & Co.',
      [SCANNER_ENV.outputBucket]: 's3://scanner-runner-reports/scans',
      [SCANNER_ENV.notifyWebhook]: webhook.url,
      AWS_ENDPOINT_URL: motoEndpoint(),
      ...environment,
    });
  }

  it('scans through the role, uploads to the bucket and posts a working report link', async () => {
    const run = await runTask({});
    expect([0, 3]).toContain(run.code);
    expect(webhook.posted).toHaveLength(1);
    const [posted] = webhook.posted;
    expect(posted!.text).toContain('*Acme (prod) &amp; Co.*');
    expect(posted!.outputs?.htmlUrl).toMatch(/\/scanner-runner-reports\/scans\//);
    const report = await fetch(posted!.outputs!.htmlUrl!);
    expect(report.ok).toBe(true);
    expect(await report.text()).toContain('Acme (prod) &amp; Co.');
  });

  it('posts a failure message when the scan cannot run', async () => {
    // Nothing listens on port 9: every AWS call fails, as when the network or the role is wrong.
    const run = await runTask({ AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(run.code).toBe(1);
    expect(webhook.posted).toHaveLength(1);
    expect(webhook.posted[0]).toMatchObject({ failed: true, text: expect.stringMatching(/^\*Acme \(prod\) &amp; Co\.\* failed: /) as unknown });
    expect(webhook.posted[0]).not.toHaveProperty('outputs');
  });

  it('completes while the task role and the assumed role both expire again and again', async () => {
    // Through the fault suite's proxy, which also serves the task's container credentials, as ECS
    // does: every key, the task role's and the assumed role's alike, stops working (ExpiredToken)
    // a quarter of a second after its first use, without warning, the upload included: a scan of hours, with its
    // one-hour chained sessions, compressed into seconds.
    const proxy = await startAwsProxy({ upstream: motoEndpoint(), latencyMs: 200 });
    const expired = credentialsUsedLongerThan(KEY_LIFETIME_MS);
    const expiredKeys = new Set<string>();
    let assumeRoleCalls = 0;
    proxy.setDecide((call: AwsCall) => {
      if (call.action === 'AssumeRole') assumeRoleCalls += 1;
      if (!expired(call)) return 'forward';
      expiredKeys.add(call.accessKeyId!);
      return { fault: 'expired' };
    });
    try {
      const run = await runTask(
        {
          AWS_ENDPOINT_URL: proxy.endpoint,
          AWS_CONTAINER_CREDENTIALS_FULL_URI: proxy.credentialsUrl,
          AWS_ACCESS_KEY_ID: '',
          AWS_SECRET_ACCESS_KEY: '',
          AWS_SESSION_TOKEN: '',
        },
        ['-f', 'us-east-1', 'eu-west-1', '-c', ...LONG_SCAN_CHECKS],
      ).finally(() => proxy.setDecide(undefined));
      const taskKeys = [...expiredKeys].filter((key) => proxy.credentialIssuedAt(key) !== undefined);
      const assumedKeys = [...expiredKeys].filter((key) => proxy.credentialIssuedAt(key) === undefined);
      expect(taskKeys.length, 'task role keys that expired during the scan').toBeGreaterThanOrEqual(3);
      expect(assumedKeys.length, 'assumed-role keys that expired during the scan').toBeGreaterThanOrEqual(3);
      expect(assumeRoleCalls).toBeGreaterThan(assumedKeys.length);
      expect(run.stdout).not.toContain('Incomplete');
      expect([0, 3], run.stderr).toContain(run.code);
      expect(webhook.posted).toHaveLength(1);
      const report = await fetch(webhook.posted[0]!.outputs!.htmlUrl!);
      expect(report.ok).toBe(true);
    } finally {
      await proxy.close();
    }
  }, 300_000);
});
