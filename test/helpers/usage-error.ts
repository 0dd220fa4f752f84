import { expect } from 'vitest';
import { ExitCode, UsageError } from '../../src/errors.js';

/** The UsageError `run` throws, asserted to carry the usage exit code. */
export function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(ExitCode.usage);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}
