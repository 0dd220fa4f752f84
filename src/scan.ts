import type { Logger } from 'pino';
import { loadChecks } from './checks/catalog.js';
import type { CheckMetadata, ScanOptions } from './checks/check.js';
import { collectionsUsed, runChecks } from './checks/runner.js';
import type { AwsConfig } from './config/aws-config.js';
import type { Finding } from './findings/finding.js';
import type { ScanContext } from './output/context.js';
import type { CallCounts } from './provider/clients.js';
import { AwsProvider, type ProviderOptions } from './provider/provider.js';
import type { AwsResource, ResourceMap } from './services/resource-map.js';
import { SCANNER_VERSION } from './version.js';

export interface ScanRequest {
  provider: ProviderOptions;
  /** The selected checks, by their metadata; their logic is loaded here. */
  checks: readonly CheckMetadata[];
  options: ScanOptions;
  config: AwsConfig;
  scanName?: string;
  /** Keep what was read in the result, for an inventory; otherwise it is let go as the checks finish with it. */
  keepCollections?: boolean;
  /** Where the findings go as the checks make them (a spool on disk); the result's `findings` is then empty. */
  findingsTo?: (findings: readonly Finding[]) => Promise<void>;
}

/** A terminal's view of the scan; `endLine` ends a status line left open, before something else is printed. */
export interface ScanProgress {
  /** Called every second while collections load. */
  reading(status: ReadingStatus): void;
  collectionLoaded(service: string, name: string, loaded: number): void;
  checkDone(id: string, done: number, total: number): void;
  endLine(): void;
}

export interface ReadingStatus {
  calls: number;
  throttled: number;
  /** Time left, once there is something to estimate it from. */
  secondsLeft?: number;
}

export interface ScanResult {
  findings: Finding[];
  context: ScanContext;
  /** API calls made, by "Service:Operation". */
  calls: CallCounts;
  /** Attempts throttled by AWS and retried. */
  throttles: number;
  /** Every collection read, dependencies included, when the request asked to keep them: what `--save-inventory` saves. */
  collections?: readonly ResourceMap<AwsResource>[];
}

const SHODAN_CHECK = 'ec2_elastic_ip_shodan';
const WAITING_LOG_MS = 30_000;

/** The selected checks that can run: the Shodan lookup needs an API key, and without one is left out, said once. */
export function runnable(checks: readonly CheckMetadata[], config: AwsConfig, log: Logger): readonly CheckMetadata[] {
  if (config.shodan_api_key || !checks.some((check) => check.id === SHODAN_CHECK)) return checks;
  log.info(`${SHODAN_CHECK} is skipped: it needs a Shodan API key (-N/--shodan, or shodan_api_key in the config file)`);
  return checks.filter((check) => check.id !== SHODAN_CHECK);
}

/** Connects to the account, reads the collections the selected checks need, and runs them. */
export async function scanAccount(request: ScanRequest, log: Logger, progress?: ScanProgress): Promise<ScanResult> {
  const checks = await loadChecks(runnable(request.checks, request.config, log));
  const startedAt = new Date();
  const provider = await AwsProvider.connect(request.provider, log);
  const totalCalls = () => [...provider.clients.calls.values()].reduce((a, b) => a + b, 0);
  let loaded = 0;
  const toLoad = collectionsUsed(checks).length;
  const readingStartedAt = Date.now();
  const ticker = progress
    ? setInterval(() => {
        const { pacing } = provider.clients;
        const secondsLeft = estimateSecondsLeft((Date.now() - readingStartedAt) / 1000, loaded / toLoad, pacing.queuedSeconds());
        progress.reading({ calls: totalCalls(), throttled: pacing.counts.throttled, secondsLeft });
      }, 1000)
    : undefined;
  // A scan of a large account spends most of its time waiting for AWS's rates; say for which.
  const waitingLog = setInterval(() => {
    const waiting = provider.clients.pacing.queuedBuckets(3);
    if (waiting.length > 0) log.info({ waiting }, "calls waiting for AWS's rate limits");
  }, WAITING_LOG_MS);
  try {
    const scope = { account: provider.account, clients: provider.clients, config: request.config };
    let handedOff = 0;
    const findingsTo =
      request.findingsTo &&
      ((findings: readonly Finding[]) => {
        handedOff += findings.length;
        return request.findingsTo!(findings);
      });
    log.info({ checks: checks.length }, 'reading the collections the checks need');
    const outcome = await runChecks(checks, scope, { options: request.options, config: request.config, keepCollections: request.keepCollections, findingsTo }, {
      collectionStarted: (service, name) => log.info({ service, collection: name }, 'reading collection'),
      collectionLoaded: (service, name, { failures, calls, milliseconds }) => {
        log.info({ service, collection: name, calls, failures, seconds: milliseconds / 1000 }, 'collection read');
        progress?.collectionLoaded(service, name, ++loaded);
      },
      checkDone: (id, done, total) => {
        clearInterval(ticker);
        progress?.checkDone(id, done, total);
      },
    });
    for (const failure of outcome.failures) log.info(failure, 'read failed: its checks report ERROR for it');
    for (const crash of outcome.crashedChecks) log.error(crash, 'check failed to run');
    const pacing = { ...provider.clients.pacing.counts };
    log.info({ findings: outcome.findings.length + handedOff, apiCalls: totalCalls(), ...pacing, readFailures: outcome.failures.length }, 'checks done');
    log.debug({ calls: Object.fromEntries(provider.clients.calls) }, 'API calls by operation');
    return {
      findings: outcome.findings,
      calls: provider.clients.calls,
      throttles: pacing.throttled,
      context: {
        scanName: request.scanName,
        account: provider.account,
        scannerVersion: SCANNER_VERSION,
        startedAt,
        finishedAt: new Date(),
        checkIds: checks.map((check) => check.metadata.id),
        failures: outcome.failures,
        pacing,
      },
      ...(request.keepCollections ? { collections: outcome.collections } : {}),
    };
  } finally {
    clearInterval(waitingLog);
    clearInterval(ticker);
    provider.clients.destroy();
  }
}

/**
 * The larger of two estimates: the time the calls queued at their buckets still need (a paced
 * account is bound by its slowest bucket), and the time so far scaled by the collections left.
 */
export function estimateSecondsLeft(elapsedSeconds: number, fractionLoaded: number, queuedSeconds: number): number | undefined {
  const byCollections = fractionLoaded > 0 ? (elapsedSeconds * Math.max(0, 1 - fractionLoaded)) / fractionLoaded : undefined;
  if (byCollections === undefined && queuedSeconds === 0) return undefined;
  return Math.ceil(Math.max(byCollections ?? 0, queuedSeconds));
}
