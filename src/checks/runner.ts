import { describeError } from '../errors.js';
import type { AwsResource, ReadFailure, ResourceMap } from '../services/resource-map.js';
import { createService, type ServiceName, type Services } from '../services/registry.js';
import type { ServiceScope } from '../services/service.js';
import { DEFAULT_SCAN_OPTIONS, type Check, type ScanOptions } from './check.js';
import type { Finding } from '../findings/finding.js';
import { Report, type CheckResult, type Subject } from './report.js';

export interface RunProgress {
  serviceLoaded(name: ServiceName, done: number, total: number): void;
  checkDone(id: string, done: number, total: number): void;
}

export interface RunOutcome {
  findings: Finding[];
  /** Every read that failed, across all loaded services. */
  failures: ReadFailure[];
  /** A check that threw: a bug in the check, reported as ERROR findings too. */
  crashedChecks: { id: string; message: string }[];
}

/** Loads the services the checks use (each once, concurrently), then runs every check on them. */
export async function runChecks(
  checks: readonly Check[],
  scope: ServiceScope,
  options: ScanOptions = DEFAULT_SCAN_OPTIONS,
  progress?: RunProgress,
): Promise<RunOutcome> {
  const services = await loadServices(checks, scope, progress);
  const timestamp = new Date().toISOString();
  const checksInScan = new Set(checks.map((check) => check.id));
  const findings: Finding[] = [];
  const crashedChecks: RunOutcome['crashedChecks'] = [];
  checks.forEach((check, index) => {
    const evaluation = evaluateCheck(check, services, { ...scope, checksInScan }, options, timestamp);
    findings.push(...evaluation.findings);
    if (evaluation.crash) crashedChecks.push({ id: check.id, message: evaluation.crash });
    progress?.checkDone(check.id, index + 1, checks.length);
  });
  // One failed call can leave several maps unread (IAM's authorization details fill five): it is
  // still one failure.
  const failures = [
    ...new Map(
      Object.values(services)
        .flatMap((service) => service.failures)
        .map((f) => [`${f.service}|${f.region}|${f.operation}|${f.resourceArn ?? ''}`, f]),
    ).values(),
  ];
  return { findings, failures, crashedChecks };
}

/** Runs one check on loaded services: its verdicts, plus ERROR for whatever it could not read. */
export function evaluateCheck(
  check: Check,
  services: Partial<Services>,
  scope: Pick<ServiceScope, 'account'> & { checksInScan: ReadonlySet<string> },
  options: ScanOptions,
  timestamp: string,
): { findings: Finding[]; crash?: string } {
  const report = new Report();
  const toFinding = (result: CheckResult | ErrorResult): Finding => makeFinding(check, result, scope, timestamp);
  try {
    check.run({ ...(services as Services), account: scope.account, options, checksInScan: scope.checksInScan }, report);
    return { findings: [...report.results.map(toFinding), ...unreadScopes(report).map(toFinding)] };
  } catch (error) {
    const crash = describeError(error);
    const subject = accountScopeSubject(scope, check);
    return { findings: [toFinding({ status: 'ERROR', subject, detail: `The check failed to run: ${crash}` })], crash };
  }
}

async function loadServices(checks: readonly Check[], scope: ServiceScope, progress?: RunProgress): Promise<Partial<Services>> {
  const names = [...new Set(checks.flatMap((check) => check.uses))].sort();
  let loaded = 0;
  const entries = await Promise.all(
    names.map(async (name) => {
      const service = createService(name, scope);
      await service.load();
      progress?.serviceLoaded(name, ++loaded, names.length);
      return [name, service] as const;
    }),
  );
  return Object.fromEntries(entries);
}

interface ErrorResult {
  status: 'ERROR';
  subject: Subject;
  detail: string;
}

/**
 * ERROR results for what the check depended on but could not be read: each failed regional
 * listing of a map it read, each resource it judges whose data failed to load and that it
 * therefore left without a verdict, and each subject it declared undeterminable. A resource the
 * check did judge had everything that check needed.
 */
function unreadScopes(report: Report): ErrorResult[] {
  const judged = new Set(report.results.map((result) => result.subject.arn));
  const errors = new Map<string, ErrorResult>();
  const add = (key: string, error: ErrorResult) => errors.has(key) || errors.set(key, error);
  for (const map of new Set([...report.sources, ...report.consulted])) {
    const judges = report.sources.has(map);
    for (const failure of map.failures) {
      if (failure.resourceArn === undefined) {
        add(`${failure.region}|${failure.operation}|`, unlistedRegion(map, failure));
      } else if (judges && !judged.has(failure.resourceArn)) {
        add(`${failure.region}|${failure.operation}|${failure.resourceArn}`, unreadResource(failure));
      }
    }
  }
  for (const { subject, source } of report.undetermined) {
    const causes = [...report.consulted, ...report.sources].flatMap((map) =>
      map.failures.filter((f) => f.resourceArn === source.arn || (f.resourceArn === undefined && f.region === source.region)),
    );
    const because = causes.map((f) => `${f.service} ${f.operation} failed for ${source.id} (${f.message})`).join('; ');
    add(`undetermined|${subject.arn}|${subject.region}`, {
      status: 'ERROR',
      subject,
      detail: `Could not judge ${subject.id}: ${because || `the data of ${source.id} could not be read`}.`,
    });
  }
  return [...errors.values()];
}

function unlistedRegion(map: ResourceMap<AwsResource>, failure: ReadFailure): ErrorResult {
  return {
    status: 'ERROR',
    subject: { arn: `${failure.service}:${failure.operation}:${failure.region}`, id: `${failure.service}:${failure.operation}`, region: failure.region },
    detail: `Could not list ${failure.service} ${map.kind} in ${failure.region}: ${failure.operation} failed (${failure.message}).`,
  };
}

function unreadResource(failure: ReadFailure & { resourceArn?: string }): ErrorResult {
  const arn = failure.resourceArn ?? '';
  return {
    status: 'ERROR',
    subject: { arn, id: arn.split(/[:/]/).pop() ?? arn, region: failure.region },
    detail: `Could not read ${arn}: ${failure.service} ${failure.operation} failed (${failure.message}).`,
  };
}

function accountScopeSubject(scope: Pick<ServiceScope, 'account'>, check: Check): Subject {
  return { arn: `arn:${scope.account.partition}:${check.service}::${scope.account.id}`, id: check.id, region: scope.account.globalRegion };
}

function makeFinding(check: Check, result: CheckResult | ErrorResult, scope: Pick<ServiceScope, 'account'>, timestamp: string): Finding {
  const { subject } = result;
  const name = subject.name ?? subject.id;
  return {
    uid: `scanner-aws-${check.id}-${scope.account.id}-${subject.region}-${subject.id}`,
    check,
    status: result.status,
    statusExtended: result.detail,
    muted: false,
    accountId: scope.account.id,
    partition: scope.account.partition,
    region: subject.region,
    resource: { arn: subject.arn, id: subject.id, name, tags: subject.tags ?? {} },
    timestamp,
  };
}
