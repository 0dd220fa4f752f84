import { AsyncLocalStorage } from 'node:async_hooks';
import type { AwsCredentialIdentityProvider, FinalizeRequestMiddleware, MetadataBearer, MiddlewareStack } from '@aws-sdk/types';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { LimitFunction } from 'p-limit';
import type { Logger } from 'pino';
import { isThrottling, Pacer } from './pacing.js';
import { operationOf } from './rate-table.js';
import { PacedRetryStrategy } from './retry.js';
import { renewRejectedCredentials, type ScanCredentials } from './renewal.js';
import { CallTimeoutError, DEFAULT_TIMEOUTS, type Timeouts } from './timeouts.js';

/**
 * The SDK client shape this factory needs: a constructor taking the common configuration, and a
 * middleware stack it can pace. Every @aws-sdk/client-* class fits.
 */
export interface SdkClient {
  middlewareStack: MiddlewareStack<object, MetadataBearer>;
  destroy(): void;
}

/** What the factory reads of a command before the SDK sees it. */
interface SdkCommand {
  input?: unknown;
}

export type SdkClientClass<C extends SdkClient> = new (config: ClientSettings) => C;

export interface ClientSettings {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  endpoint?: string;
  forcePathStyle?: boolean;
  endpointProvider?: () => { url: URL };
  maxAttempts: number;
  retryStrategy: PacedRetryStrategy;
  requestHandler: NodeHttpHandler;
}

export interface ClientFactoryOptions {
  credentials: ScanCredentials;
  /** Calls in flight for the whole scan. */
  limit: LimitFunction;
  /** Every attempt of every call of the account waits for its AWS throttling bucket here (default: AWS's rates). */
  pacer?: Pacer;
  endpoint?: string;
  /** Attempts per throttled call (fewer for server errors); the SDK backs off exponentially between them. */
  maxAttempts?: number;
  timeouts?: Partial<Pick<Timeouts, 'connectMs' | 'attemptMs' | 'callMs' | 'slowCallMs'>>;
  /** Where slow and throttled calls are reported. */
  log?: Logger;
}

/** A throttle that outlasts eight attempts (about half a minute of backoff) becomes ERROR. */
const DEFAULT_ATTEMPTS = 8;

/** API calls made, by "Service:Operation", for the benchmark and debug logs. */
export type CallCounts = Map<string, number>;

/**
 * The calls made on behalf of the work `counting` runs. One store for the process, not one per
 * factory: Node copies every live AsyncLocalStorage's store onto each promise created, so a store
 * per account would make each promise of an organization scan larger with every account scanned.
 */
const callTally = new AsyncLocalStorage<{ calls: number }>();

/**
 * Makes one SDK client per (service, region) and hands the same one back on every later request,
 * all sharing one credential provider, one concurrency limit and one pacing.
 */
export class ClientFactory {
  private readonly clients = new Map<string, SdkClient>();
  readonly calls: CallCounts = new Map();
  private readonly timeouts: Timeouts;
  /** When each call in flight must have its answer, by the SDK's per-call context. */
  private readonly deadlines = new WeakMap<object, number>();
  /** Attempts made so far and the slow-call warning, by the SDK's per-call context. */
  private readonly attempts = new WeakMap<object, CallAttempts>();

  readonly pacing: Pacer;

  constructor(private readonly options: ClientFactoryOptions) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.pacing = options.pacer ?? new Pacer({ log: options.log });
  }

  /** Runs `work` and counts the API calls made on its behalf, for a collection's log line. */
  async counting<T>(work: () => Promise<T>): Promise<{ result: T; calls: number }> {
    const tally = { calls: 0 };
    const result = await callTally.run(tally, work);
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
      maxAttempts: this.options.maxAttempts ?? DEFAULT_ATTEMPTS,
      retryStrategy: new PacedRetryStrategy(this.options.maxAttempts ?? DEFAULT_ATTEMPTS),
      // An instance rather than its options: clients of older SDK releases (Roles Anywhere's newest
      // is one) take only a handler here.
      requestHandler: new NodeHttpHandler({ requestTimeout: this.timeouts.attemptMs, connectionTimeout: this.timeouts.connectMs, throwOnRequestTimeout: true }),
    });
    const service = ClientClass.name.replace(/Client$/, '');
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const operation = operationOf(context.commandName);
        const counted = `${service}:${operation}`;
        this.calls.set(counted, (this.calls.get(counted) ?? 0) + 1);
        const tally = callTally.getStore();
        if (tally) tally.calls += 1;
        const attempts: CallAttempts = { made: 0 };
        this.attempts.set(context, attempts);
        try {
          return await next(args);
        } catch (error) {
          if (isThrottling(error)) this.pacing.gaveUp({ service, operation, region }, error);
          throw error;
        } finally {
          clearTimeout(attempts.slowWarning);
        }
      },
      { step: 'initialize', name: 'scannerCallCount' },
    );
    // Outside the pacing, so the call made again with renewed credentials waits its turn like any other.
    renewRejectedCredentials(client, this.options.credentials, this.options.log, service);
    // Inside the SDK's retries and before signing: every attempt waits for its bucket, and a
    // signature is never made stale by that wait.
    const pacing: FinalizeRequestMiddleware<object, MetadataBearer> = (next, context) => (args) => {
      const operation = operationOf(context.commandName);
      const attempts = this.attempts.get(context) ?? { made: 0 };
      attempts.made += 1;
      // A retry due after its call's deadline would take a token another call could use, and count
      // as sent, only to be refused below.
      if (attempts.made > 1 && this.deadlinePassed(context)) return Promise.reject(this.callTimeout());
      const call = { service, operation, region, input: args.input };
      return this.pacing.send(call, attempts.made, () =>
        this.options.limit(() => {
          if (attempts.made === 1) this.watch(context, attempts, { service, operation, region });
          return next(args);
        }),
      );
    };
    client.middlewareStack.addRelativeTo(pacing, { relation: 'after', toMiddleware: 'retryMiddleware', name: 'scannerPacing' });
    // Below the SDK's retries, so each attempt is cut short at the call's deadline and the error,
    // not being a retryable one, ends the call instead of starting another attempt.
    client.middlewareStack.add(
      (next, context) => (args) => this.attemptWithinDeadline(() => next(args), context),
      { step: 'deserialize', name: 'scannerCallDeadline', priority: 'high' },
    );
    this.admitBeforeSending(client, service, region);
    this.clients.set(key, client);
    return client;
  }

  /**
   * Each call waits for its bucket's admission ({@link Pacer.admit}) before the SDK builds anything
   * for it. The client's own `send` is looked up at each call, so that a test double installed on
   * the client class after the client was made is still the one called.
   */
  private admitBeforeSending(client: SdkClient, service: string, region: string): void {
    const sending = client as SdkClient & { send(command: SdkCommand, ...rest: unknown[]): Promise<unknown> };
    sending.send = (command, ...rest) => {
      const call = { service, region, operation: operationOf(command.constructor.name), input: command.input };
      return this.pacing.admit(call, () => (Object.getPrototypeOf(sending) as typeof sending).send.call(sending, command, ...rest));
    };
  }

  /** Starts the call's deadline once the pacing first lets it go, and reports it if it is slow. */
  private watch(context: object, attempts: CallAttempts, where: CallSite): void {
    this.deadlines.set(context, Date.now() + this.timeouts.callMs);
    attempts.slowWarning = setTimeout(
      () => this.options.log?.warn({ ...where, waitingSeconds: Math.round(this.timeouts.slowCallMs / 1000) }, 'slow AWS call: still waiting for an answer'),
      this.timeouts.slowCallMs,
    );
  }

  private deadlinePassed(context: object): boolean {
    const deadline = this.deadlines.get(context);
    return deadline !== undefined && Date.now() >= deadline;
  }

  private callTimeout(): CallTimeoutError {
    return new CallTimeoutError(`no answer within ${seconds(this.timeouts.callMs)} s, all attempts included`);
  }

  private async attemptWithinDeadline<T>(attempt: () => Promise<T>, context: object): Promise<T> {
    const deadline = this.deadlines.get(context);
    if (deadline === undefined) return attempt();
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw this.callTimeout();
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([attempt(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(this.callTimeout()), remaining)))]);
    } finally {
      clearTimeout(timer);
    }
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}

interface CallAttempts {
  made: number;
  slowWarning?: NodeJS.Timeout;
}

interface CallSite {
  service: string;
  operation: string;
  region: string;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;


