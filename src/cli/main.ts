import { Command, CommanderError } from 'commander';
import { ExitCode, ScannerError, describeError } from '../errors.js';
import { keepHeapNearLive } from '../heap.js';
import { PACKAGE_NAME, SCANNER_VERSION } from '../version.js';
import { awsCommand } from './aws.js';
import { mergeCommand } from './merge.js';
import { inventoryCommand } from './inventory.js';
import { reportCommand } from './report.js';

/** Read straight from argv: the failure may have happened before options were validated. */
function debugRequested(argv: readonly string[]): boolean {
  return argv.some((arg, i) => arg === '--log-level=debug' || (arg === '--log-level' && argv[i + 1] === 'debug'));
}

const ECHO_LIMIT = 80;
const MESSAGE_LIMIT = 400;
const LONG_WORD = new RegExp(`\\S{${ECHO_LIMIT + 1},}`, 'g');

/** Keeps the start and the end of a long value, which tell most about it (a path's file name, say). */
function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const half = Math.floor((limit - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(-half)}`;
}

/**
 * Errors echo the value that was wrong, and a value can be a 100 kB argument or a file read with
 * `$(cat ...)`: the message stays one short line however long the value or its lines.
 */
function oneLine(message: string): string {
  const flat = message.replace(/[\r\n\t]+/g, ' ').replace(LONG_WORD, (word) => shorten(word, ECHO_LIMIT));
  return shorten(flat, MESSAGE_LIMIT);
}

/** Prints a failure as one line (and its stack only when debugging was asked for); returns its exit code. */
function fail(argv: readonly string[], message: string, exitCode: number, detail?: unknown): number {
  process.stderr.write(`scanner: ${oneLine(message)}\n`);
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
    .addCommand(quiet(mergeCommand(setExitCode)))
    .addCommand(quiet(inventoryCommand()))
    .addHelpText(
      'after',
      `
Examples:
  $ scanner aws                          scan the account of the default credentials
  $ scanner aws -R <role-arn> -I <id>    scan another account through its audit role
  $ scanner aws --list-checks            what it checks
  $ scanner aws --organization           every account of the caller's AWS Organization, one report
  $ scanner report <scan>.ocsf.json      render the HTML report again from a saved scan
  $ scanner inventory diff jan/ jun/     what changed in the account between two saved inventories
  $ scanner aws --help                   every option, with more examples

Without installing: npx ${PACKAGE_NAME} aws ...`,
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
  keepHeapNearLive();
  // `scanner aws --list-checks | head`: a reader that stops early is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? ExitCode.ok);
  });
  process.exitCode = await runCli(process.argv);
}

export type CommandLineCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether `argv` (shaped like process.argv) is a command line the CLI accepts: commander's parsing
 * and each command's option schema, with nothing run and nothing printed. README's examples are
 * held to it.
 */
export async function checkCommandLine(argv: readonly string[]): Promise<CommandLineCheck> {
  const { parseAwsOptions, parseRoleTemplateOptions, parseRunnerTemplateOptions } = await import('./options.js');
  const optionParsers: Readonly<Record<string, (raw: Record<string, unknown>) => unknown>> = {
    aws: parseAwsOptions,
    'role-template': parseRoleTemplateOptions,
    'runner-template': parseRunnerTemplateOptions,
  };
  const validateOnly = (command: Command): void => {
    command.configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
    // The program itself has no action: without a command it prints its help, as it would.
    if (command.parent) {
      command.action(() => {
        optionParsers[command.name()]?.(command.opts());
      });
    }
    command.commands.forEach(validateOnly);
  };
  const cli = program(() => undefined);
  validateOnly(cli);
  try {
    await cli.parseAsync([...argv]);
    return { ok: true };
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return { ok: true };
    if (error instanceof CommanderError) return { ok: false, message: error.message.replace(/^error: /, '') };
    return { ok: false, message: error instanceof Error ? error.message : describeError(error) };
  }
}
