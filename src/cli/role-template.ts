import { Command } from 'commander';
import { DEFAULT_ROLE_NAME } from '../role-template/names.js';

const EXAMPLES = `
Examples:
  # Send the customer a template that lets your account 111122223333 scan theirs
  $ scanner aws role-template --trusted-account 111122223333 --scan-name Acme > scanner-role.yaml

  # The customer deploys it (the role has a fixed name, hence CAPABILITY_NAMED_IAM) and reads the outputs
  $ aws cloudformation deploy --template-file scanner-role.yaml --stack-name scanner-audit \\
      --capabilities CAPABILITY_NAMED_IAM
  $ aws cloudformation describe-stacks --stack-name scanner-audit --query 'Stacks[0].Outputs'

  # The role in every account of an organization, through a service-managed StackSet (from the
  # management account; a delegated administrator adds --call-as DELEGATED_ADMIN to both calls)
  $ scanner aws role-template --stackset --trusted-account 111122223333 > scanner-role-stackset.yaml
  $ aws cloudformation create-stack-set --stack-set-name scanner-audit \\
      --template-body file://scanner-role-stackset.yaml --capabilities CAPABILITY_NAMED_IAM \\
      --permission-model SERVICE_MANAGED --auto-deployment Enabled=true,RetainStacksOnAccountRemoval=false
  $ aws cloudformation create-stack-instances --stack-set-name scanner-audit \\
      --deployment-targets OrganizationalUnitIds=r-abcd --regions us-east-1
  # then scan the organization with --member-role ScannerAudit

Without --external-id a random one is generated, written into the template and reported on stderr;
with --stackset the role requires an external ID only when --external-id gives one.`;

export function roleTemplateCommand(): Command {
  return new Command('role-template')
    .description('Print a CloudFormation template of the read-only audit role a customer deploys for scanner')
    .requiredOption('--trusted-account <id>', 'the 12-digit account scanner runs in, which may assume the role')
    .option('--external-id <id>', 'the external ID the role requires (default: a random one; none with --stackset)')
    .option('--role-name <name>', `the role's name (default ${DEFAULT_ROLE_NAME})`)
    .option('--scan-name <name>', 'pre-fill the ScanName parameter (default: asked for at deployment)')
    .option('--format <format>', 'yaml or json (default yaml)')
    .option('--stackset', 'a template for a service-managed StackSet that deploys the role to every account of an organization')
    .addHelpText('after', EXAMPLES)
    .action(async (raw: Record<string, unknown>) => {
      // Loaded only when the command runs, so that `scanner --help` and the listings start fast.
      const [{ parseRoleTemplateOptions }, { buildRoleTemplate, buildStackSetRoleTemplate, generateExternalId, renderTemplate }] = await Promise.all([
        import('./options.js'),
        import('../role-template/template.js'),
      ]);
      const options = parseRoleTemplateOptions(raw);
      if (options.stackset) {
        process.stdout.write(renderTemplate(buildStackSetRoleTemplate(options), options.format));
        return;
      }
      const externalId = options.externalId ?? generateExternalId();
      const template = buildRoleTemplate({ ...options, externalId });
      process.stdout.write(renderTemplate(template, options.format));
      // On stderr, so the template can be redirected to a file as it is.
      if (options.externalId === undefined) {
        process.stderr.write(`scanner: generated the external ID ${externalId} (also the template's ExternalId output)\n`);
      }
    });
}
