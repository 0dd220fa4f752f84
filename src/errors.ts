/** Exit codes are part of the interface: CI pipelines branch on them. */
export const ExitCode = {
  ok: 0,
  runtimeFailure: 1,
  usage: 2,
  failedFindings: 3,
  /**
   * Part of what was asked could not be read (an account not scanned, a read that failed) and no
   * gated FAIL was found in the rest; `--allow-partial` turns it into 0.
   */
  incomplete: 4,
  /** Ctrl-C: 128 + SIGINT, as shells report it. */
  interrupted: 130,
} as const;

/**
 * An expected failure with a message meant for a person: printed as one line, never with a stack
 * trace. `detail` holds the underlying error for `--log-level debug`.
 */
export class ScannerError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'ScannerError';
  }
}

export class UsageError extends ScannerError {
  constructor(message: string) {
    super(message, ExitCode.usage);
    this.name = 'UsageError';
  }
}

/** "AccessDenied: User ... is not authorized" — the AWS error code and its message, on one line. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
    return `${code}${error.message}`.replace(/\s+/g, ' ').trim();
  }
  return String(error);
}
