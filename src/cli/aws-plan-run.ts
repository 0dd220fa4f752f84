import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { checkCatalog } from '../checks/catalog.js';
import { selectChecks } from '../checks/selection.js';
import { ExitCode, UsageError, describeError } from '../errors.js';
import { createLogger } from '../logger.js';
import { buildPlan } from '../organization/plan.js';
import { memberAccessOf, scopedOrganizationOf } from './aws-organization.js';
import { selectionOf } from './list.js';
import { parseAwsOptions, parseOptions } from './options.js';

const PlanFileOptionsSchema = z.object({
  shards: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'must be at most 10000').default(1),
  output: z.string().min(1).default('plan.json'),
});

/** Lists the organization, scopes it, and writes the plan; prints where and how it split. */
export async function writePlan(raw: Record<string, unknown>): Promise<number> {
  const { shards, output } = parseOptions(PlanFileOptionsSchema, raw);
  const options = parseAwsOptions({ ...raw, organization: true });
  const checks = selectChecks(checkCatalog, selectionOf(options));
  if (checks.length === 0) throw new UsageError('no check matches the selection');
  const log = createLogger(options.logLevel);
  const { target, scoped } = await scopedOrganizationOf(options, log);
  const plan = buildPlan({
    organization: { id: target.organization.id, managementAccountId: target.organization.managementAccountId },
    partition: target.partition,
    callerArn: target.callerArn,
    access: memberAccessOf(options, (text) => process.stderr.write(text)),
    ...(options.region ? { regions: options.region } : {}),
    ...(options.excludedRegion ? { excludedRegions: options.excludedRegion } : {}),
    checkIds: checks.map((check) => check.id),
    scanUnusedServices: options.scanUnusedServices,
    toScan: scoped.toScan,
    leftOut: scoped.leftOut,
    shardCount: shards,
  });
  try {
    await writeFile(output, `${JSON.stringify(plan, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write the plan to ${output}: ${describeError(error)}`);
  }
  const sizes = plan.shards.map((shard) => shard.accounts.length);
  process.stdout.write(
    `Plan ${plan.planId} for organization ${plan.organization.id}: ${scoped.toScan.length} accounts to scan (${scoped.leftOut.length} left out), ` +
      `${plan.checkIds.length} checks, ${shards} shard(s) of ${Math.min(...sizes)}-${Math.max(...sizes)} accounts\n${output}\n`,
  );
  return ExitCode.ok;
}
