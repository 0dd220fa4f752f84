import { Command, Option } from 'commander';
import { SCANNER_ENV } from '../runner/env.js';
import { isListing, listAws } from './list.js';
import { planCommand } from './aws-plan.js';
import { withOrganizationOptions } from './organization-flags.js';
import { roleTemplateCommand } from './role-template.js';
import { withScanTargetOptions } from './scan-target-flags.js';
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

  # Every account of the organization (management account credentials), one report for all
  $ scanner aws --organization --member-role ScannerAudit -I <external-id> --ou ou-ab12-prod0001

  # The same across 8 jobs: a plan, one shard per job, then merge (see scanner aws plan --help)
  $ scanner aws --plan plan.json --shard 3/8 -o shard-3

  # Deliver: upload the outputs and a bundle to your bucket, post a summary to Slack
  $ scanner aws -R <role-arn> -I <id> --scan-name Acme --output-bucket s3://audits/acme --notify-webhook <url>

  # A CIS 6.0 assessment whose build fails only when a Level 1 requirement fails
  $ scanner aws --compliance cis_6.0_aws --fail-on-compliance "cis_6.0_aws:Level 1"

  # The CloudFormation template of the audit role, for the customer to deploy
  $ scanner aws role-template --trusted-account 111122223333 > scanner-role.yaml

  # Save what the scan read; months later, judge it again offline with a new mutelist or framework
  $ scanner aws -R <role-arn> -I <id> --save-inventory acme-inventory
  $ scanner aws --from-inventory acme-inventory -w mutelist.yaml --compliance cis_6.0_aws

  # A stack that runs scans as a service in your own account (a trigger URL, Fargate, a bucket)
  $ scanner aws runner-template > scanner-runner.yaml

  # Against a local emulator such as moto
  $ scanner aws --endpoint-url http://127.0.0.1:5000 -f us-east-1

Exit codes: 0 no unmuted FAIL (or -z), 3 unmuted FAIL findings (see --fail-on, --baseline) or a failing requirement (--fail-on-compliance), 4 incomplete: data or accounts that could not be read (see --allow-partial), 1 runtime failure, 2 usage error.`;

/** `scanner aws`; `setExitCode` receives the outcome of a listing or a scan. */
export function awsCommand(setExitCode: (code: number) => void): Command {
  const command = new Command('aws')
    // Options after `role-template` are its own: both commands have --external-id and --scan-name.
    .enablePositionalOptions()
    .description('Scan an AWS account, or every account of an AWS Organization, with Prowler-compatible checks and write CSV, JSON-OCSF and HTML reports')
    .optionsGroup('Credentials and account:')
    .addOption(new Option('-R, --role-arn <arn>', 'IAM role to assume in the account to scan').env(SCANNER_ENV.roleArn));
  return withOrganizationOptions(withScanTargetOptions(command), 'scan')
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
    .optionsGroup('Inventory (what the scan read, for offline replays):')
    .option('--save-inventory <dir>', 'save every collection the scan read (no secret values) to this new folder; on by default with --output-bucket')
    .option('--from-inventory <dir>', 'run the selected checks on a saved inventory instead of an account: no credentials, no AWS call')
    .optionsGroup('CI gate (exit code 3):')
    .option('--fail-on <severity>', 'exit 3 only for unmuted FAILs at or above this severity')
    .option('--baseline <findings.ocsf.json>', "exit 3 only for FAILs that an earlier scan's JSON-OCSF output does not have")
    .option(
      '--fail-on-compliance <frameworks...>',
      'exit 3 when a requirement of this framework (or of one section or profile: cis_6.0_aws:2, cis_6.0_aws:"Level 1") is FAIL; alone, it replaces the FAIL-findings gate',
    )
    .option('-z, --ignore-exit-code-3', 'exit 0 even when there are FAIL findings')
    .option('--allow-partial', 'exit 0 instead of 4 when some data or, in an organization, some accounts could not be read (their checks still report ERROR)')
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
    .addCommand(planCommand(setExitCode).exitOverride().configureOutput({ outputError: () => undefined }))
    .addCommand(runnerTemplateCommand().exitOverride().configureOutput({ outputError: () => undefined }))
    .action(async (raw: Record<string, unknown>) => {
      // A listing needs only the catalog; a scan's modules (option schemas, writers, the SDK) load
      // only for a scan.
      setExitCode(isListing(raw) ? await listAws(raw) : await (await import('./aws-scan.js')).scanAws(raw));
    });
}
