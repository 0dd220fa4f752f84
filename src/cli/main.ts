import { Command, CommanderError } from 'commander';
import { ExitCode, ScannerError, describeError } from '../errors.js';
import { SCANNER_VERSION } from '../version.js';
import { awsCommand } from './aws.js';
import { reportCommand } from './report.js';

/** Read straight from argv: the failure may have happened before options were validated. */
function debugRequested(argv: readonly string[]): boolean {
  return argv.some((arg, i) => arg === '--log-level=debug' || (arg === '--log-level' && argv[i + 1] === 'debug'));
}

function fail(message: string, exitCode: number, detail?: unknown): void {
  process.stderr.write(`scanner: ${message}\n`);
  // Stack traces are for developers: shown only when asked for.
  if (detail !== undefined && debugRequested(process.argv)) {
    process.stderr.write(`${detail instanceof Error ? (detail.stack ?? detail.message) : describeError(detail)}\n`);
  }
  process.exitCode = exitCode;
}

// `scanner aws --list-checks | head`: a reader that stops early is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? ExitCode.ok);
});

const program = new Command('scanner')
  .description('AWS security posture scanner: Prowler-compatible checks, fast, one npm install')
  .version(SCANNER_VERSION, '-v, --version')
  .showSuggestionAfterError()
  // Each command's options are its own (`aws role-template --external-id` is role-template's).
  .enablePositionalOptions()
  .exitOverride()
  .configureOutput({ outputError: () => undefined })
  .addCommand(awsCommand().exitOverride().configureOutput({ outputError: () => undefined }))
  .addCommand(reportCommand().exitOverride().configureOutput({ outputError: () => undefined }))
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

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version also arrive here, as "errors" with exit code 0; a bare `scanner` has had
    // its help printed already and only needs the usage exit code.
    if (error.exitCode === 0) process.exitCode = ExitCode.ok;
    else if (error.code === 'commander.help') process.exitCode = ExitCode.usage;
    else fail(error.message.replace(/^error: /, ''), ExitCode.usage);
  } else if (error instanceof ScannerError) {
    fail(error.message, error.exitCode, error.detail ?? error);
  } else {
    fail(`unexpected error: ${describeError(error)} (run with --log-level debug for details)`, ExitCode.runtimeFailure, error);
  }
}
