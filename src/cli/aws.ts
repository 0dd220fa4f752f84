import { Command, Option } from 'commander';
import { SCANNER_ENV } from '../runner/env.js';
import { DEFAULT_ROLE_SESSION_NAME, DEFAULT_SESSION_DURATION } from '../provider/session.js';
import { isListing, listAws } from './list.js';
import { roleTemplateCommand } from './role-template.js';
import { runnerTemplateCommand } from './runner-template.js';

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

  # A CIS 6.0 assessment whose build fails only when a Level 1 requirement fails
  $ scanner aws --compliance cis_6.0_aws --fail-on-compliance "cis_6.0_aws:Level 1"

  # The CloudFormation template of the audit role, for the customer to deploy
  $ scanner aws role-template --trusted-account 111122223333 > scanner-role.yaml

  # A stack that runs scans as a service in your own account (a trigger URL, Fargate, a bucket)
  $ scanner aws runner-template > scanner-runner.yaml

  # Against a local emulator such as moto
  $ scanner aws --endpoint-url http://127.0.0.1:5000 -f us-east-1

Exit codes: 0 no unmuted FAIL (or -z), 3 unmuted FAIL findings (see --fail-on, --baseline) or a failing requirement (--fail-on-compliance), 1 runtime failure, 2 usage error.`;

/** `scanner aws`; `setExitCode` receives the outcome of a listing or a scan. */
export function awsCommand(setExitCode: (code: number) => void): Command {
  return new Command('aws')
    // Options after `role-template` are its own: both commands have --external-id and --scan-name.
    .enablePositionalOptions()
    .description('Scan an AWS account with Prowler-compatible checks and write CSV, JSON-OCSF and HTML reports')
    .optionsGroup('Credentials and account:')
    .option('-p, --profile <name>', 'AWS profile to read credentials from')
    .addOption(new Option('-R, --role-arn <arn>', 'IAM role to assume in the account to scan').env(SCANNER_ENV.roleArn))
    .addOption(new Option('-I, --external-id <id>', 'external ID for the role (needs --role-arn)').env(SCANNER_ENV.externalId))
    .option('--role-session-name <name>', `session name for the role (default ${DEFAULT_ROLE_SESSION_NAME})`)
    .option(
      '-T, --session-duration <seconds>',
      `assumed-role session length, 900-43200 (default ${DEFAULT_SESSION_DURATION}); renewed automatically before expiry`,
    )
    .option('--endpoint-url <url>', 'send every AWS call to this endpoint (an emulator); AWS_ENDPOINT_URL also works')
    .optionsGroup('What to scan:')
    .option('-f, --region <regions...>', 'regions to scan (default: every enabled region)')
    .option('--excluded-region <regions...>', 'regions to leave out')
    .option('-c, --checks <ids...>', 'only these checks')
    .option('-C, --checks-file <path>', 'only the checks listed in this file (one ID per line, or a JSON list)')
    .option('-s, --services <names...>', 'only the checks of these services')
    .option('--severity <levels...>', 'only checks of these severities (critical high medium low informational)')
    .option('--category <names...>', 'only checks in these categories (see --list-categories)')
    .option('-e, --excluded-checks <ids...>', 'leave these checks out')
    .option('--excluded-services <names...>', 'leave the checks of these services out')
    .option('--compliance <frameworks...>', "only the checks these frameworks map (Prowler's names, e.g. cis_6.0_aws; see --list-compliance)")
    .option('--config-file <path>', "thresholds and settings in Prowler's config.yaml format (its aws: section); see --list-config")
    .option('--scan-unused-services', 'also judge unused resources (idle default VPCs, detached security groups)')
    .option('-N, --shodan <api-key>', 'look up Elastic IPs in Shodan with this API key (or shodan_api_key in the config file); without one that check is skipped')
    .optionsGroup('What to report:')
    .option('--resource-tag <Key=Value...>', 'report only on resources carrying any of these tags')
    .option('--resource-arn <arns...>', 'report only on these resources')
    .option('--status <statuses...>', 'write only findings with these statuses (PASS FAIL MANUAL ERROR) to the outputs')
    .option('-w, --mutelist-file <path>', "mute accepted findings (Prowler's mutelist YAML); muted findings never fail the build")
    .optionsGroup('Outputs:')
    .option('-M, --output-formats <formats...>', 'csv, json-ocsf, html (default: all three)')
    .option('-o, --output-directory <dir>', 'where to write the outputs (default ./output)')
    .option('-F, --output-filename <name>', 'output file name without extension')
    .addOption(new Option('--scan-name <name>', 'a name for this scan, shown in the reports and used in file names').env(SCANNER_ENV.scanName))
    .option('--log-level <level>', 'debug, info, warn or error (default warn); logs go to stderr')
    .optionsGroup('CI gate (exit code 3):')
    .option('--fail-on <severity>', 'exit 3 only for unmuted FAILs at or above this severity')
    .option('--baseline <findings.ocsf.json>', "exit 3 only for FAILs that an earlier scan's JSON-OCSF output does not have")
    .option(
      '--fail-on-compliance <frameworks...>',
      'exit 3 when a requirement of this framework (or of one section or profile: cis_6.0_aws:2, cis_6.0_aws:"Level 1") is FAIL; alone, it replaces the FAIL-findings gate',
    )
    .option('-z, --ignore-exit-code-3', 'exit 0 even when there are FAIL findings')
    .optionsGroup('Delivery:')
    .addOption(new Option('--output-bucket <s3-url>', 'also upload the outputs and a .tar.gz bundle to s3://bucket/prefix').env(SCANNER_ENV.outputBucket))
    .option('--presign-expiry <duration>', 'how long the printed download links work: 3600, 90m, 12h, 7d (default 7d)')
    .addOption(
      new Option('--notify-webhook <url>', 'POST a JSON summary (Slack-compatible) here when the scan ends, or a failure message').env(
        SCANNER_ENV.notifyWebhook,
      ),
    )
    .optionsGroup('Listings (print and exit, without calling AWS):')
    .option('--list-services', 'list the services that have checks')
    .option('--list-checks', 'list the checks')
    .option('--list-checks-json', 'list the checks as JSON')
    .option('--list-categories', 'list the check categories')
    .option('--list-config', 'list the config file keys, their defaults and the checks that read them')
    .option('--list-compliance', 'list the compliance frameworks with their requirement counts and automated share')
    .option('--list-compliance-requirements <framework>', "list a framework's requirements with the checks mapped to each")
    .addHelpText('after', EXAMPLES)
    .addCommand(roleTemplateCommand().exitOverride().configureOutput({ outputError: () => undefined }))
    .addCommand(runnerTemplateCommand().exitOverride().configureOutput({ outputError: () => undefined }))
    .action(async (raw: Record<string, unknown>) => {
      // A listing needs only the catalog; a scan's modules (option schemas, writers, the SDK) load
      // only for a scan.
      setExitCode(isListing(raw) ? await listAws(raw) : await (await import('./aws-scan.js')).scanAws(raw));
    });
}
