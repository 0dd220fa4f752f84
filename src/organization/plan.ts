import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError, describeError } from '../errors.js';
import type { AccountOutcome, MemberAccount } from './account.js';
import type { MemberAccess } from './run.js';

/**
 * A frozen organization scan: the accounts, the role into them, the regions and checks, split into
 * shards that separate jobs scan; `scanner merge` puts their outputs back together.
 */

export const PLAN_FORMAT = 'scanner-plan/1';

/** Regions an account is assumed to have enabled when the plan does not name them. */
const ASSUMED_REGIONS = 17;

const unit = z.object({ id: z.string(), name: z.string() });
const member = z.object({
  id: z.string().regex(/^\d{12}$/),
  name: z.string(),
  email: z.string(),
  ouPath: z.array(unit),
  tags: z.record(z.string(), z.string()),
});

const PlanSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  planId: z.string(),
  createdAt: z.string(),
  organization: z.object({ id: z.string(), managementAccountId: z.string() }),
  partition: z.enum(['aws', 'aws-cn', 'aws-us-gov']),
  callerArn: z.string(),
  access: z.object({
    roleArnTemplate: z.string().optional(),
    roleName: z.string(),
    externalId: z.string().optional(),
    sessionName: z.string(),
    durationSeconds: z.number(),
  }),
  regions: z.array(z.string()).optional(),
  excludedRegions: z.array(z.string()).optional(),
  checkIds: z.array(z.string()).min(1),
  scanUnusedServices: z.boolean(),
  /** Accounts the scope flags left out, or not ACTIVE: they belong to the report but to no shard. */
  leftOut: z.array(member.extend({ status: z.enum(['excluded', 'skipped_suspended']), error: z.string().optional() })),
  shards: z.array(z.object({ estimatedCalls: z.number(), accounts: z.array(member) })).min(1),
});

export type ScanPlan = z.infer<typeof PlanSchema>;

export interface PlanRequest {
  organization: { id: string; managementAccountId: string };
  partition: ScanPlan['partition'];
  callerArn: string;
  access: MemberAccess;
  regions?: string[];
  excludedRegions?: string[];
  checkIds: readonly string[];
  scanUnusedServices: boolean;
  toScan: readonly MemberAccount[];
  leftOut: readonly AccountOutcome[];
  shardCount: number;
}

/**
 * Splits accounts into `count` shards of about equal estimated API calls: the largest first, each
 * to the lightest shard so far (longest-processing-time-first scheduling). Every account gets the
 * same estimate today (checks times regions), so shards differ by one account at most.
 */
export function splitIntoShards(accounts: readonly MemberAccount[], count: number, estimate: (account: MemberAccount) => number): ScanPlan['shards'] {
  const shards: ScanPlan['shards'] = Array.from({ length: count }, () => ({ estimatedCalls: 0, accounts: [] }));
  const heaviestFirst = [...accounts].sort((a, b) => estimate(b) - estimate(a) || a.id.localeCompare(b.id));
  for (const account of heaviestFirst) {
    const lightest = shards.reduce((best, shard) => (shard.estimatedCalls < best.estimatedCalls ? shard : best));
    lightest.accounts.push({ ...account, ouPath: [...account.ouPath] });
    lightest.estimatedCalls += estimate(account);
  }
  for (const shard of shards) shard.accounts.sort((a, b) => a.id.localeCompare(b.id));
  return shards;
}

function planIdOf(content: Omit<ScanPlan, 'planId'>): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}

export function buildPlan(request: PlanRequest, now = new Date()): ScanPlan {
  if (request.toScan.length < request.shardCount) {
    throw new UsageError(`--shards ${request.shardCount} is more than the ${request.toScan.length} account(s) to scan`);
  }
  const callsPerAccount = request.checkIds.length * (request.regions?.length ?? ASSUMED_REGIONS);
  const content: Omit<ScanPlan, 'planId'> = {
    format: PLAN_FORMAT,
    createdAt: now.toISOString(),
    organization: request.organization,
    partition: request.partition,
    callerArn: request.callerArn,
    access: request.access,
    ...(request.regions ? { regions: request.regions } : {}),
    ...(request.excludedRegions ? { excludedRegions: request.excludedRegions } : {}),
    checkIds: [...request.checkIds],
    scanUnusedServices: request.scanUnusedServices,
    leftOut: request.leftOut.map((outcome) => ({ ...outcome, ouPath: [...outcome.ouPath], status: outcome.status === 'skipped_suspended' ? 'skipped_suspended' : 'excluded' })),
    shards: splitIntoShards(request.toScan, request.shardCount, () => callsPerAccount),
  };
  return { planId: planIdOf(content), ...content };
}

export async function loadPlan(path: string): Promise<ScanPlan> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the plan ${path}: ${describeError(error)}`);
  }
  const result = PlanSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UsageError(`the plan ${path} is not a scanner plan (${PLAN_FORMAT}): ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** One shard of a plan: 1-based, as `--shard i/n` counts. */
export interface ShardRef {
  index: number;
  count: number;
}

/**
 * `--shard i/n`, or `auto`: AWS Batch array jobs (AWS_BATCH_JOB_ARRAY_INDEX, _SIZE) and Kubernetes
 * Indexed Jobs (JOB_COMPLETION_INDEX; the size is the plan's) count from 0.
 */
export function parseShard(text: string, plan: ScanPlan, env: NodeJS.ProcessEnv = process.env): ShardRef {
  const planned = plan.shards.length;
  let index: number;
  let count: number;
  if (text === 'auto') {
    const zeroBased = env.AWS_BATCH_JOB_ARRAY_INDEX ?? env.JOB_COMPLETION_INDEX;
    if (zeroBased === undefined || !/^\d+$/.test(zeroBased)) {
      throw new UsageError('--shard auto needs AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch) or JOB_COMPLETION_INDEX (Kubernetes) in the environment');
    }
    index = Number(zeroBased) + 1;
    count = env.AWS_BATCH_JOB_ARRAY_INDEX !== undefined && env.AWS_BATCH_JOB_ARRAY_SIZE ? Number(env.AWS_BATCH_JOB_ARRAY_SIZE) : planned;
  } else {
    const match = /^(\d+)\/(\d+)$/.exec(text);
    if (!match) throw new UsageError(`--shard must be i/n (e.g. 2/8) or auto, not ${text}`);
    [index, count] = [Number(match[1]), Number(match[2])];
  }
  if (count !== planned) throw new UsageError(`--shard: the plan has ${planned} shards, not ${count}`);
  if (index < 1 || index > count) throw new UsageError(`--shard: ${index} is not between 1 and ${count}`);
  return { index, count };
}
