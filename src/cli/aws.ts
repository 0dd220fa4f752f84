import { Command } from 'commander';
import { allChecks } from '../../checks/index.js';
import { selectChecks, type Selection } from '../checks/selection.js';
import { MAX_PRESIGN_EXPIRY_SECONDS, uploadOutputs, type Delivery } from '../delivery/s3.js';
import { buildNotification, notifyWebhook } from '../delivery/webhook.js';
import { Baseline } from '../findings/baseline.js';
import { evaluateGate } from '../findings/gate.js';
import { findingsInScope, findingsWithStatus, type ResourceScope } from '../findings/scope.js';
import { applyMutelist } from '../mutelist/mutelist.js';
import { loadMutelist } from '../mutelist/load.js';
import { sourceCredentials } from '../provider/credentials.js';
import { ExitCode, ScannerError } from '../errors.js';
import { createLogger } from '../logger.js';
import { defaultOutputName, writeOutputs } from '../output/formats.js';
import { renderSummary } from '../output/summary.js';
import { scanAccount } from '../scan.js';
import { DEFAULT_ROLE_SESSION_NAME, DEFAULT_SESSION_DURATION, parseAwsOptions, type AwsOptions } from './options.js';
import { readChecksFile } from './checks-file.js';
import { renderCategoryList, renderCheckList, renderCheckListJson, renderServiceList } from './list.js';
import { roleTemplateCommand } from './role-template.js';
import { terminalProgress } from './progress.js';

const EXAMPLES = `
Examples:
  # Scan every enabled region with the default credentials (environment, profile, SSO, instance role)
  $ scanner aws

  # A named profile, two regions, only critical and high checks
  $ scanner aws -p audit -f eu-west-1 us-east-1 --severity critical high

  # A customer's account through the cross-account role they deployed
  $ scanner aws -R arn:aws:iam::123456789012:role/ScannerAudit -I <external-id> --scan-name Acme

  # A CI step: CSV and OCSF only, accepted risks muted, build fails (exit 3) on new high or critical FAILs
  $ scanner aws -M csv json-ocsf -o reports -w mutelist.yaml --fail-on high --baseline last.ocsf.json --log-level error

  # Deliver: upload the outputs and a bundle to your bucket, post a summary to Slack
  $ scanner aws -R <role-arn> -I <id> --scan-name Acme --output-bucket s3://audits/acme --notify-webhook <url>

  # The CloudFormation template of the audit role, for the customer to deploy
  $ scanner aws role-template --trusted-account 111122223333 > scanner-role.yaml

  # Against a local emulator such as moto
  $ scanner aws --endpoint-url http://127.0.0.1:5000 -f us-east-1

Exit codes: 0 no unmuted FAIL (or -z), 3 unmuted FAIL findings (see --fail-on, --baseline), 1 runtime failure, 2 usage error.`;

export function awsCommand(): Command {
  return new Command('aws')
    // Options after `role-template` are its own: both commands have --external-id and --scan-name.
    .enablePositionalOptions()
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
    .option('-C, --checks-file <path>', 'only the checks listed in this file (one ID per line, or a JSON list)')
    .option('-s, --services <names...>', 'only the checks of these services')
    .option('--severity <levels...>', 'only checks of these severities (critical high medium low informational)')
    .option('--category <names...>', 'only checks in these categories (see --list-categories)')
    .option('-e, --excluded-checks <ids...>', 'leave these checks out')
    .option('--excluded-services <names...>', 'leave the checks of these services out')
    .option('--resource-tag <Key=Value...>', 'report only on resources carrying any of these tags')
    .option('--resource-arn <arns...>', 'report only on these resources')
    .option('--status <statuses...>', 'write only findings with these statuses (PASS FAIL MANUAL ERROR) to the outputs')
    .option('-w, --mutelist-file <path>', "mute accepted findings (Prowler's mutelist YAML); muted findings never fail the build")
    .option('--fail-on <severity>', 'exit 3 only for unmuted FAILs at or above this severity')
    .option('--baseline <findings.ocsf.json>', "exit 3 only for FAILs that an earlier scan's JSON-OCSF output does not have")
    .option('-M, --output-formats <formats...>', 'csv, json-ocsf, html (default: all three)')
    .option('-o, --output-directory <dir>', 'where to write the outputs (default ./output)')
    .option('-F, --output-filename <name>', 'output file name without extension')
    .option('--scan-name <name>', 'a name for this scan, shown in the reports and used in file names')
    .option('--output-bucket <s3-url>', 'also upload the outputs and a .tar.gz bundle to s3://bucket/prefix')
    .option('--presign-expiry <duration>', 'how long the printed download links work: 3600, 90m, 12h, 7d (default 7d)')
    .option('--notify-webhook <url>', 'POST a JSON summary (Slack-compatible) here when the scan ends')
    .option('--endpoint-url <url>', 'send every AWS call to this endpoint (an emulator); AWS_ENDPOINT_URL also works')
    .option('--scan-unused-services', 'also judge unused resources (idle default VPCs, detached security groups)')
    .option('-z, --ignore-exit-code-3', 'exit 0 even when there are FAIL findings')
    .option('--log-level <level>', 'debug, info, warn or error (default warn); logs go to stderr')
    .option('--list-services', 'list the services that have checks, and exit')
    .option('--list-checks', 'list the checks, and exit')
    .option('--list-checks-json', 'list the checks as JSON, and exit')
    .option('--list-categories', 'list the check categories, and exit')
    .addHelpText('after', EXAMPLES)
    .addCommand(roleTemplateCommand().exitOverride().configureOutput({ outputError: () => undefined }))
    .action(async (raw: Record<string, unknown>) => {
      process.exitCode = await runAws(parseAwsOptions(raw));
    });
}

function selectionOf(options: AwsOptions): Selection {
  const fromFile = options.checksFile ? readChecksFile(options.checksFile) : [];
  const checks = [...(options.checks ?? []), ...fromFile];
  return {
    checks: checks.length ? checks : undefined,
    services: options.services,
    severities: options.severity,
    categories: options.category,
    excludedChecks: options.excludedChecks,
    excludedServices: options.excludedServices,
  };
}

function resourceScopeOf(options: AwsOptions): ResourceScope | undefined {
  if (options.resourceTag) return { tags: options.resourceTag };
  if (options.resourceArn) return { arns: options.resourceArn };
  return undefined;
}

function listWhatWasAsked(options: AwsOptions, selection: Selection): void {
  const checks = selectChecks(allChecks, selection);
  if (options.listServices) process.stdout.write(renderServiceList(checks));
  if (options.listCategories) process.stdout.write(renderCategoryList(checks));
  if (options.listChecks) process.stdout.write(renderCheckList(checks));
  if (options.listChecksJson) process.stdout.write(renderCheckListJson(checks));
}

async function runAws(options: AwsOptions): Promise<number> {
  const selection = selectionOf(options);
  if (options.listChecks || options.listChecksJson || options.listServices || options.listCategories) {
    listWhatWasAsked(options, selection);
    return ExitCode.ok;
  }
  // Every input file is read before the scan, so a typo fails in a second rather than after hours.
  const mutelist = options.mutelistFile ? loadMutelist(options.mutelistFile) : undefined;
  const baseline = options.baseline ? Baseline.load(options.baseline) : undefined;

  const log = createLogger(options.logLevel);
  const role = options.roleArn
    ? {
        roleArn: options.roleArn,
        externalId: options.externalId,
        sessionName: options.roleSessionName ?? DEFAULT_ROLE_SESSION_NAME,
        durationSeconds: options.sessionDuration ?? DEFAULT_SESSION_DURATION,
      }
    : undefined;
  const scan = await scanAccount(
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
  const { context } = scan;
  const findings = findingsInScope(mutelist ? applyMutelist(scan.findings, mutelist) : scan.findings, resourceScopeOf(options));
  const baseName = options.outputFilename ?? defaultOutputName(context);
  const paths = writeOutputs(findingsWithStatus(findings, options.status), context, options.outputFormats, options.outputDirectory, baseName);

  let delivery: Delivery | undefined;
  let deliveryError: ScannerError | undefined;
  if (options.outputBucket) {
    try {
      delivery = await uploadOutputs({
        target: options.outputBucket,
        files: paths,
        bundleName: baseName,
        // The bucket is the scanning side's, so the upload uses the caller's own credentials, not the role.
        credentials: sourceCredentials(options.profile),
        endpoint: options.endpointUrl ?? process.env.AWS_ENDPOINT_URL,
        region: context.account.globalRegion,
        expiresInSeconds: options.presignExpiry ?? MAX_PRESIGN_EXPIRY_SECONDS,
        log,
      });
    } catch (error) {
      if (!(error instanceof ScannerError)) throw error;
      deliveryError = error;
    }
  }

  const policy = { failOn: options.failOn, baseline };
  const gate = evaluateGate(findings, policy, options.ignoreExitCode3);
  process.stdout.write(
    renderSummary(findings, context, {
      paths,
      gate,
      ...(baseline ? { baseline: { source: baseline.source, comparison: baseline.compare(findings, context.checkIds, context.account.regions) } } : {}),
      ...(delivery ? { uploaded: uploadedLinks(delivery) } : {}),
    }),
  );
  if (options.notifyWebhook) await notifyWebhook(options.notifyWebhook, buildNotification(findings, context, gate, delivery), log);

  if (deliveryError) {
    process.stderr.write(`scanner: ${deliveryError.message}\n`);
    return deliveryError.exitCode;
  }
  return gate.failures.length > 0 && !options.ignoreExitCode3 ? ExitCode.failedFindings : ExitCode.ok;
}

function uploadedLinks(delivery: Delivery): { location: string; links: { label: string; url: string }[] } {
  const links = [{ label: 'bundle', url: delivery.bundle.url }];
  if (delivery.html) links.push({ label: 'report', url: delivery.html.url });
  return { location: `${delivery.folder} (links valid until ${delivery.expiresAt.toISOString()})`, links };
}
