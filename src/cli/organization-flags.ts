import type { Command } from 'commander';

/** The organization flags of `scanner aws` (`scan`) and `scanner aws plan` (`plan`, which always lists the organization). */
export function withOrganizationOptions(command: Command, use: 'scan' | 'plan'): Command {
  command.optionsGroup('Organization (run with management or delegated administrator credentials):');
  if (use === 'scan') command.option('--organization', "scan every ACTIVE account of the caller's AWS Organization, one report for all");
  command
    .option('--member-role <name>', 'role to assume in each member account (default OrganizationAccountAccessRole)')
    .option('--role-arn-template <arn>', 'role ARN per member account, with {account}: arn:aws:iam::{account}:role/ScannerAudit')
    .option('--accounts <ids...>', 'only these accounts')
    .option('--exclude-accounts <ids...>', 'leave these accounts out')
    .option('--ou <ids...>', 'only accounts in these organizational units, or anywhere below them')
    .option('--exclude-ou <ids...>', 'leave out the accounts in these units and below them')
    .option('--account-tag <Key=Value...>', 'only accounts carrying any of these tags')
    .option('--include-management', "also scan the management account, with the caller's own credentials");
  if (use === 'plan') return command;
  return command
    .option('--account-concurrency <n>', 'accounts scanned at the same time (default 4)')
    .option('--plan <plan.json>', 'scan one shard of a plan written by `scanner aws plan` (needs --shard)')
    .option('--shard <i/n|auto>', 'which shard, 1-based (2/8); auto reads AWS_BATCH_JOB_ARRAY_INDEX or JOB_COMPLETION_INDEX');
}
