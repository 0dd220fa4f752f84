import { Command } from 'commander';
import { allChecks } from '../../checks/index.js';
import { selectChecks } from '../checks/selection.js';
import { ExitCode } from '../errors.js';
import { createLogger } from '../logger.js';
import { defaultOutputName, writeOutputs } from '../output/formats.js';
import { renderSummary } from '../output/summary.js';
import { scanAccount } from '../scan.js';
import { DEFAULT_ROLE_SESSION_NAME, DEFAULT_SESSION_DURATION, parseAwsOptions, type AwsOptions } from './options.js';
import { renderCheckList, renderCheckListJson, renderServiceList } from './list.js';
import { terminalProgress } from './progress.js';

const EXAMPLES = `
Examples:
  # Scan every enabled region with the default credentials (environment, profile, SSO, instance role)
  $ scanner aws

  # A named profile, two regions, only critical and high checks
  $ scanner aws -p audit -f eu-west-1 us-east-1 --severity critical high

  # A customer's account through the cross-account role they deployed
  $ scanner aws -R arn:aws:iam::123456789012:role/ScannerAudit -I <external-id> --scan-name Acme

  # A CI step: CSV and OCSF only, build fails (exit 3) on any FAIL
  $ scanner aws -M csv json-ocsf -o reports --log-level error

  # Against a local emulator such as moto
  $ scanner aws --endpoint-url http://127.0.0.1:5000 -f us-east-1

Exit codes: 0 no FAIL findings (or -z), 3 at least one FAIL, 1 runtime failure, 2 usage error.`;

export function awsCommand(): Command {
  return new Command('aws')
    .description('Scan an AWS account with Prowler-compatible checks and write CSV, JSON-OCSF and HTML reports')
    .option('-p, --profile <name>', 'AWS profile to read credentials from')
    .option('-R, --role-arn <arn>', 'IAM role to assume in the account to scan')
    .option('-I, --external-id <id>', 'external ID for the role (needs --role-arn)')
    .option('--role-session-name <name>', `session name for the role (default ${DEFAULT_ROLE_SESSION_NAME})`)
    .option(
      '-T, --session-duration <seconds>',
      `assumed-role session length, 900-43200 (default ${DEFAULT_SESSION_DURATION}); renewed automatically before expiry`,
    )
    .option('-f, --region <regions...>', 'regions to scan (default: every enabled region)')
    .option('--excluded-region <regions...>', 'regions to leave out')
    .option('-c, --checks <ids...>', 'only these checks')
    .option('-s, --services <names...>', 'only the checks of these services')
    .option('--severity <levels...>', 'only checks of these severities (critical high medium low informational)')
    .option('-M, --output-formats <formats...>', 'csv, json-ocsf, html (default: all three)')
    .option('-o, --output-directory <dir>', 'where to write the outputs (default ./output)')
    .option('-F, --output-filename <name>', 'output file name without extension')
    .option('--scan-name <name>', 'a name for this scan, shown in the reports')
    .option('--endpoint-url <url>', 'send every AWS call to this endpoint (an emulator); AWS_ENDPOINT_URL also works')
    .option('--scan-unused-services', 'also judge unused resources (idle default VPCs, detached security groups)')
    .option('-z, --ignore-exit-code-3', 'exit 0 even when there are FAIL findings')
    .option('--log-level <level>', 'debug, info, warn or error (default warn); logs go to stderr')
    .option('--list-services', 'list the services that have checks, and exit')
    .option('--list-checks', 'list the checks, and exit')
    .option('--list-checks-json', 'list the checks as JSON, and exit')
    .addHelpText('after', EXAMPLES)
    .action(async (raw: Record<string, unknown>) => {
      process.exitCode = await runAws(parseAwsOptions(raw));
    });
}

async function runAws(options: AwsOptions): Promise<number> {
  const selection = { checks: options.checks, services: options.services, severities: options.severity };
  if (options.listChecks || options.listChecksJson || options.listServices) {
    const checks = selectChecks(allChecks, selection);
    if (options.listServices) process.stdout.write(renderServiceList(checks));
    if (options.listChecks) process.stdout.write(renderCheckList(checks));
    if (options.listChecksJson) process.stdout.write(renderCheckListJson(checks));
    return ExitCode.ok;
  }

  const log = createLogger(options.logLevel);
  const role = options.roleArn
    ? {
        roleArn: options.roleArn,
        externalId: options.externalId,
        sessionName: options.roleSessionName ?? DEFAULT_ROLE_SESSION_NAME,
        durationSeconds: options.sessionDuration ?? DEFAULT_SESSION_DURATION,
      }
    : undefined;
  const { findings, context } = await scanAccount(
    {
      provider: {
        profile: options.profile,
        role,
        regions: options.region,
        excludedRegions: options.excludedRegion,
        endpoint: options.endpointUrl,
      },
      selection,
      options: { scanUnusedServices: options.scanUnusedServices },
      scanName: options.scanName,
    },
    log,
    terminalProgress(),
  );
  const baseName = options.outputFilename ?? defaultOutputName(context);
  const paths = writeOutputs(findings, context, options.outputFormats, options.outputDirectory, baseName);
  process.stdout.write(renderSummary(findings, context, paths));
  const failed = findings.some((finding) => finding.status === 'FAIL' && !finding.muted);
  return failed && !options.ignoreExitCode3 ? ExitCode.failedFindings : ExitCode.ok;
}
