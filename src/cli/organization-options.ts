import { z } from 'zod';
import { parseResourceTag } from '../findings/scope.js';
import { parseRoleArn } from '../provider/arn.js';
import { ROLE_NAME_PATTERN } from '../role-template/names.js';

/** Organizations' own member role: created in every account it creates, with administrator rights. */
export const DEFAULT_MEMBER_ROLE = 'OrganizationAccountAccessRole';
export const DEFAULT_ACCOUNT_CONCURRENCY = 4;

const accountId = z.string().regex(/^\d{12}$/, { error: (issue) => `${String(issue.input)} is not a 12-digit account ID` });
const unitId = z
  .string()
  .regex(/^(ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|r-[0-9a-z]{4,32})$/, { error: (issue) => `${String(issue.input)} is not an OU ID (ou-xxxx-xxxxxxxx) or root ID (r-xxxx)` });
const ids = <T extends z.ZodType>(item: T) => z.array(item).nonempty().optional();

const roleArnTemplate = z.string().superRefine((template, ctx) => {
  if (!template.includes('{account}')) {
    ctx.addIssue({ code: 'custom', message: 'must contain {account}, e.g. arn:aws:iam::{account}:role/ScannerAudit' });
    return;
  }
  try {
    parseRoleArn(template.replaceAll('{account}', '123456789012'));
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `is not a role ARN once {account} is filled in: ${(error as Error).message}` });
  }
});

/** `scanner aws` options of an organization scan and of a shard of a plan, as zod shapes. */
export const organizationOptionShapes = {
  organization: z.boolean().default(false),
  memberRole: z.string().regex(ROLE_NAME_PATTERN, 'must be an IAM role name: 1-64 characters of [A-Za-z0-9_+=,.@-]').optional(),
  roleArnTemplate: roleArnTemplate.optional(),
  accounts: ids(accountId),
  excludeAccounts: ids(accountId),
  ou: ids(unitId),
  excludeOu: ids(unitId),
  accountTag: ids(
    z.string().transform((text, ctx) => {
      try {
        return parseResourceTag(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  ),
  includeManagement: z.boolean().default(false),
  accountConcurrency: z.coerce
    .number({ error: 'must be a number of accounts' })
    .int('must be a whole number of accounts')
    .min(1, 'must be between 1 and 64')
    .max(64, 'must be between 1 and 64')
    .optional(),
  plan: z.string().min(1, 'needs a plan file').optional(),
  // Checked against the plan when the shard starts: CI systems fill it in (`${{ matrix.shard }}/8`).
  shard: z.string().min(1, 'must be i/n (e.g. 2/8) or auto').optional(),
};

type OrganizationOptions = z.output<z.ZodObject<typeof organizationOptionShapes>> & { roleArn?: string };

/** The scope flags: an organization scan's, frozen into a plan and not given again to its shards. */
const SCOPE_KEYS = ['memberRole', 'roleArnTemplate', 'accounts', 'excludeAccounts', 'ou', 'excludeOu', 'accountTag'] as const;

export function refineOrganizationOptions(options: OrganizationOptions, ctx: z.RefinementCtx): void {
  const issue = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
  if (options.organization && options.roleArn) issue('roleArn', 'and --organization cannot be combined: member accounts are entered with --member-role or --role-arn-template');
  if (options.memberRole && options.roleArnTemplate) issue('memberRole', 'and --role-arn-template cannot be combined');
  if (options.plan !== undefined && options.organization) issue('plan', 'and --organization cannot be combined: the plan already names the accounts');
  if ((options.plan === undefined) !== (options.shard === undefined)) issue(options.plan === undefined ? 'shard' : 'plan', options.plan === undefined ? 'needs --plan' : 'needs --shard i/n (or auto)');
  if (options.plan !== undefined) {
    for (const key of [...SCOPE_KEYS, 'includeManagement'] as const) {
      if (options[key] !== undefined && options[key] !== false) issue(key, 'cannot be combined with --plan: the plan fixes the accounts and their role');
    }
  } else if (!options.organization) {
    for (const key of [...SCOPE_KEYS, 'accountConcurrency', 'includeManagement'] as const) {
      if (options[key] !== undefined && options[key] !== false) issue(key, 'needs --organization');
    }
  }
}
