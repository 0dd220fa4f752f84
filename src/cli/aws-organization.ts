import type { Logger } from 'pino';
import { checkCatalog } from '../checks/catalog.js';
import type { CheckMetadata } from '../checks/check.js';
import { UsageError } from '../errors.js';
import type { AccountOutcome } from '../organization/account.js';
import { connectToOrganization, type OrganizationTarget } from '../organization/discover.js';
import { finishOrganization, organizationContext, organizationOutputName } from '../organization/finish.js';
import { loadPlan, parseShard, type ScanPlan } from '../organization/plan.js';
import { scanAccounts, type AccountsScan, type AccountsScanRequest, type MemberAccess } from '../organization/run.js';
import { scopeOrganization, type ScopedOrganization } from '../organization/scope.js';
import { writeShardManifest } from '../organization/shards.js';
import { DEFAULT_ROLE_SESSION_NAME, DEFAULT_SESSION_DURATION } from '../provider/session.js';
import { pipelineOptionsOf, type ScanInputs } from './aws-scan.js';
import type { AwsOptions } from './options.js';
import { DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_MEMBER_ROLE } from './organization-options.js';

/** How member accounts are entered; without a role of the user's choosing, a warning about the default one. */
export function memberAccessOf(options: AwsOptions, warn: (text: string) => void): MemberAccess {
  if (!options.memberRole && !options.roleArnTemplate) {
    warn(
      `scanner: entering member accounts through ${DEFAULT_MEMBER_ROLE}, which has administrator rights. ` +
        'Deploy a read-only audit role to every account (`scanner aws role-template`) and pass --member-role or --role-arn-template.\n',
    );
  }
  return {
    ...(options.roleArnTemplate ? { roleArnTemplate: options.roleArnTemplate } : {}),
    roleName: options.memberRole ?? DEFAULT_MEMBER_ROLE,
    ...(options.externalId ? { externalId: options.externalId } : {}),
    sessionName: options.roleSessionName ?? DEFAULT_ROLE_SESSION_NAME,
    durationSeconds: options.sessionDuration ?? DEFAULT_SESSION_DURATION,
  };
}

/** The caller's organization, and the accounts the scope flags keep. */
export async function scopedOrganizationOf(options: AwsOptions, log: Logger): Promise<{ target: OrganizationTarget; scoped: ScopedOrganization }> {
  const target = await connectToOrganization({ profile: options.profile, endpoint: options.endpointUrl, region: options.region?.[0] }, log);
  const scoped = scopeOrganization(target.organization, {
    accounts: options.accounts,
    excludeAccounts: options.excludeAccounts,
    ous: options.ou,
    excludeOus: options.excludeOu,
    accountTags: options.accountTag,
    includeManagement: options.includeManagement,
  });
  if (scoped.toScan.length === 0) throw new UsageError(`no account of organization ${target.organization.id} is left to scan after the scope flags`);
  return { target, scoped };
}

/** One line per finished account on stderr: an organization scan runs long, and CI logs show it. */
function accountDone(outcome: AccountOutcome, done: number, total: number): void {
  const seconds = ((outcome.durationMs ?? 0) / 1000).toFixed(1);
  const what = outcome.status === 'scanned' || outcome.status === 'partial' ? `${outcome.status}, ${outcome.findings ?? 0} findings` : `${outcome.status}: ${outcome.error ?? ''}`;
  process.stderr.write(`[${done}/${total}] ${outcome.id} (${outcome.name}): ${what} in ${seconds} s\n`);
}

function checksOfPlan(plan: ScanPlan): CheckMetadata[] {
  const known = new Map(checkCatalog.map((check) => [check.id, check]));
  const unknown = plan.checkIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UsageError(`the plan names checks this scanner does not have (${unknown.join(', ')}): plan and scan with the same version`);
  return plan.checkIds.map((id) => known.get(id)!);
}

function runRequest(inputs: ScanInputs, request: Pick<AccountsScanRequest, 'accounts' | 'managementAccountId' | 'partition' | 'access' | 'checks'> & { regions?: string[]; excludedRegions?: string[]; scanUnusedServices: boolean }): AccountsScanRequest {
  const { options } = inputs;
  return {
    ...request,
    provider: { profile: options.profile, regions: request.regions, excludedRegions: request.excludedRegions, endpoint: options.endpointUrl, rateScale: options.rateScale },
    options: { scanUnusedServices: request.scanUnusedServices },
    config: inputs.config,
    concurrency: options.accountConcurrency ?? DEFAULT_ACCOUNT_CONCURRENCY,
  };
}

function contextOf(inputs: ScanInputs, scan: AccountsScan, facts: { organization: ScanPlan['organization']; partition: ScanPlan['partition']; callerArn: string; leftOut: readonly AccountOutcome[] }) {
  return organizationContext({
    scanName: inputs.options.scanName,
    ...facts,
    outcomes: [...scan.outcomes, ...facts.leftOut],
    regions: scan.regions,
    checkIds: scan.checkIds.length > 0 ? scan.checkIds : inputs.checks.map((check) => check.id),
    failures: scan.failures,
    startedAt: scan.startedAt,
    finishedAt: scan.finishedAt,
  });
}

/** `scanner aws --organization`, or `--plan --shard`: scan the accounts, then one set of outputs for all of them. */
export async function scanOrganizationAws(inputs: ScanInputs, outputsPhase: () => void): Promise<number> {
  const { options, log } = inputs;
  const pipeline = { ...(await pipelineOptionsOf(inputs)), allowPartial: options.allowPartial };
  if (options.plan && options.shard) {
    const plan = await loadPlan(options.plan);
    const shard = parseShard(options.shard, plan);
    const scan = await scanAccounts(
      runRequest(inputs, {
        accounts: plan.shards[shard.index - 1]!.accounts,
        managementAccountId: plan.organization.managementAccountId,
        partition: plan.partition,
        access: plan.access,
        checks: checksOfPlan(plan),
        regions: plan.regions,
        excludedRegions: plan.excludedRegions,
        scanUnusedServices: plan.scanUnusedServices,
      }),
      log,
      accountDone,
    );
    outputsPhase();
    const context = contextOf(inputs, scan, { ...plan, leftOut: [] });
    // Merge reads the findings back from JSON-OCSF, so a shard always writes it.
    const formats = [...new Set([...pipeline.outputs.formats, 'json-ocsf' as const])];
    const baseName = options.outputFilename ?? `${organizationOutputName(context)}-shard-${shard.index}-of-${shard.count}`;
    const { exitCode, paths, accountsPath } = await finishOrganization(scan, context, { ...pipeline, outputs: { ...pipeline.outputs, formats, baseName } }, log);
    const findingsPath = paths.find((path) => path.endsWith('.ocsf.json'))!;
    await writeShardManifest(options.outputDirectory, plan, shard, { findings: findingsPath, accounts: accountsPath }, scan);
    return exitCode;
  }
  const { target, scoped } = await scopedOrganizationOf(options, log);
  const { organization } = target;
  const scan = await scanAccounts(
    runRequest(inputs, {
      accounts: scoped.toScan,
      managementAccountId: organization.managementAccountId,
      partition: target.partition,
      access: memberAccessOf(options, (text) => process.stderr.write(text)),
      checks: inputs.checks,
      regions: options.region,
      excludedRegions: options.excludedRegion,
      scanUnusedServices: options.scanUnusedServices,
    }),
    log,
    accountDone,
  );
  outputsPhase();
  const context = contextOf(inputs, scan, { organization, partition: target.partition, callerArn: target.callerArn, leftOut: scoped.leftOut });
  return (await finishOrganization(scan, context, pipeline, log)).exitCode;
}
