import { AsyncLocalStorage } from 'node:async_hooks';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, MetadataBearer, MiddlewareStack } from '@aws-sdk/types';
import type { LimitFunction } from 'p-limit';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Logger } from 'pino';
import { describeError } from '../errors.js';
import { CallTimeoutError, DEFAULT_TIMEOUTS, type Timeouts } from './timeouts.js';

/**
 * The SDK client shape this factory needs: a constructor taking the common configuration, and a
 * middleware stack it can pace. Every @aws-sdk/client-* class fits.
 */
export interface SdkClient {
  middlewareStack: MiddlewareStack<object, MetadataBearer>;
  destroy(): void;
}

export type SdkClientClass<C extends SdkClient> = new (config: ClientSettings) => C;

export interface ClientSettings {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  endpoint?: string;
  forcePathStyle?: boolean;
  endpointProvider?: () => { url: URL };
  maxAttempts: number;
  retryMode: 'standard';
  requestHandler: NodeHttpHandler;
}

/** Credentials that can be renewed when AWS rejects them early (see RenewableCredentials). */
export type ScanCredentials = AwsCredentialIdentityProvider & { renew?(rejected: AwsCredentialIdentity): Promise<AwsCredentialIdentity> };

export interface ClientFactoryOptions {
  credentials: ScanCredentials;
  /** One limit for every call of the scan, so the account is paced as a whole. */
  limit: LimitFunction;
  endpoint?: string;
  /** Attempts per call, throttling included; the SDK backs off exponentially between them. */
  maxAttempts?: number;
  timeouts?: Partial<Pick<Timeouts, 'connectMs' | 'attemptMs' | 'callMs' | 'slowCallMs'>>;
  /** Where slow and throttled calls are reported. */
  log?: Logger;
}

/** API calls made, by "Service:Operation", for the benchmark and debug logs. */
export type CallCounts = Map<string, number>;

/**
 * Makes one SDK client per (service, region) and hands the same one back on every later request,
 * all sharing one credential provider and one concurrency limit.
 */
export class ClientFactory {
  private readonly clients = new Map<string, SdkClient>();
  readonly calls: CallCounts = new Map();
  /** Attempts AWS turned away for throttling (the SDK retried them), for an organization's accounts file. */
  throttles = 0;
  private readonly timeouts: Timeouts;
  /** When each call in flight must have its answer, by the SDK's per-call context. */
  private readonly deadlines = new WeakMap<object, number>();
  private readonly tally = new AsyncLocalStorage<{ calls: number }>();
  /** Renewal failures already logged: one line each, however many calls it fails. */
  private readonly reportedRenewalFailures = new WeakSet<object>();

  constructor(private readonly options: ClientFactoryOptions) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  }

  /** Runs `work` and counts the API calls made on its behalf, for a collection's log line. */
  async counting<T>(work: () => Promise<T>): Promise<{ result: T; calls: number }> {
    const tally = { calls: 0 };
    const result = await this.tally.run(tally, work);
    return { result, calls: tally.calls };
  }

  get<C extends SdkClient>(ClientClass: SdkClientClass<C>, region: string): C {
    const key = `${ClientClass.name}/${region}`;
    const existing = this.clients.get(key);
    if (existing) return existing as C;
    const { endpoint } = this.options;
    const client = new ClientClass({
      region,
      credentials: this.options.credentials,
      endpoint: this.options.endpoint,
      // Emulators such as moto serve every bucket on one host, so S3 must address by path there.
      forcePathStyle: this.options.endpoint ? true : undefined,
      // S3 Control's endpoint rules put the account ID in front of the host ({AccountId}.s3-control...),
      // an overridden endpoint included, which makes an emulator address such as 127.0.0.1 invalid
      // (disableHostPrefix does not reach endpoint rules). The account ID also travels in the
      // x-amz-account-id header, which is what emulators read.
      ...(endpoint && ClientClass.name === 'S3ControlClient' ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {}),
      maxAttempts: this.options.maxAttempts ?? 8,
      retryMode: 'standard',
      // An instance rather than its options: clients of older SDK releases (Roles Anywhere's newest
      // is one) take only a handler here.
      requestHandler: new NodeHttpHandler({ requestTimeout: this.timeouts.attemptMs, connectionTimeout: this.timeouts.connectMs, throwOnRequestTimeout: true }),
    });
    const service = ClientClass.name.replace(/Client$/, '');
    client.middlewareStack.add(
      (next, context) => (args) => {
        const operation = operationOf(context);
        const counted = `${service}:${operation}`;
        this.calls.set(counted, (this.calls.get(counted) ?? 0) + 1);
        const tally = this.tally.getStore();
        if (tally) tally.calls += 1;
        return this.options.limit(() => this.watched(() => next(args), context, { service, operation, region }));
      },
      { step: 'initialize', name: 'scannerPacing' },
    );
    // Outside the pacing, so the call made again with renewed credentials waits its turn like any other.
    client.middlewareStack.add(
      (next, context) => (args) => this.renewingRejectedCredentials(() => next(args), { service, operation: operationOf(context), region }),
      { step: 'initialize', name: 'scannerCredentialRenewal', priority: 'high' },
    );
    // Below the SDK's retries, so each attempt is cut short at the call's deadline and the error,
    // not being a retryable one, ends the call instead of starting another attempt.
    client.middlewareStack.add(
      (next, context) => (args) => this.attemptWithinDeadline(() => next(args), context, { service, operation: operationOf(context), region }),
      { step: 'deserialize', name: 'scannerCallDeadline', priority: 'high' },
    );
    this.clients.set(key, client);
    return client;
  }

  /**
   * Makes the call; when AWS says the credentials have expired or their session is invalid, renews
   * the shared credentials (once for all calls that saw the same key rejected) and makes the call
   * once more. A renewal that fails is logged once, and the call fails with AWS's own error.
   */
  private async renewingRejectedCredentials<T>(call: () => Promise<T>, where: CallSite): Promise<T> {
    const { credentials, log } = this.options;
    if (!credentials.renew) return call();
    const used = await credentials();
    try {
      return await call();
    } catch (error) {
      if (!rejectsCredentials(error, used)) throw error;
      try {
        const renewed = await credentials.renew(used);
        log?.info({ ...where, error: error.name, previousKey: used.accessKeyId, key: renewed.accessKeyId }, 'AWS rejected the credentials before their expiry; renewed them');
      } catch (renewalError) {
        if (renewalError instanceof Object && !this.reportedRenewalFailures.has(renewalError)) {
          this.reportedRenewalFailures.add(renewalError);
          log?.warn({ error: error.name, renewal: describeError(renewalError) }, 'AWS rejected the credentials and renewing them failed; what they could not read is reported as ERROR');
        }
        throw error;
      }
      return call();
    }
  }

  /** Starts the call's deadline once the pacing lets it go, and reports it if it is slow. */
  private async watched<T>(call: () => Promise<T>, context: object, where: CallSite): Promise<T> {
    const startedAt = Date.now();
    this.deadlines.set(context, startedAt + this.timeouts.callMs);
    const slow = setTimeout(
      () => this.options.log?.warn({ ...where, waitingSeconds: Math.round(this.timeouts.slowCallMs / 1000) }, 'slow AWS call: still waiting for an answer'),
      this.timeouts.slowCallMs,
    );
    try {
      return await call();
    } finally {
      clearTimeout(slow);
    }
  }

  private async attemptWithinDeadline<T>(attempt: () => Promise<T>, context: object, where: CallSite): Promise<T> {
    const deadline = this.deadlines.get(context);
    if (deadline === undefined) return attempt();
    const { callMs } = this.timeouts;
    const expired = () => new CallTimeoutError(`no answer within ${seconds(callMs)} s, all attempts included`);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw expired();
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([attempt(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(expired()), remaining)))]);
    } catch (error) {
      if (isThrottling(error)) {
        this.throttles += 1;
        this.options.log?.info({ ...where, error: error.name }, 'AWS call throttled; the SDK backs off and retries');
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}

interface CallSite {
  service: string;
  operation: string;
  region: string;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

const operationOf = (context: { commandName?: string }) => (context.commandName ?? 'Unknown').replace(/Command$/, '');

/** Errors by which AWS says the signing credentials are expired or their session invalid. */
const REJECTED_CREDENTIALS = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);

function rejectsCredentials(error: unknown, used: AwsCredentialIdentity): error is Error {
  if (!(error instanceof Error)) return false;
  // Without a session token, an invalid key ID is a wrong key, which renewing cannot fix.
  return REJECTED_CREDENTIALS.has(error.name) || (error.name === 'InvalidClientTokenId' && used.sessionToken !== undefined);
}

function isThrottling(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === 429 || /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(error.name);
}
