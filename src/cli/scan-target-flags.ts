import { Option, type Command } from 'commander';
import { SCANNER_ENV } from '../runner/env.js';
import { DEFAULT_ROLE_SESSION_NAME, DEFAULT_SESSION_DURATION } from '../provider/session.js';

/** What `scanner aws` and `scanner aws plan` share: the credentials, and which regions and checks. */
export function withScanTargetOptions(command: Command): Command {
  return command
    .optionsGroup('Credentials and account:')
    .option('-p, --profile <name>', 'AWS profile to read credentials from')
    .addOption(new Option('-I, --external-id <id>', 'external ID for the role (--role-arn) or for the member roles (--organization)').env(SCANNER_ENV.externalId))
    .option('--role-session-name <name>', `session name for the role (default ${DEFAULT_ROLE_SESSION_NAME})`)
    .option(
      '-T, --session-duration <seconds>',
      `assumed-role session length, 900-43200 (default ${DEFAULT_SESSION_DURATION}); renewed automatically before expiry`,
    )
    .option('--rate-scale <factor>', "multiply AWS's API rates the scan paces itself to: 2 for raised limits, 0.5 to leave half to other tools")
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
    .option('-N, --shodan <api-key>', 'look up Elastic IPs in Shodan with this API key (or shodan_api_key in the config file); without one that check is skipped');
}
