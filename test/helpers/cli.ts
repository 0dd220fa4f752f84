import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';

/** The repository root, where the built CLI lives (`npm test` builds before it runs the tests). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Moto's fake credentials: real ones must never be used. */
const TEST_ENV = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
};

/**
 * The CLI run in this process, as `scanner <args>` would run, with what it printed captured. Far
 * cheaper than a process per case; `runBuiltScanner` tests the executable itself.
 */
export async function runScanner(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  const output = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') => {
    const original = process[stream].write.bind(process[stream]);
    process[stream].write = ((chunk: string | Uint8Array) => {
      output[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      return true;
    });
    return () => (process[stream].write = original);
  };
  const restore = [capture('stdout'), capture('stderr')];
  try {
    const code = await runCli(['node', 'scanner', ...args]);
    return { code, ...output };
  } finally {
    for (const undo of restore) undo();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The built CLI as a user runs it, in a child process, with moto's fake credentials. */
export function runBuiltScanner(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'scanner.js'), ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...TEST_ENV, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
