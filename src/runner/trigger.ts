// The trigger of the scan runner stack: a Lambda function behind a function URL that starts one
// scanner task per valid request. It is bundled into one CommonJS file at build time (scripts/
// build-trigger.mjs) and inlined into the template, so it may import only @aws-sdk/* (which the
// Lambda Node.js runtime provides), node: built-ins and what the bundle takes in (zod/mini, names.ts).
import { createHash, timingSafeEqual } from 'node:crypto';
import { ECSClient, RunTaskCommand } from '@aws-sdk/client-ecs';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod/mini';
import { EXTERNAL_ID_PATTERN, SCAN_NAME_PATTERN } from '../role-template/names.js';
import { SCANNER_ENV } from './env.js';

/** IAM role names and path segments; a path is at most a few levels deep in practice. */
const ROLE_ARN_PATTERN =
  /^arn:(?<partition>aws|aws-cn|aws-us-gov):iam::\d{12}:role\/(?:[\w+=,.@-]{1,64}\/){0,8}[\w+=,.@-]{1,64}$/;

/** A request body larger than this is not a scan request; it is refused before it is parsed. */
const MAX_BODY_CHARS = 4096;

/** The three inputs, nothing more: an unknown key is refused rather than ignored. */
export const ScanRequestSchema = z.strictObject({
  roleArn: z.string().check(z.maxLength(1024), z.regex(ROLE_ARN_PATTERN, 'must be arn:<partition>:iam::<12-digit account>:role/<name>')),
  externalId: z.string().check(z.regex(EXTERNAL_ID_PATTERN, 'must be 2-1224 characters of A-Z a-z 0-9 _ + = , . @ : / -')),
  scanName: z.string().check(z.regex(SCAN_NAME_PATTERN, 'must be 1-200 characters of letters, digits, spaces and _.,&()@+-')),
});

export type ScanRequest = z.infer<typeof ScanRequestSchema>;

/** What the stack passes the function (see the template's TriggerFunction). */
const TriggerSettingsSchema = z.object({
  CLUSTER_ARN: z.string().check(z.minLength(1)),
  TASK_DEFINITION_ARN: z.string().check(z.minLength(1)),
  CONTAINER_NAME: z.string().check(z.minLength(1)),
  SUBNET_IDS: z.string().check(z.minLength(1)),
  SECURITY_GROUP_ID: z.string().check(z.minLength(1)),
  ASSIGN_PUBLIC_IP: z.enum(['ENABLED', 'DISABLED']),
  TOKEN_SECRET_ARN: z.string().check(z.minLength(1)),
  PARTITION: z.string().check(z.minLength(1)),
});

/** The parts of a Lambda function URL event (payload format 2.0) the trigger reads. */
export interface FunctionUrlEvent {
  headers?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
  requestContext?: { http?: { method?: string } };
}

export interface FunctionUrlResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

function reply(statusCode: number, body: Record<string, unknown>): FunctionUrlResult {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

const ecs = new ECSClient({});
const secrets = new SecretsManagerClient({});

/** The token is read once per warm function, not once per request. */
let expectedTokenDigest: Promise<Buffer> | undefined;

const digest = (text: string) => createHash('sha256').update(text).digest();

function tokenDigest(secretArn: string): Promise<Buffer> {
  expectedTokenDigest ??= secrets.send(new GetSecretValueCommand({ SecretId: secretArn })).then(
    ({ SecretString }) => {
      if (!SecretString) throw new Error('the trigger token secret has no string value');
      return digest(SecretString);
    },
    (error: unknown) => {
      // A failed read must not stay cached: the next request tries again.
      expectedTokenDigest = undefined;
      throw error;
    },
  );
  return expectedTokenDigest;
}

/** Compares digests, so neither the token's length nor its content leaks through timing. */
async function authorized(event: FunctionUrlEvent, secretArn: string): Promise<boolean> {
  const presented = /^Bearer (\S+)$/.exec(event.headers?.authorization ?? '')?.[1];
  if (presented === undefined) return false;
  return timingSafeEqual(digest(presented), await tokenDigest(secretArn));
}

/** The first problem with the body, as one line that names the field; or the request. */
export function parseScanRequest(body: string, partition: string): { request: ScanRequest } | { problem: string } {
  if (body.length > MAX_BODY_CHARS) return { problem: `the body is over ${MAX_BODY_CHARS} characters` };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { problem: 'the body is not JSON' };
  }
  const parsed = ScanRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'body';
    const message = issue?.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : `${field} ${issue?.message ?? 'is invalid'}`;
    return { problem: message };
  }
  const rolePartition = ROLE_ARN_PATTERN.exec(parsed.data.roleArn)?.groups?.partition;
  if (rolePartition !== partition) return { problem: `roleArn must be a role of the ${partition} partition, where this stack runs` };
  return { request: parsed.data };
}

function bodyOf(event: FunctionUrlEvent): string {
  const body = event.body ?? '';
  return event.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
}

/** Starts the scanner task with the request's inputs as environment variables: no command line is ever built from them. */
async function startScan(request: ScanRequest, settings: z.infer<typeof TriggerSettingsSchema>): Promise<FunctionUrlResult> {
  const started = await ecs.send(
    new RunTaskCommand({
      cluster: settings.CLUSTER_ARN,
      taskDefinition: settings.TASK_DEFINITION_ARN,
      launchType: 'FARGATE',
      count: 1,
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: settings.SUBNET_IDS.split(','),
          securityGroups: [settings.SECURITY_GROUP_ID],
          assignPublicIp: settings.ASSIGN_PUBLIC_IP,
        },
      },
      overrides: {
        containerOverrides: [
          {
            name: settings.CONTAINER_NAME,
            environment: [
              { name: SCANNER_ENV.roleArn, value: request.roleArn },
              { name: SCANNER_ENV.externalId, value: request.externalId },
              { name: SCANNER_ENV.scanName, value: request.scanName },
            ],
          },
        ],
      },
      // Shown in the ECS console next to the task, so one can tell how it was started.
      startedBy: 'scanner-trigger',
    }),
  );
  const task = started.tasks?.[0]?.taskArn;
  if (!task) {
    const reason = started.failures?.map((failure) => failure.reason ?? failure.detail).join('; ') || 'no task was started';
    return reply(502, { error: `ECS did not start the scan: ${reason}` });
  }
  return reply(202, { started: true, scanName: request.scanName, task });
}

export async function handler(event: FunctionUrlEvent): Promise<FunctionUrlResult> {
  const settings = TriggerSettingsSchema.parse(process.env);
  if (event.requestContext?.http?.method !== 'POST') return reply(405, { error: 'only POST starts a scan' });
  if (!(await authorized(event, settings.TOKEN_SECRET_ARN))) {
    return reply(401, { error: 'missing or wrong token: send Authorization: Bearer <the stack token>' });
  }
  const parsed = parseScanRequest(bodyOf(event), settings.PARTITION);
  if ('problem' in parsed) return reply(400, { error: parsed.problem });
  return startScan(parsed.request, settings);
}
