import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import { ExitCode } from '../errors.js';
import type { FindingSpool } from '../findings/spool.js';
import { writeFileAtomically } from '../output/atomic-file.js';
import type { ScanContext } from '../output/context.js';
import { defaultOutputName } from '../output/formats.js';
import { runPipeline, type PipelineOptions } from '../pipeline/pipeline.js';
import { globalRegionOf, type Partition } from '../provider/arn.js';
import type { ReadFailure } from '../services/resource-map.js';
import { SCANNER_VERSION } from '../version.js';
import type { AccountOutcome, AccountStatus, OrganizationContext } from './account.js';

/** Statuses of accounts that were asked for and could not be read: the scan is incomplete. */
const NOT_SCANNED: ReadonlySet<AccountStatus> = new Set(['assume_denied', 'failed']);

export interface OrganizationScanFacts {
  scanName?: string;
  organization: { id: string; managementAccountId: string };
  partition: Partition;
  callerArn: string;
  /** Every account of the organization, scanned or not, in any order. */
  outcomes: readonly AccountOutcome[];
  regions: readonly string[];
  checkIds: readonly string[];
  failures: readonly ReadFailure[];
  startedAt: Date;
  finishedAt: Date;
}

/**
 * The context of an organization's findings: the organization with every account's outcome, and,
 * where the writers expect one account, the management account seen by the caller.
 */
export function organizationContext(facts: OrganizationScanFacts): ScanContext {
  const organization: OrganizationContext = {
    id: facts.organization.id,
    managementAccountId: facts.organization.managementAccountId,
    accounts: [...facts.outcomes].sort((a, b) => a.id.localeCompare(b.id)),
  };
  return {
    ...(facts.scanName ? { scanName: facts.scanName } : {}),
    account: {
      id: facts.organization.managementAccountId,
      partition: facts.partition,
      callerArn: facts.callerArn,
      regions: [...facts.regions],
      globalRegion: globalRegionOf(facts.partition),
    },
    scannerVersion: SCANNER_VERSION,
    startedAt: facts.startedAt,
    finishedAt: facts.finishedAt,
    checkIds: [...facts.checkIds],
    failures: [...facts.failures],
    organization,
  };
}

/** `scanner-output-[<scan name>-]<organization ID>-<UTC time>`, beside single-account scans' names. */
export function organizationOutputName(context: ScanContext): string {
  const organizationId = context.organization?.id ?? context.account.id;
  return defaultOutputName({ ...context, account: { ...context.account, id: organizationId } });
}

/** What `<base name>.accounts.json` holds. */
export interface AccountsFile {
  organizationId: string;
  managementAccountId: string;
  /** Accounts that were asked for and not read (assume_denied, failed). */
  notScanned: number;
  accounts: readonly AccountOutcome[];
}

export function accountsFileOf(organization: OrganizationContext): AccountsFile {
  return {
    organizationId: organization.id,
    managementAccountId: organization.managementAccountId,
    notScanned: organization.accounts.filter((account) => NOT_SCANNED.has(account.status)).length,
    accounts: organization.accounts,
  };
}

export async function writeAccountsFile(organization: OrganizationContext, directory: string, baseName: string): Promise<string> {
  const path = join(directory, `${baseName}.accounts.json`);
  await writeFileAtomically(path, (out) => pipeline([`${JSON.stringify(accountsFileOf(organization), null, 2)}\n`], out));
  return path;
}

/** The lines the summary ends with: how many accounts were read, and which were not and why. */
export function renderCoverage(organization: OrganizationContext, allowPartial: boolean): string {
  const asked = organization.accounts.filter((account) => account.status !== 'excluded' && account.status !== 'skipped_suspended');
  const missed = asked.filter((account) => NOT_SCANNED.has(account.status));
  const partial = asked.filter((account) => account.status === 'partial');
  const lines = [
    `Organization ${organization.id}: ${asked.length - missed.length} of ${asked.length} accounts scanned` +
      `${partial.length > 0 ? ` (${partial.length} with reads that failed)` : ''}, ${organization.accounts.length - asked.length} left out`,
    ...missed.map((account) => `  not scanned: ${account.id} (${account.name}) ${account.status}: ${account.error ?? ''}`),
  ];
  if (missed.length > 0) {
    lines.push(allowPartial ? 'Coverage: incomplete, accepted (--allow-partial)' : 'Coverage: incomplete (exit 4; --allow-partial accepts it)');
  }
  return `${lines.join('\n')}\n`;
}

/** Exit 4 when accounts were not read and nothing else decided the exit code. */
export function organizationExitCode(pipelineExitCode: number, organization: OrganizationContext, allowPartial: boolean): number {
  if (pipelineExitCode !== ExitCode.ok || allowPartial) return pipelineExitCode;
  return organization.accounts.some((account) => NOT_SCANNED.has(account.status)) ? ExitCode.incomplete : ExitCode.ok;
}

/**
 * The pipeline once for the whole organization, the accounts file beside its outputs, the coverage
 * after its summary; resolves to the run's exit code and the files written. The spool of findings
 * is removed once the outputs are written, or have failed to be.
 */
export async function finishOrganization(
  scan: { findings: FindingSpool },
  context: ScanContext,
  options: PipelineOptions & { allowPartial: boolean },
  log: Logger,
): Promise<{ exitCode: number; paths: string[]; accountsPath: string }> {
  const { organization } = context;
  if (!organization) throw new Error('finishOrganization needs an organization context');
  const baseName = options.outputs.baseName ?? organizationOutputName(context);
  const accountsPath = await writeAccountsFile(organization, options.outputs.directory, baseName);
  const outcome = await runPipeline({ findings: scan.findings, context }, { ...options, outputs: { ...options.outputs, baseName } }, log).finally(() => scan.findings.remove());
  options.stdout(`  accounts: ${accountsPath}\n${renderCoverage(organization, options.allowPartial)}`);
  return { exitCode: organizationExitCode(outcome.exitCode, organization, options.allowPartial), paths: outcome.paths, accountsPath };
}
