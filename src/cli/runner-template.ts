import { Command } from 'commander';

const EXAMPLES = `
Examples:
  # The stack in its own VPC, with a webhook that receives each scan's report link
  $ scanner aws runner-template > scanner-runner.yaml
  $ aws cloudformation deploy --template-file scanner-runner.yaml --stack-name scanner-runner \\
      --capabilities CAPABILITY_IAM --parameter-overrides WebhookUrl=https://hooks.slack.com/services/...
  $ aws cloudformation describe-stacks --stack-name scanner-runner --query 'Stacks[0].Outputs'

  # In existing subnets that reach the internet through a NAT gateway
  $ scanner aws runner-template --vpc vpc-0abc1234 --subnets subnet-0abc1234 subnet-0def5678 > scanner-runner.yaml

The ExampleRequest output is a curl command that starts a scan; README's "Run scans as a service" has the rest.`;

export function runnerTemplateCommand(): Command {
  return new Command('runner-template')
    .description(
      'Print a CloudFormation template that runs scans as a service in your account: a trigger URL, Fargate scan tasks, a report bucket',
    )
    .option('--format <format>', 'yaml or json (default yaml)')
    .option('--vpc <id>', 'run the scan tasks in this VPC (default: the stack creates one)')
    .option('--subnets <ids...>', 'subnets of --vpc whose route reaches the internet')
    .addHelpText('after', EXAMPLES)
    .action(async (raw: Record<string, unknown>) => {
      // Loaded only when the command runs, so that `scanner --help` and the listings start fast.
      const [{ parseRunnerTemplateOptions }, { buildRunnerTemplate, readTriggerHandler }, { renderTemplate }, { SCANNER_VERSION }] =
        await Promise.all([
          import('./options.js'),
          import('../runner/template.js'),
          import('../role-template/template.js'),
          import('../version.js'),
        ]);
      const options = parseRunnerTemplateOptions(raw);
      const template = buildRunnerTemplate({
        triggerCode: readTriggerHandler(),
        scannerVersion: SCANNER_VERSION,
        network: options.vpc && options.subnets ? { vpcId: options.vpc, subnetIds: options.subnets } : undefined,
      });
      process.stdout.write(renderTemplate(template, options.format));
    });
}
