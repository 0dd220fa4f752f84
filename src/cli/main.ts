import { Command, CommanderError } from 'commander';
import { ExitCode, ScannerError, describeError } from '../errors.js';
import { SCANNER_VERSION } from '../version.js';
import { awsCommand } from './aws.js';
import { reportCommand } from './report.js';

/** Read straight from argv: the failure may have happened before options were validated. */
function debugRequested(argv: readonly string[]): boolean {
  return argv.some((arg, i) => arg === '--log-level=debug' || (arg === '--log-level' && argv[i + 1] === 'debug'));
}

/** Prints a failure as one line (and its stack only when debugging was asked for); returns its exit code. */
function fail(argv: readonly string[], message: string, exitCode: number, detail?: unknown): number {
  process.stderr.write(`scanner: ${message}\n`);
  if (detail !== undefined && debugRequested(argv)) {
    process.stderr.write(`${detail instanceof Error ? (detail.stack ?? detail.message) : describeError(detail)}\n`);
  }
  return exitCode;
}

function exitCodeOf(error: unknown, argv: readonly string[]): number {
  if (error instanceof CommanderError) {
    // Help and version also arrive here, as "errors" with exit code 0; a bare `scanner` has had
    // its help printed already and only needs the usage exit code.
    if (error.exitCode === 0) return ExitCode.ok;
    if (error.code === 'commander.help') return ExitCode.usage;
    return fail(argv, error.message.replace(/^error: /, ''), ExitCode.usage);
  }
  if (error instanceof ScannerError) return fail(argv, error.message, error.exitCode, error.detail ?? error);
  return fail(argv, `unexpected error: ${describeError(error)} (run with --log-level debug for details)`, ExitCode.runtimeFailure, error);
}

function program(setExitCode: (code: number) => void): Command {
  const quiet = <C extends Command>(command: C) => command.exitOverride().configureOutput({ outputError: () => undefined });
  return quiet(new Command('scanner'))
    .description('AWS security posture scanner: Prowler-compatible checks, fast, one npm install')
    .version(SCANNER_VERSION, '-v, --version')
    .showSuggestionAfterError()
    // Each command's options are its own (`aws role-template --external-id` is role-template's).
    .enablePositionalOptions()
    .addCommand(quiet(awsCommand(setExitCode)))
    .addCommand(quiet(reportCommand()))
    .addHelpText(
      'after',
      `
Examples:
  $ scanner aws                          scan the account of the default credentials
  $ scanner aws -R <role-arn> -I <id>    scan another account through its audit role
  $ scanner aws --list-checks            what it checks
  $ scanner report <scan>.ocsf.json      render the HTML report again from a saved scan
  $ scanner aws --help                   every option, with more examples`,
    );
}

/**
 * Runs the CLI on `argv` (shaped like process.argv) and resolves to its exit code, printing on
 * process.stdout and process.stderr. Tests call it in-process; the executable calls `main`.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  let exitCode: number = ExitCode.ok;
  try {
    await program((code) => (exitCode = code)).parseAsync([...argv]);
  } catch (error) {
    exitCode = exitCodeOf(error, argv);
  }
  return exitCode;
}

/** The `scanner` executable. */
export async function main(): Promise<void> {
  // `scanner aws --list-checks | head`: a reader that stops early is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? ExitCode.ok);
  });
  process.exitCode = await runCli(process.argv);
}
