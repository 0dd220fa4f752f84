import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { CheckMetadata, ScanOptions } from '../checks/check.js';
import type { AwsConfig } from '../config/aws-config.js';
import { describeError } from '../errors.js';
import { FindingSpool } from '../findings/spool.js';
import { AssumeRoleError, type RoleToAssume } from '../provider/credentials.js';
import type { ProviderOptions } from '../provider/provider.js';
import { scanAccount, type ScanResult } from '../scan.js';
import type { ReadFailure } from '../services/resource-map.js';
import type { AccountOutcome, MemberAccount } from './account.js';

/** How the scanner gets into each member account. */
export interface MemberAccess {
  /** `--role-arn-template` with `{account}`, or the role name of `--member-role`. */
  roleArnTemplate?: string;
  roleName: string;
  externalId?: string;
  sessionName: string;
  durationSeconds: number;
}

/** The role to assume in `accountId`, in the caller's partition. */
export function memberRoleArn(accountId: string, partition: string, access: MemberAccess): string {
  if (access.roleArnTemplate) return access.roleArnTemplate.replaceAll('{account}', accountId);
  return `arn:${partition}:iam::${accountId}:role/${access.roleName}`;
}

export interface AccountsScanRequest {
  accounts: readonly MemberAccount[];
  /** Scanned with the caller's own credentials rather than through a member role. */
  managementAccountId: string;
  partition: string;
  access: MemberAccess;
  /** Everything but the role, the same for every account. */
  provider: Omit<ProviderOptions, 'role'>;
  checks: readonly CheckMetadata[];
  options: ScanOptions;
  config: AwsConfig;
  /** Accounts scanned at the same time (`--account-concurrency`). */
  concurrency: number;
}

/** The scans of many accounts, gathered. */
export interface AccountsScan {
  /** On disk, in account order; each finding's `account` is its account's one shared MemberAccount. */
  findings: FindingSpool;
  /** One per account asked for, in the order asked. */
  outcomes: AccountOutcome[];
  failures: ReadFailure[];
  /** The regions and checks any account was scanned in and with. */
  regions: string[];
  checkIds: string[];
  startedAt: Date;
  finishedAt: Date;
}

function firstFailure(failures: readonly ReadFailure[]): string | undefined {
  const failure = failures[0];
  return failure && `${failure.service}:${failure.operation} in ${failure.region}: ${failure.message}`;
}

async function scanMember(account: MemberAccount, request: AccountsScanRequest, log: Logger): Promise<{ outcome: AccountOutcome; scan?: ScanResult }> {
  const startedAt = Date.now();
  const role: RoleToAssume | undefined =
    account.id === request.managementAccountId
      ? undefined
      : {
          roleArn: memberRoleArn(account.id, request.partition, request.access),
          externalId: request.access.externalId,
          sessionName: request.access.sessionName,
          durationSeconds: request.access.durationSeconds,
        };
  try {
    const scan = await scanAccount({ provider: { ...request.provider, role }, checks: request.checks, options: request.options, config: request.config }, log.child({ account: account.id }));
    for (const finding of scan.findings) finding.account = account;
    const error = firstFailure(scan.context.failures);
    const outcome: AccountOutcome = {
      ...account,
      status: error ? 'partial' : 'scanned',
      ...(error ? { error } : {}),
      durationMs: Date.now() - startedAt,
      apiCalls: [...scan.calls.values()].reduce((sum, count) => sum + count, 0),
      throttles: scan.throttles,
      findings: scan.findings.length,
    };
    return { outcome, scan };
  } catch (error) {
    return {
      outcome: { ...account, status: error instanceof AssumeRoleError ? 'assume_denied' : 'failed', error: describeError(error), durationMs: Date.now() - startedAt },
    };
  }
}

/**
 * Scans each account through its member role, a few at a time, each with its own clients and
 * pacing. An account that cannot be entered or fails midway is recorded with its cause; the others
 * go on. Each finished account's findings go to a spool on disk: every writer (the HTML report's
 * roll-ups above all) needs them all, and memory must not grow with the number of accounts.
 */
export async function scanAccounts(
  request: AccountsScanRequest,
  log: Logger,
  onAccountDone: (outcome: AccountOutcome, done: number, total: number) => void = () => undefined,
): Promise<AccountsScan> {
  const startedAt = new Date();
  const limit = pLimit(request.concurrency);
  const findings = new FindingSpool();
  const failures: ReadFailure[] = [];
  const regions = new Set<string>();
  const checkIds = new Set<string>();
  let done = 0;
  const outcomes = await Promise.all(
    request.accounts.map((account) =>
      limit(async () => {
        const { outcome, scan } = await scanMember(account, request, log);
        if (scan) {
          await findings.add(account.id, scan.findings);
          failures.push(...scan.context.failures);
          scan.context.account.regions.forEach((region) => regions.add(region));
          scan.context.checkIds.forEach((id) => checkIds.add(id));
        }
        onAccountDone(outcome, ++done, request.accounts.length);
        return outcome;
      }),
    ),
  );
  return { findings, outcomes, failures, regions: [...regions].sort(), checkIds: [...checkIds].sort(), startedAt, finishedAt: new Date() };
}
