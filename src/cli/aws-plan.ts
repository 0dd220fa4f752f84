import { Command } from 'commander';
import { withOrganizationOptions } from './organization-flags.js';
import { withScanTargetOptions } from './scan-target-flags.js';

const EXAMPLES = `
Examples:
  # Freeze an organization scan into 8 shards, then scan each in its own job and merge
  $ scanner aws plan --role-arn-template 'arn:aws:iam::{account}:role/ScannerAudit' -I <id> --shards 8 -o plan.json
  $ scanner aws --plan plan.json --shard 3/8 -o shard-3
  $ scanner merge shard-* --plan plan.json -o report`;

/** `scanner aws plan`: lists the organization and writes the plan its shards scan. */
export function planCommand(setExitCode: (code: number) => void): Command {
  const command = new Command('plan').description(
    "Freeze an organization scan (accounts, role, regions, checks) into shards balanced by estimated API calls, for `scanner aws --plan --shard`",
  );
  return withOrganizationOptions(withScanTargetOptions(command), 'plan')
    .optionsGroup('Plan:')
    .option('--shards <n>', 'how many shards to split the accounts into (default 1)')
    .option('-o, --output <plan.json>', 'where to write the plan (default plan.json)')
    .option('--log-level <level>', 'debug, info, warn or error (default warn); logs go to stderr')
    .addHelpText('after', EXAMPLES)
    .action(async (raw: Record<string, unknown>) => {
      setExitCode(await (await import('./aws-plan-run.js')).writePlan(raw));
    });
}
