import type { Logger } from 'pino';
import { allChecks } from '../checks/index.js';
import type { ScanOptions } from './checks/check.js';
import type { Finding } from './findings/finding.js';
import { runChecks } from './checks/runner.js';
import { selectChecks, type Selection } from './checks/selection.js';
import type { ScanProgress } from './cli/progress.js';
import { UsageError } from './errors.js';
import type { ScanContext } from './output/context.js';
import type { CallCounts } from './provider/clients.js';
import { AwsProvider, type ProviderOptions } from './provider/provider.js';
import { SCANNER_VERSION } from './version.js';

export interface ScanRequest {
  provider: ProviderOptions;
  selection: Selection;
  options: ScanOptions;
  scanName?: string;
}

export interface ScanResult {
  findings: Finding[];
  context: ScanContext;
  /** API calls made, by "Service:Operation". */
  calls: CallCounts;
}

/** Connects to the account, reads what the selected checks need, and runs them. */
export async function scanAccount(request: ScanRequest, log: Logger, progress?: ScanProgress): Promise<ScanResult> {
  const checks = selectChecks(allChecks, request.selection);
  if (checks.length === 0) throw new UsageError('no check matches the selection');
  const startedAt = new Date();
  const provider = await AwsProvider.connect(request.provider, log);
  const totalCalls = () => [...provider.clients.calls.values()].reduce((a, b) => a + b, 0);
  const ticker = progress ? setInterval(() => progress.apiCalls(totalCalls()), 1000) : undefined;
  try {
    const scope = { account: provider.account, clients: provider.clients };
    const outcome = await runChecks(checks, scope, request.options, {
      serviceLoaded: (...args) => {
        if (ticker && args[1] === args[2]) clearInterval(ticker);
        progress?.serviceLoaded(...args);
      },
      checkDone: (...args) => progress?.checkDone(...args),
    });
    for (const failure of outcome.failures) log.debug(failure, 'read failed');
    for (const crash of outcome.crashedChecks) log.error(crash, 'check failed to run');
    return {
      findings: outcome.findings,
      calls: provider.clients.calls,
      context: {
        scanName: request.scanName,
        account: provider.account,
        scannerVersion: SCANNER_VERSION,
        startedAt,
        finishedAt: new Date(),
        checkIds: checks.map((check) => check.id),
        failures: outcome.failures,
      },
    };
  } finally {
    clearInterval(ticker);
    provider.clients.destroy();
  }
}
