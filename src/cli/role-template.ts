import { Command } from 'commander';
import { z } from 'zod';
import { parseOptions } from './options.js';
import {
  DEFAULT_ROLE_NAME,
  EXTERNAL_ID_PATTERN,
  ROLE_NAME_PATTERN,
  SCAN_NAME_PATTERN,
  buildRoleTemplate,
  generateExternalId,
  renderTemplate,
} from '../role-template/template.js';

const EXAMPLES = `
Examples:
  # Send the customer a template that lets your account 111122223333 scan theirs
  $ scanner aws role-template --trusted-account 111122223333 --scan-name Acme > scanner-role.yaml

  # The customer deploys it (the role has a fixed name, hence CAPABILITY_NAMED_IAM) and reads the outputs
  $ aws cloudformation deploy --template-file scanner-role.yaml --stack-name scanner-audit \\
      --capabilities CAPABILITY_NAMED_IAM
  $ aws cloudformation describe-stacks --stack-name scanner-audit --query 'Stacks[0].Outputs'

Without --external-id a random one is generated, written into the template and reported on stderr.`;

const RoleTemplateOptionsSchema = z.object({
  trustedAccount: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account ID'),
  externalId: z.string().regex(EXTERNAL_ID_PATTERN, 'must be 2-1224 characters of [A-Za-z0-9_+=,.@:/-]').optional(),
  roleName: z
    .string()
    .regex(ROLE_NAME_PATTERN, 'must be an IAM role name: 1-64 characters of [A-Za-z0-9_+=,.@-]')
    .default(DEFAULT_ROLE_NAME),
  scanName: z
    .string()
    .regex(SCAN_NAME_PATTERN, 'must be 1-200 characters of letters, digits, spaces and _.,&()@+-')
    .optional(),
  format: z.enum(['yaml', 'json'], { error: 'must be yaml or json' }).default('yaml'),
});

export function roleTemplateCommand(): Command {
  return new Command('role-template')
    .description('Print a CloudFormation template of the read-only audit role a customer deploys for scanner')
    .requiredOption('--trusted-account <id>', 'the 12-digit account scanner runs in, which may assume the role')
    .option('--external-id <id>', 'the external ID the role requires (default: a random one)')
    .option('--role-name <name>', `the role's name (default ${DEFAULT_ROLE_NAME})`)
    .option('--scan-name <name>', 'pre-fill the ScanName parameter (default: asked for at deployment)')
    .option('--format <format>', 'yaml or json (default yaml)')
    .addHelpText('after', EXAMPLES)
    .action((raw: Record<string, unknown>) => {
      const options = parseOptions(RoleTemplateOptionsSchema, raw);
      const externalId = options.externalId ?? generateExternalId();
      const template = buildRoleTemplate({ ...options, externalId });
      process.stdout.write(renderTemplate(template, options.format));
      // On stderr, so the template can be redirected to a file as it is.
      if (options.externalId === undefined) {
        process.stderr.write(`scanner: generated the external ID ${externalId} (also the template's ExternalId output)\n`);
      }
    });
}
