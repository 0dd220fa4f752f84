import type { AwsConfig, AwsConfigKey } from '../config/aws-config.js';
import { describeError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import type { CollectionScope } from '../services/collection.js';
import type { ServiceName } from '../services/index.js';
import { CollectionLoader, uniqueFailures, type LoadProgress } from '../services/loader.js';
import { UnreadDataError, type AwsResource, type ReadFailure, type ResourceMap } from '../services/resource-map.js';
import type { Check, CheckInput, ScanOptions, Uses } from './check.js';
import { Report, type CheckResult, type Subject } from './report.js';

export interface RunProgress extends LoadProgress {
  checkDone?(id: string, done: number, total: number): void;
}

export interface RunSettings {
  options: ScanOptions;
  config: AwsConfig;
}

export interface RunChoices extends RunSettings {
  /**
   * Keep every collection read, for an inventory. Otherwise each collection is let go once the
   * last check that reads it has run, so a large account's findings do not pile up on top of
   * everything that was read.
   */
  keepCollections?: boolean;
  /**
   * Where findings go as the checks make them, a few thousand at a time, instead of into the
   * outcome: a spool on disk, so that a large account's findings are not all in memory at once.
   */
  findingsTo?: (findings: readonly Finding[]) => Promise<void>;
}

/** How many findings are handed to `findingsTo` at a time. */
const FINDINGS_PER_HANDOFF = 5_000;

export interface RunOutcome {
  /** Every finding, unless they were handed to `findingsTo`. */
  findings: Finding[];
  /** Every read that failed, across all loaded collections. */
  failures: ReadFailure[];
  /** A check that threw: a bug in the check, reported as ERROR findings too. */
  crashedChecks: { id: string; message: string }[];
  /** Every collection read, dependencies included: what `--save-inventory` saves; empty unless kept. */
  collections: ResourceMap<AwsResource>[];
}

/**
 * Where the checks' collections come from: read from AWS by the loader, or from a saved inventory.
 * A source may lack a collection (an inventory of a scan that did not read it): the checks that
 * need it report ERROR with `missing`'s words, never a verdict.
 */
export interface CollectionSource {
  collection(service: ServiceName, name: string): Promise<ResourceMap<AwsResource> | undefined>;
  /** Every collection handed out so far, dependencies included. */
  loaded(): Promise<ResourceMap<AwsResource>[]>;
  /** Forgets every collection handed out, so that what no caller holds any longer can be freed. */
  release?(): void;
  /** Why collections (`service.name`) this source lacks are missing, for the ERROR's detail. */
  missing?(collections: readonly string[]): string;
}

/** The loaded collections checks read, by service and name. */
export type LoadedCollections = ReadonlyMap<string, ResourceMap<AwsResource>>;

const collectionKey = (service: string, name: string) => `${service}.${name}`;

/** Every collection the checks declare, once each. */
export function collectionsUsed(checks: readonly Check[]): { service: ServiceName; name: string }[] {
  const used = new Map<string, { service: ServiceName; name: string }>();
  for (const { logic } of checks) {
    for (const [service, names] of Object.entries(logic.uses) as [ServiceName, readonly string[]][]) {
      for (const name of names) used.set(collectionKey(service, name), { service, name });
    }
  }
  return [...used.values()];
}

/** Loads exactly the collections the checks declare (each once, concurrently), then runs every check on them. */
export async function runChecks(checks: readonly Check[], scope: CollectionScope, choices: RunChoices, progress?: RunProgress): Promise<RunOutcome> {
  return runChecksOn(checks, new CollectionLoader(scope, progress), scope.account, choices, progress);
}

/** Runs every check on the collections `source` holds; a check whose collections it lacks reports ERROR. */
export async function runChecksOn(
  checks: readonly Check[],
  source: CollectionSource,
  account: EvaluationContext['account'],
  { keepCollections = false, findingsTo, ...settings }: RunChoices,
  progress?: RunProgress,
): Promise<RunOutcome> {
  const collections = await loadUsed(checks, source);
  const read = await source.loaded();
  const failures = uniqueFailures(read);
  const kept = keepCollections ? read : [];
  if (!keepCollections) source.release?.();
  const lastUse = new Map<string, number>();
  checks.forEach((check, index) => collectionsUsed([check]).forEach(({ service, name }) => lastUse.set(collectionKey(service, name), index)));
  const timestamp = new Date().toISOString();
  const context = { account, checksInScan: new Set(checks.map((check) => check.metadata.id)), ...settings, timestamp };
  let findings: Finding[] = [];
  const crashedChecks: RunOutcome['crashedChecks'] = [];
  for (const [index, check] of checks.entries()) {
    const used = collectionsUsed([check]).map(({ service, name }) => collectionKey(service, name));
    const missing = used.filter((key) => !collections.has(key));
    const evaluation =
      missing.length > 0 && source.missing
        ? { findings: [checkError(check, context, source.missing(missing))] }
        : evaluateCheck(check, collections, context);
    for (const finding of evaluation.findings) findings.push(finding);
    if (evaluation.crash) crashedChecks.push({ id: check.metadata.id, message: evaluation.crash });
    if (!keepCollections) for (const key of used) if (lastUse.get(key) === index) collections.delete(key);
    if (findingsTo && findings.length >= FINDINGS_PER_HANDOFF) {
      await findingsTo(findings);
      findings = [];
    }
    progress?.checkDone?.(check.metadata.id, index + 1, checks.length);
  }
  if (findingsTo && findings.length > 0) {
    await findingsTo(findings);
    findings = [];
  }
  return { findings, failures, crashedChecks, collections: kept };
}

/** The collections the checks declare, by key; one the source lacks is left out. */
async function loadUsed(checks: readonly Check[], source: CollectionSource): Promise<Map<string, ResourceMap<AwsResource>>> {
  const loaded = await Promise.all(
    collectionsUsed(checks).map(async ({ service, name }) => [collectionKey(service, name), await source.collection(service, name)] as const),
  );
  return new Map(loaded.flatMap(([key, map]) => (map ? [[key, map] as const] : [])));
}

export interface EvaluationContext extends RunSettings {
  account: CheckInput<Uses>['account'];
  checksInScan: ReadonlySet<string>;
  /** ISO 8601, the end of the scan's data collection. */
  timestamp: string;
}

/** The input `run` receives: the collections it declared, and the config keys it declared. */
function checkInput(check: Check, collections: LoadedCollections, context: EvaluationContext): CheckInput<Uses, AwsConfigKey> {
  const data = Object.fromEntries(
    Object.entries(check.logic.uses).map(([service, names]: [string, readonly string[]]) => [
      service,
      Object.fromEntries(
        names.map((name) => {
          const map = collections.get(collectionKey(service, name));
          if (!map) throw new Error(`collection ${service}.${name} was not loaded`);
          return [name, map];
        }),
      ),
    ]),
  );
  const config = Object.fromEntries((check.logic.config ?? []).map((key) => [key, context.config[key]]));
  return { ...data, account: context.account, options: context.options, config, checksInScan: context.checksInScan } as CheckInput<Uses, AwsConfigKey>;
}

/** Runs one check on loaded collections: its verdicts, and ERROR for whatever it needed but could not read. */
export function evaluateCheck(check: Check, collections: LoadedCollections, context: EvaluationContext): { findings: Finding[]; crash?: string } {
  const report = new Report();
  const toFinding = (result: CheckResult): Finding => makeFinding(check, result, context);
  try {
    check.logic.run(checkInput(check, collections, context), report);
  } catch (error) {
    if (error instanceof UnreadDataError) {
      report.unread(error.failure);
    } else {
      const crash = describeError(error);
      return { findings: [checkError(check, context, `The check failed to run: ${crash}`)], crash };
    }
  }
  return { findings: report.results.map(toFinding) };
}

/** One ERROR for the check as a whole, on the account, when it could not judge any resource. */
function checkError(check: Check, context: EvaluationContext, detail: string): Finding {
  const { account } = context;
  const subject = { arn: `arn:${account.partition}:${check.metadata.service}::${account.id}`, id: check.metadata.id, region: account.globalRegion };
  return makeFinding(check, { status: 'ERROR', subject, detail }, context);
}

function makeFinding(check: Check, result: CheckResult, context: EvaluationContext): Finding {
  const subject: Subject = result.subject;
  const { account } = context;
  return {
    uid: `scanner-aws-${check.metadata.id}-${account.id}-${subject.region}-${subject.id}`,
    check: check.metadata,
    status: result.status,
    severity: result.severity ?? check.metadata.severity,
    statusExtended: result.detail,
    muted: false,
    accountId: account.id,
    partition: account.partition,
    region: subject.region,
    resource: { arn: subject.arn, id: subject.id, name: subject.name ?? subject.id, tags: subject.tags ?? {} },
    timestamp: context.timestamp,
  };
}
