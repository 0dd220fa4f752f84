import pLimit, { type LimitFunction } from 'p-limit';
import type { Logger } from 'pino';
import { bucketOf, type BucketRate, type MeteredCall } from './rate-table.js';

/**
 * A token bucket as AWS runs one: `capacity` calls at once, then `refillPerSecond`. Calls wait in
 * arrival order, retries first. A throttle halves its rate and empties it, successes bring the rate
 * back step by step, so one throttled action slows only itself, never the rest of the client.
 */
export class TokenBucket {
  private tokens: number;
  private rate: number;
  private refilledAt: number;
  private readonly waiting: Array<() => void> = [];
  private wakeUp: NodeJS.Timeout | undefined;

  constructor(private readonly nominal: BucketRate) {
    this.tokens = nominal.capacity;
    this.rate = nominal.refillPerSecond;
    this.refilledAt = Date.now();
  }

  /** Calls per second it lets through now: the nominal rate, or less after throttles. */
  get currentRate(): number {
    return this.rate;
  }

  /** Calls queued for a token. */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves when the call may be sent: `true` when it had to wait for a token. A retry goes to the
   * front of the queue: its call's deadline is already running, and behind an account's worth of
   * IAM calls it would wait minutes for its token and end as a timeout.
   */
  take(retry = false): Promise<boolean> {
    this.refill();
    if ((retry || this.waiting.length === 0) && this.tokens >= 1) {
      this.tokens -= 1;
      return Promise.resolve(false);
    }
    return new Promise((resolve) => {
      if (retry) this.waiting.unshift(() => resolve(true));
      else this.waiting.push(() => resolve(true));
      this.scheduleWakeUp();
    });
  }

  throttled(): void {
    this.refill();
    this.rate = Math.max(this.nominal.refillPerSecond / MAX_SLOWDOWN, this.rate / 2);
    this.tokens = 0;
  }

  succeeded(): void {
    this.rate = Math.min(this.nominal.refillPerSecond, this.rate + this.nominal.refillPerSecond * RECOVERY_STEP);
  }

  private refill(): void {
    const now = Date.now();
    this.tokens = Math.min(this.nominal.capacity, this.tokens + ((now - this.refilledAt) / 1000) * this.rate);
    this.refilledAt = now;
  }

  private scheduleWakeUp(): void {
    if (this.wakeUp !== undefined) return;
    const missing = Math.max(0, 1 - this.tokens);
    this.wakeUp = setTimeout(() => {
      this.wakeUp = undefined;
      this.release();
    }, Math.ceil((missing / this.rate) * 1000));
  }

  private release(): void {
    this.refill();
    while (this.tokens >= 1 && this.waiting.length > 0) {
      this.tokens -= 1;
      this.waiting.shift()?.();
    }
    if (this.waiting.length > 0) this.scheduleWakeUp();
  }
}

/** A throttled bucket never drops below this fraction of its nominal rate. */
const MAX_SLOWDOWN = 16;
/** Each success gives back this fraction of the nominal rate. */
const RECOVERY_STEP = 0.05;

export interface PacingOptions {
  /** Multiplies every rate and burst of the table (`--rate-scale`): above 1 for raised limits, below for a shared quota. */
  rateScale?: number;
  /** Calls in flight to one service in one region, under the SDK's 50 sockets per origin. */
  perEndpoint?: number;
  log?: Logger;
}

/** What the pacing did, for the summary, the logs and the benchmark. */
export interface PacingCounts {
  /** Attempts sent, retries included. */
  sent: number;
  /** Calls that waited for their bucket before being sent. */
  paced: number;
  /** Throttling answers received. */
  throttled: number;
  /** Attempts after a call's first. */
  retried: number;
  /** Calls still throttled when their attempts ran out: the reads that became ERROR. */
  exhausted: number;
}

export interface BucketUse {
  sent: number;
  throttled: number;
  capacity: number;
  refillPerSecond: number;
}

export interface QueuedBucket {
  bucket: string;
  queued: number;
  callsPerSecond: number;
  /** Time the queued calls need at the current rate. */
  seconds: number;
}

/**
 * The one pacing point of an account's scan: each attempt of each call waits for its AWS throttling
 * bucket, then for a free slot at its endpoint, and a throttle it meets slows only its bucket.
 */
export class Pacer {
  readonly counts: PacingCounts = { sent: 0, paced: 0, throttled: 0, retried: 0, exhausted: 0 };
  private readonly buckets = new Map<string, BucketEntry>();
  private readonly endpoints = new Map<string, LimitFunction>();
  private readonly scale: number;

  constructor(private readonly options: PacingOptions = {}) {
    this.scale = options.rateScale ?? 1;
  }

  /**
   * Lets a call into the SDK once fewer than {@link ADMITTED_PER_BUCKET} calls of its bucket are in
   * it. A call inside the SDK has built its middleware chain and request, kilobytes, before it
   * waits for its token; with the large account's thousands of per-resource reads queued at their
   * buckets, those made most of the heap. A call waiting here holds a closure.
   */
  admit<T>(call: MeteredCall, enter: () => Promise<T>): Promise<T> {
    return this.bucketFor(call).admission(enter);
  }

  /**
   * Sends one attempt of `call` once its bucket has a token and its endpoint a free slot; `sendAttempt`
   * takes the scan's overall slot, so a call waiting for its endpoint never holds one of those.
   */
  async send<T>(call: MeteredCall, attempt: number, sendAttempt: () => Promise<T>): Promise<T> {
    const { bucket, use } = this.bucketFor(call);
    if (await bucket.take(attempt > 1)) this.counts.paced += 1;
    if (attempt > 1) this.counts.retried += 1;
    const endpoint = this.endpointLimit(`${call.service}/${call.region}`);
    return endpoint(async () => {
        this.counts.sent += 1;
        use.sent += 1;
        try {
          const answer = await sendAttempt();
          bucket.succeeded();
          return answer;
        } catch (error) {
          // An answer that is not a throttle (a server error, a denial) means AWS took the call at
          // this rate: the bucket recovers as on a success. Otherwise a bucket slowed by throttles,
          // then answered with errors only (moto's for calls it lacks), stays at its slowest.
          if (!isThrottling(error) && answeredByAws(error)) bucket.succeeded();
          if (isThrottling(error)) {
            this.counts.throttled += 1;
            use.throttled += 1;
            bucket.throttled();
            this.options.log?.info(
              { service: call.service, region: call.region, operation: call.operation, attempt, error: error.name, callsPerSecond: bucket.currentRate },
              'AWS call throttled: its bucket slows down and the call is retried',
            );
          }
          throw error;
        }
      });
  }

  /** A call that is still throttled after its last attempt: it becomes ERROR for what it was reading. */
  gaveUp(call: MeteredCall, error: Error): void {
    this.counts.exhausted += 1;
    this.options.log?.warn({ service: call.service, region: call.region, operation: call.operation, error: error.name }, 'AWS call still throttled after its last attempt');
  }

  /** Calls sent and throttles met by each bucket, with its nominal and current rate, for the benchmark's bound. */
  bucketUse(): Map<string, BucketUse & { currentRate: number }> {
    return new Map([...this.buckets].map(([key, { bucket, use }]) => [key, { ...use, currentRate: bucket.currentRate }]));
  }

  /** The buckets with calls waiting, longest wait first: what a long scan is waiting for. */
  queuedBuckets(limit: number): QueuedBucket[] {
    return [...this.buckets]
      .map(([key, entry]) => ({ key, queued: queuedAt(entry), rate: entry.bucket.currentRate }))
      .filter(({ queued }) => queued > 0)
      .map(({ key, queued, rate }) => ({ bucket: key, queued, callsPerSecond: rate, seconds: Math.ceil(queued / rate) }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, limit);
  }

  /** Seconds the calls queued now need at their buckets' current rates: the slowest bucket decides. */
  queuedSeconds(): number {
    let longest = 0;
    for (const entry of this.buckets.values()) longest = Math.max(longest, queuedAt(entry) / entry.bucket.currentRate);
    return longest;
  }

  private bucketFor(call: MeteredCall): BucketEntry {
    const { key, capacity, refillPerSecond } = bucketOf(call);
    let entry = this.buckets.get(key);
    if (!entry) {
      const scaled = { capacity: Math.max(1, Math.floor(capacity * this.scale)), refillPerSecond: refillPerSecond * this.scale };
      entry = { bucket: new TokenBucket(scaled), admission: pLimit(ADMITTED_PER_BUCKET), use: { sent: 0, throttled: 0, ...scaled } };
      this.buckets.set(key, entry);
    }
    return entry;
  }

  private endpointLimit(endpoint: string): LimitFunction {
    let limit = this.endpoints.get(endpoint);
    if (!limit) {
      limit = pLimit(this.options.perEndpoint ?? DEFAULT_PER_ENDPOINT);
      this.endpoints.set(endpoint, limit);
    }
    return limit;
  }
}

const DEFAULT_PER_ENDPOINT = 16;
/**
 * Calls of one bucket inside the SDK at once: more than the scan ever has in flight (24), so that
 * a bucket always has calls ready when its tokens come, and few enough to stay a few hundred KB.
 */
const ADMITTED_PER_BUCKET = 64;

interface BucketEntry {
  bucket: TokenBucket;
  /** Calls of this bucket let into the SDK ({@link Pacer.admit}). */
  admission: LimitFunction;
  use: BucketUse;
}

/** Calls of a bucket waiting, to be let into the SDK or for a token. */
const queuedAt = ({ bucket, admission }: BucketEntry) => bucket.queued + admission.pendingCount;

/** AWS's throttling answers across protocols: 429, the query and JSON error codes, S3's SlowDown. */
export function isThrottling(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  return httpStatusOf(error) === 429 || /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(error.name);
}

/** An error AWS answered with an HTTP status, rather than a timeout or a dropped connection. */
const answeredByAws = (error: unknown) => httpStatusOf(error) !== undefined;

const httpStatusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null ? (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode : undefined;
