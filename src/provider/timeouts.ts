/**
 * How long the scanner waits for AWS. Without bounds an endpoint that accepts connections but
 * never answers holds a scan silently for as long as the SDK's attempts last.
 */
export interface Timeouts {
  /** STS GetCallerIdentity at start-up: it answers in well under a second when AWS is reachable. */
  identityMs: number;
  /** Opening one connection. */
  connectMs: number;
  /** One attempt of one call, from sending to the last byte of its answer. */
  attemptMs: number;
  /**
   * One call, every attempt and back-off included: past it the call fails and becomes ERROR for
   * the collection and region that needed it. Long enough for throttling back-offs to run their course.
   */
  callMs: number;
  /** A call still unanswered after this long is logged, so a slow scan says where its time goes. */
  slowCallMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  identityMs: 10_000,
  connectMs: 5_000,
  attemptMs: 30_000,
  callMs: 120_000,
  slowCallMs: 5_000,
};

/** An AWS call that got no answer in time. */
export class CallTimeoutError extends Error {
  override readonly name = 'CallTimeout';
}
