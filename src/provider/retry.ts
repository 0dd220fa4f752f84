import type { RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from '@aws-sdk/types';

/** Attempts for a call that AWS answered with a server error (500, 502, 503, 504), the first included. */
const SERVER_ERROR_ATTEMPTS = 3;
/** Backoff bases, as the SDK's standard mode has them: throttles wait longer than transient errors. */
const THROTTLE_DELAY_BASE_MS = 500;
const TRANSIENT_DELAY_BASE_MS = 100;
const MAX_DELAY_MS = 20_000;

/**
 * The SDK's standard retries without their retry quota. That quota is per client and shared by all
 * its calls: a run of server errors (an outage, an action an emulator lacks) drains it, and then no
 * throttle of that client is retried and each becomes ERROR. Here the pacing is what keeps retries
 * from piling onto AWS, so a throttle, a timeout or a dropped connection always gets its `attempts`
 * (within the call's deadline), and an answered server error, which retrying seldom fixes, a few.
 */
export class PacedRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'standard';

  constructor(private readonly attempts: number) {}

  acquireInitialRetryToken(): Promise<StandardRetryToken> {
    return Promise.resolve(retryToken(0, 0));
  }

  refreshRetryTokenForRetry(previous: StandardRetryToken, error: RetryErrorInfo): Promise<StandardRetryToken> {
    const retries = previous.getRetryCount() + 1;
    const throttled = error.errorType === 'THROTTLING';
    if (retries >= this.attemptsFor(error)) return Promise.reject(new Error('no attempts left for this call'));
    // Full jitter: calls throttled together do not come back together.
    const backoff = Math.random() * Math.min(MAX_DELAY_MS, (throttled ? THROTTLE_DELAY_BASE_MS : TRANSIENT_DELAY_BASE_MS) * 2 ** previous.getRetryCount());
    const hinted = error.retryAfterHint ? error.retryAfterHint.getTime() - Date.now() : 0;
    return Promise.resolve(retryToken(retries, Math.min(MAX_DELAY_MS, Math.max(backoff, hinted))));
  }

  recordSuccess(): void {}

  private attemptsFor({ errorType, error }: RetryErrorInfo): number {
    if (errorType === 'THROTTLING') return this.attempts;
    if (errorType !== 'TRANSIENT') return 1;
    // Older SDK releases (a few of the clients here) do not pass the error: all its attempts then.
    const answeredStatus = error?.$metadata?.httpStatusCode ?? 0;
    return answeredStatus >= 500 ? Math.min(SERVER_ERROR_ATTEMPTS, this.attempts) : this.attempts;
  }
}

function retryToken(retryCount: number, delayMs: number): StandardRetryToken {
  return { getRetryCount: () => retryCount, getRetryDelay: () => Math.floor(delayMs), getRetryCost: () => undefined };
}
