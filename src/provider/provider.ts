import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import { ExitCode, ScannerError, UsageError, describeError } from '../errors.js';
import { globalRegionOf, parseArn, partitionOfRegion, type Partition } from './arn.js';
import { ClientFactory } from './clients.js';
import { Pacer } from './pacing.js';
import {
  ROLE_CHAINING_MAX_SECONDS,
  assumedRoleCredentials,
  callerIdentity,
  isAssumedRole,
  sourceCredentials,
  stsClient,
  type RoleToAssume,
} from './credentials.js';
import { DEFAULT_TIMEOUTS, type Timeouts } from './timeouts.js';
import type { Logger } from 'pino';

export interface ProviderOptions {
  profile?: string;
  role?: RoleToAssume;
  regions?: string[];
  excludedRegions?: string[];
  endpoint?: string;
  /** Concurrent API calls for the whole scan. */
  concurrency?: number;
  /** `--rate-scale`: multiplies every AWS rate the pacing assumes (rate-table.ts). */
  rateScale?: number;
  timeouts?: Partial<Timeouts>;
}

/** Who and what is being scanned; everything a check or writer needs to know about the account. */
export interface AccountScope {
  id: string;
  partition: Partition;
  callerArn: string;
  /** The account's IAM alias, when it has one and the caller may read it. */
  alias?: string;
  /** Regions the scan covers, sorted. */
  regions: string[];
  /** Where global services (IAM, S3 Control) are called. */
  globalRegion: string;
}

export class AwsProvider {
  private constructor(
    readonly account: AccountScope,
    readonly clients: ClientFactory,
  ) {}

  static async connect(options: ProviderOptions, log: Logger): Promise<AwsProvider> {
    const endpoint = options.endpoint ?? process.env.AWS_ENDPOINT_URL;
    // Identity and the region list come from a region that surely exists in the partition: a
    // mistyped --region must be reported as such, not as an unreachable endpoint.
    const bootstrapRegion =
      process.env.AWS_REGION ??
      process.env.AWS_DEFAULT_REGION ??
      globalRegionOf(partitionOfRegion(options.regions?.[0] ?? 'us-east-1'));
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    const profile = options.profile ?? (process.env.AWS_PROFILE || undefined);
    log.info({ profile: profile ?? '(default credential chain)', ...(endpoint ? { endpoint } : {}) }, 'loading credentials');
    const source = sourceCredentials(options.profile, log);
    // Loaded before any call, so a missing profile or expired SSO session is reported as such.
    await source();
    const stsSettings = { region: bootstrapRegion, endpoint, timeoutMs: timeouts.identityMs };
    const sourceSts = stsClient(stsSettings, source, log);

    let credentials = source;
    let identity = await callerIdentity(sourceSts, stsSettings).catch((error: unknown) => {
      // Its unanswered attempt would otherwise keep the process alive after the error is printed.
      sourceSts.destroy();
      throw error;
    });
    if (options.role) {
      const role = { ...options.role };
      if (isAssumedRole(identity.arn) && role.durationSeconds > ROLE_CHAINING_MAX_SECONDS) {
        log.info(
          { requested: role.durationSeconds, granted: ROLE_CHAINING_MAX_SECONDS },
          'the source credentials are an assumed role; role chaining caps the session at one hour',
        );
        role.durationSeconds = ROLE_CHAINING_MAX_SECONDS;
      }
      log.info({ caller: identity.arn, role: role.roleArn }, 'assuming the audit role');
      credentials = assumedRoleCredentials(sourceSts, role);
      // Assume now, so a wrong external ID or trust policy fails before anything else is attempted.
      await credentials();
      identity = await callerIdentity(stsClient(stsSettings, credentials, log), stsSettings);
    }
    log.info({ account: identity.account, caller: identity.arn }, 'identity confirmed');

    const partition = parseArn(identity.arn)?.partition ?? 'aws';
    const pacer = new Pacer({ rateScale: options.rateScale, log });
    const clients = new ClientFactory({ credentials, endpoint, limit: pLimit(options.concurrency ?? 24), pacer, timeouts, log });
    const regions = await scanRegions(clients, bootstrapRegion, options);
    log.info({ regions }, `scanning ${regions.length} region${regions.length === 1 ? '' : 's'}`);
    const globalRegion = globalRegionOf(partition);
    const alias = await accountAlias(clients, globalRegion, log);
    if (alias) log.info({ alias }, 'account alias');
    return new AwsProvider(
      { id: identity.account, partition, callerArn: identity.arn, ...(alias ? { alias } : {}), regions, globalRegion },
      clients,
    );
  }
}

/** Only the report's header shows the alias, so a denied or failed read leaves it out. */
async function accountAlias(clients: ClientFactory, globalRegion: string, log: Logger): Promise<string | undefined> {
  try {
    const response = await clients.get(IAMClient, globalRegion).send(new ListAccountAliasesCommand({}));
    return response.AccountAliases?.[0];
  } catch (error) {
    log.info({ error: describeError(error) }, 'cannot read the account alias (iam:ListAccountAliases)');
    return undefined;
  }
}

/** The account's enabled regions, narrowed to `--region` and without `--excluded-region`. */
async function scanRegions(clients: ClientFactory, bootstrapRegion: string, options: ProviderOptions): Promise<string[]> {
  let enabled: string[];
  try {
    const response = await clients.get(EC2Client, bootstrapRegion).send(new DescribeRegionsCommand({ AllRegions: false }));
    enabled = (response.Regions ?? []).flatMap((r) => (r.RegionName ? [r.RegionName] : []));
  } catch (error) {
    throw new ScannerError(
      `cannot list the account's enabled regions (ec2:DescribeRegions): ${describeError(error)}`,
      ExitCode.runtimeFailure,
      error,
    );
  }
  const unknown = (options.regions ?? []).filter((r) => !enabled.includes(r));
  if (unknown.length > 0) {
    throw new UsageError(`unknown or disabled region(s): ${unknown.join(', ')}`);
  }
  const wanted = options.regions?.length ? options.regions : enabled;
  const excluded = new Set(options.excludedRegions ?? []);
  const regions = [...new Set(wanted)].filter((r) => !excluded.has(r)).sort();
  if (regions.length === 0) throw new UsageError('no region left to scan after --excluded-region');
  return regions;
}
