import type { Logger } from 'pino';
import { checkCatalog } from '../checks/catalog.js';
import type { CheckMetadata } from '../checks/check.js';
import type { AwsConfig } from '../config/aws-config.js';
import type { ComplianceGate } from '../compliance/select.js';
import type { Mutelist } from '../mutelist/mutelist.js';
import { selectChecks } from '../checks/selection.js';
import { loadFrameworks } from '../compliance/framework.js';
import { findFramework, parseComplianceGates } from '../compliance/select.js';
import { DEFAULT_AWS_CONFIG } from '../config/aws-config.js';
import { loadAwsConfig } from '../config/load.js';
import { ExitCode, UsageError } from '../errors.js';
import { Baseline } from '../findings/baseline.js';
import { AccountFindings } from '../findings/spool.js';
import type { ResourceScope } from '../findings/scope.js';
import { createLogger } from '../logger.js';
import { loadMutelist } from '../mutelist/load.js';
import { checkOutputDirectory, defaultOutputName } from '../output/formats.js';
import { runPipeline, type PipelineOptions, type UploadOptions } from '../pipeline/pipeline.js';
import { checkInventoryTarget, packInventory, saveInventory } from '../inventory/save.js';
import { replayInventory } from '../inventory/replay.js';
import type { ScanResult } from '../scan.js';
import { join } from 'node:path';
import { DEFAULT_ROLE_SESSION_NAME, DEFAULT_SESSION_DURATION } from '../provider/session.js';
import { selectionOf } from './list.js';
import { parseAwsOptions, type AwsOptions } from './options.js';
import { terminalProgress } from './progress.js';

function resourceScopeOf(options: AwsOptions): ResourceScope | undefined {
  if (options.resourceTag) return { tags: options.resourceTag };
  if (options.resourceArn) return { arns: options.resourceArn };
  return undefined;
}

/** The bucket is the scanning side's, so the upload uses the caller's own credentials, not the role. */
async function uploadOptionsOf(options: AwsOptions): Promise<UploadOptions | undefined> {
  if (!options.outputBucket) return undefined;
  // Loaded only when uploading: the credential providers pull in the AWS SDK.
  const { sourceCredentials } = await import('../provider/credentials.js');
  return {
    target: options.outputBucket,
    expiresInSeconds: options.presignExpiry,
    credentials: sourceCredentials(options.profile),
    endpoint: options.endpointUrl ?? process.env.AWS_ENDPOINT_URL,
  };
}

/**
 * Saves what the scan read: to `--save-inventory`, or, when the outputs go to a bucket, next to
 * them as `<name>.inventory/`, packed as `<name>.inventory.tar.gz` to be uploaded with them, so a
 * delivered scan can be judged again. A replay saves nothing: its inventory exists already.
 */
async function saveInventoryOf(scan: ScanResult, options: AwsOptions): Promise<{ directory: string; packed?: string } | undefined> {
  if (!scan.collections || !savesInventory(options)) return undefined;
  const directory = options.saveInventory ?? join(options.outputDirectory, `${options.outputFilename ?? defaultOutputName(scan.context)}.inventory`);
  const { context } = scan;
  await saveInventory(directory, {
    scanName: context.scanName,
    startedAt: context.startedAt,
    finishedAt: context.finishedAt,
    checks: context.checkIds,
    accounts: [{ account: context.account, collections: scan.collections }],
  });
  return options.outputBucket ? { directory, packed: await packInventory(directory) } : { directory };
}

/**
 * The account's findings, with its inventory saved when asked for. What was read is let go here
 * if it was kept for the inventory, before the outputs are written: they need only the findings.
 */
async function judgeAccount(
  options: AwsOptions,
  log: Logger,
  scanned: () => Promise<ScanResult>,
): Promise<{ scan: Omit<ScanResult, 'collections'>; inventory: Awaited<ReturnType<typeof saveInventoryOf>> }> {
  const { collections, ...scan } = await scanned();
  const inventory = await saveInventoryOf({ ...scan, collections }, options);
  log.debug({ collections: collections?.length ?? 0 }, 'collections released before the outputs');
  return { scan, inventory };
}

/**
 * Findings a single-account scan keeps in memory before it moves them to disk: the practice account
 * makes about 2,100, the large benchmark account about 300,000.
 */
const FINDINGS_KEPT_IN_MEMORY = 20_000;

/** Whether the scan's inventory is saved: asked for, or delivered with outputs that go to a bucket. */
function savesInventory(options: AwsOptions): boolean {
  return !options.fromInventory && (options.saveInventory !== undefined || options.outputBucket !== undefined);
}

/** What a scan needs beside AWS, every input file read and checked before anything is called. */
export interface ScanInputs {
  options: AwsOptions;
  checks: readonly CheckMetadata[];
  config: AwsConfig;
  mutelist?: Mutelist;
  baseline?: Baseline;
  complianceGates: ComplianceGate[];
  log: Logger;
}

async function readScanInputs(raw: Record<string, unknown>): Promise<ScanInputs> {
  const options = parseAwsOptions(raw);
  const checks = selectChecks(checkCatalog, selectionOf(options));
  if (checks.length === 0) throw new UsageError('no check matches the selection');
  // Every input file is read before the scan, so a typo fails in a second rather than after hours.
  const fileConfig = options.configFile ? loadAwsConfig(options.configFile) : DEFAULT_AWS_CONFIG;
  // As in Prowler, -N/--shodan stands in for the config file's shodan_api_key.
  const config = options.shodan ? { ...fileConfig, shodan_api_key: options.shodan } : fileConfig;
  const mutelist = options.mutelistFile ? loadMutelist(options.mutelistFile) : undefined;
  const baseline = options.baseline ? await Baseline.load(options.baseline) : undefined;
  const complianceGates = parseComplianceGates(loadFrameworks(), options.failOnCompliance ?? []);
  await checkOutputDirectory(options.outputDirectory);
  if (options.saveInventory) await checkInventoryTarget(options.saveInventory);
  return { options, checks, config, mutelist, baseline, complianceGates, log: createLogger(options.logLevel) };
}

/** Everything after the scan, from the options: the same for one account and for an organization. */
export async function pipelineOptionsOf(inputs: ScanInputs): Promise<PipelineOptions> {
  const { options, config, mutelist, baseline, complianceGates } = inputs;
  return {
    mutelist,
    resourceScope: resourceScopeOf(options),
    statuses: options.status,
    outputs: { formats: options.outputFormats, directory: options.outputDirectory, baseName: options.outputFilename },
    upload: await uploadOptionsOf(options),
    gate: { failOn: options.failOn, baseline, ignoreExitCode3: options.ignoreExitCode3, allowPartial: options.allowPartial },
    compliance: {
      config,
      named: [
        ...new Set([
          ...(options.compliance ?? []).map((name) => findFramework(loadFrameworks(), name).name),
          ...complianceGates.map((gate) => gate.framework.name),
        ]),
      ],
      gates: complianceGates,
    },
    webhook: options.notifyWebhook,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

/** `scanner aws` without a listing flag: validate everything, read the inputs, scan, then write and gate. */
export async function scanAws(raw: Record<string, unknown>): Promise<number> {
  const inputs = await readScanInputs(raw);
  const { options, checks, config, log } = inputs;
  const role = options.roleArn
    ? {
        roleArn: options.roleArn,
        externalId: options.externalId,
        sessionName: options.roleSessionName ?? DEFAULT_ROLE_SESSION_NAME,
        durationSeconds: options.sessionDuration ?? DEFAULT_SESSION_DURATION,
      }
    : undefined;
  const progress = terminalProgress();
  let phase: 'scan' | 'outputs' = 'scan';
  const interrupted = () => {
    progress?.endLine();
    process.stderr.write(
      phase === 'scan'
        ? 'scanner: interrupted while reading the account; no output was written\n'
        : `scanner: interrupted while writing or delivering the outputs; the files in ${options.outputDirectory} are complete, except any *.partial\n`,
    );
    process.exit(ExitCode.interrupted);
  };
  process.once('SIGINT', interrupted);
  try {
    if (options.organization || options.plan) {
      const { scanOrganizationAws } = await import('./aws-organization.js');
      return await scanOrganizationAws(inputs, () => (phase = 'outputs'));
    }
    const request = { checks, options: { scanUnusedServices: options.scanUnusedServices }, config, scanName: options.scanName, keepCollections: savesInventory(options) };
    const provider = { profile: options.profile, role, regions: options.region, excludedRegions: options.excludedRegion, endpoint: options.endpointUrl, rateScale: options.rateScale };
    const made = options.fromInventory ? undefined : new AccountFindings(FINDINGS_KEPT_IN_MEMORY);
    try {
      const { scan, inventory } = await judgeAccount(options, log, () =>
        made
          ? import('../scan.js').then(({ scanAccount }) => scanAccount({ ...request, provider, findingsTo: (findings) => made.add(findings) }, log, progress))
          : replayInventory(options.fromInventory!, request, log),
      );
      phase = 'outputs';
      const pipeline = await pipelineOptionsOf(inputs);
      const outcome = await runPipeline({ ...scan, findings: made?.findings ?? scan.findings }, { ...pipeline, outputs: { ...pipeline.outputs, alongside: inventory?.packed } }, log);
      for (const path of outcome.paths) log.info({ path }, 'output written');
      return outcome.exitCode;
    } finally {
      made?.remove();
    }
  } catch (error) {
    if (options.notifyWebhook) {
      const { buildFailureNotification, notifyWebhook } = await import('../delivery/webhook.js');
      await notifyWebhook(options.notifyWebhook, buildFailureNotification(options.scanName, error), log);
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupted);
  }
}
