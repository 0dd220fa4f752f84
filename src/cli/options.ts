import { z } from 'zod';
import { SEVERITIES, STATUSES } from '../checks/check.js';
import { parseBucketUrl, parsePresignExpiry } from '../delivery/parse.js';
import { parseWebhookUrl } from '../delivery/webhook.js';
import { parseResourceArn, parseResourceTag } from '../findings/scope.js';
import { UsageError } from '../errors.js';
import { LOG_LEVELS } from '../logger.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/formats.js';
import { parseRoleArn } from '../provider/arn.js';
import { organizationOptionShapes, refineOrganizationOptions } from './organization-options.js';
import { DEFAULT_ROLE_NAME, EXTERNAL_ID_PATTERN, ROLE_NAME_PATTERN, SCAN_NAME_PATTERN } from '../role-template/names.js';

const regionName = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, { error: (issue) => `${String(issue.input)} is not a region name (e.g. eu-west-1)` });
const list = <T extends z.ZodType>(item: T) => z.array(item).nonempty().optional();

/** A string option turned into a value by one of the scanner's own parsers, its error kept as the message. */
const parsedBy = <T>(parse: (text: string) => T) =>
  z.string().transform((text, ctx): T => {
    try {
      return parse(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      return z.NEVER;
    }
  });

const severity = z.enum(SEVERITIES, { error: `must be one of ${SEVERITIES.join(', ')}` });
const path = z.string().min(1, 'needs a file path');
const outputFormatNames = Object.keys(OUTPUT_FORMATS) as [OutputFormat, ...OutputFormat[]];

/** `scanner aws` options as commander hands them over, validated and with defaults applied. */
export const AwsOptionsSchema = z
  .object({
    profile: z.string().min(1).optional(),
    roleArn: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        if (value === undefined) return;
        try {
          parseRoleArn(value);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
    externalId: z.string().regex(EXTERNAL_ID_PATTERN, 'must be 2-1224 characters of [A-Za-z0-9_+=,.@:/-]').optional(),
    roleSessionName: z.string().regex(/^[\w+=,.@-]{2,64}$/, 'must be 2-64 characters of [A-Za-z0-9+=,.@-]').optional(),
    sessionDuration: z.coerce
      .number({ error: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(900, 'must be between 900 and 43200 seconds')
      .max(43200, 'must be between 900 and 43200 seconds')
      .optional(),
    rateScale: z.coerce
      .number({ error: 'must be a number, e.g. 0.5 or 2' })
      .positive('must be above 0')
      .max(100, 'must be at most 100')
      .optional(),
    region: list(regionName),
    excludedRegion: list(regionName),
    checks: list(z.string().min(1)),
    checksFile: path.optional(),
    services: list(z.string().min(1)),
    severity: list(severity),
    category: list(z.string().min(1)),
    excludedChecks: list(z.string().min(1)),
    excludedServices: list(z.string().min(1)),
    compliance: list(z.string().min(1)),
    failOnCompliance: list(z.string().min(1)),
    status: list(z.enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` })),
    resourceTag: list(parsedBy(parseResourceTag)),
    resourceArn: list(parsedBy(parseResourceArn)),
    mutelistFile: path.optional(),
    configFile: path.optional(),
    failOn: severity.optional(),
    baseline: path.optional(),
    outputBucket: parsedBy(parseBucketUrl).optional(),
    presignExpiry: parsedBy(parsePresignExpiry).optional(),
    notifyWebhook: parsedBy(parseWebhookUrl).optional(),
    outputFormats: z
      .array(z.enum(outputFormatNames, { error: `must be one of ${outputFormatNames.join(', ')}` }))
      .nonempty()
      .default(outputFormatNames),
    outputDirectory: z.string().min(1).default('./output'),
    outputFilename: z
      .string()
      .regex(/^[^/\\]+$/, 'must be a file name without a directory (use --output-directory)')
      .optional(),
    scanName: z.string().min(1).max(200).optional(),
    saveInventory: path.optional(),
    fromInventory: path.optional(),
    endpointUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    scanUnusedServices: z.boolean().default(false),
    shodan: z.string().min(1, 'needs a Shodan API key').optional(),
    ignoreExitCode3: z.boolean().default(false),
    allowPartial: z.boolean().default(false),
    logLevel: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('warn'),
    listServices: z.boolean().default(false),
    listChecks: z.boolean().default(false),
    listChecksJson: z.boolean().default(false),
    listCategories: z.boolean().default(false),
    listConfig: z.boolean().default(false),
    listCompliance: z.boolean().default(false),
    listComplianceRequirements: z.string().min(1).optional(),
    ...organizationOptionShapes,
  })
  .superRefine((options, ctx) => {
    refineOrganizationOptions(options, ctx);
    if (options.presignExpiry !== undefined && options.outputBucket === undefined) {
      ctx.addIssue({ code: 'custom', path: ['presignExpiry'], message: 'needs --output-bucket' });
    }
    if (options.compliance && (options.checks || options.checksFile || options.services)) {
      ctx.addIssue({ code: 'custom', path: ['compliance'], message: 'cannot be combined with --checks, --checks-file or --services: it selects the checks itself' });
    }
    if (options.resourceTag && options.resourceArn) {
      ctx.addIssue({ code: 'custom', path: ['resourceTag'], message: 'and --resource-arn cannot be combined: scope by tags or by ARNs' });
    }
    if (options.fromInventory !== undefined) {
      // A replay reads no account: flags that say how or where to read one would be silently ignored.
      for (const key of ['profile', 'roleArn', 'region', 'excludedRegion', 'endpointUrl', 'saveInventory', 'shodan'] as const) {
        if (options[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'cannot be combined with --from-inventory, which reads no account' });
      }
      if (options.organization || options.plan !== undefined) ctx.addIssue({ code: 'custom', path: ['fromInventory'], message: 'replays one saved account: it cannot be combined with --organization or --plan' });
    }
    if (options.saveInventory !== undefined && (options.organization || options.plan !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['saveInventory'], message: 'saves one account: it cannot be combined with --organization or --plan yet' });
    }
    if (options.roleArn !== undefined || options.organization || options.plan !== undefined) return;
    for (const key of ['externalId', 'sessionDuration', 'roleSessionName'] as const) {
      if (options[key] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'needs --role-arn' });
      }
    }
  });

export type AwsOptions = z.infer<typeof AwsOptionsSchema>;


function flagOf(key: PropertyKey | undefined): string {
  return typeof key === 'string' ? `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : 'option';
}

/** Validates raw commander options; the first problem becomes a one-line usage error naming the flag. */
export function parseOptions<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const flag = flagOf(issue?.path[0]);
  const message = issue?.message ?? 'invalid value';
  // Some parsers name the flag themselves, or need no flag to be understood.
  throw new UsageError(/^(--|invalid role ARN)/.test(message) ? message : `${flag} ${message}`);
}

export function parseAwsOptions(raw: unknown): AwsOptions {
  return parseOptions(AwsOptionsSchema, raw);
}

/** `scanner aws role-template` options, validated and with defaults applied. */
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
  // The StackSet variant of the role, for every account of an organization.
  stackset: z.boolean().default(false),
}).refine((options) => !(options.stackset && options.scanName !== undefined), {
  message: '--scan-name does not apply with --stackset: one organization scan uses the role of every account',
  path: ['scanName'],
});

export function parseRoleTemplateOptions(raw: unknown): z.output<typeof RoleTemplateOptionsSchema> {
  return parseOptions(RoleTemplateOptionsSchema, raw);
}

/** `scanner aws runner-template` options: an existing network is given whole, or not at all. */
const RunnerTemplateOptionsSchema = z
  .object({
    format: z.enum(['yaml', 'json'], { error: 'must be yaml or json' }).default('yaml'),
    vpc: z.string().regex(/^vpc-[0-9a-f]{8,17}$/, 'must be a VPC ID (vpc-...)').optional(),
    subnets: z.array(z.string().regex(/^subnet-[0-9a-f]{8,17}$/, 'must be subnet IDs (subnet-...)')).nonempty().optional(),
  })
  .superRefine((options, ctx) => {
    if (options.vpc !== undefined && options.subnets === undefined) {
      ctx.addIssue({ code: 'custom', path: ['vpc'], message: 'needs --subnets (subnets of that VPC that reach the internet)' });
    }
    if (options.subnets !== undefined && options.vpc === undefined) {
      ctx.addIssue({ code: 'custom', path: ['subnets'], message: 'needs --vpc (the VPC they belong to)' });
    }
  });

export function parseRunnerTemplateOptions(raw: unknown): z.output<typeof RunnerTemplateOptionsSchema> {
  return parseOptions(RunnerTemplateOptionsSchema, raw);
}
