import { z } from 'zod';
import { closestName } from '../yaml/validate.js';
import { patternProblem } from './pattern.js';

/**
 * Prowler's mutelist file format. Every scalar arrives as a string (the YAML is read with the
 * failsafe schema), so an account ID such as 012345678901 keeps its leading zero.
 */

/** Keys people plausibly type for one of ours; Prowler called the whole list Allowlist until v4. */
const RENAMED_KEYS: Record<string, string> = { Allowlist: 'Mutelist' };

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const suggestion = RENAMED_KEYS[key] ?? closestName(key, allowed);
  const hint = suggestion && allowed.includes(suggestion) ? ` (did you mean '${suggestion}'?)` : '';
  return `unknown key '${key}'${hint}; expected ${allowed.map((name) => `'${name}'`).join(', ')}`;
}

/** "missing <field>" when absent, else "<field> must be <shape>": the message for a wrong value. */
function expected(field: string, shape: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `missing ${field}` : `${field} must be ${shape}`);
}

/** A YAML map with exactly these keys; `field` names it in messages. */
function map<Shape extends z.ZodRawShape>(field: string, shape: Shape) {
  const allowed = Object.keys(shape);
  const wrongValue = expected(field, `a map with ${allowed.map((name) => `'${name}'`).join(', ')}`);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeyMessage(issue.keys[0]!, allowed) : wrongValue(issue)),
  });
}

/** A list of patterns (see compilePattern); `example` shows the shape in messages. */
function patternList(field: string, items: string, example: string) {
  const shape = `a list of ${items}, e.g. ${example}`;
  const pattern = z.string({ error: `${field} must be ${shape}` }).superRefine((text, context) => {
    const problem = patternProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: `invalid pattern '${text}' in ${field}: ${problem}` });
  });
  return z.array(pattern, { error: expected(field, shape) });
}

const exceptions = map('Exceptions', {
  Accounts: patternList('Accounts', 'account IDs or patterns', "['111122223333']").optional(),
  Regions: patternList('Regions', 'region names or patterns', "['eu-west-1']").optional(),
  Resources: patternList('Resources', 'resource ID or ARN patterns', "['prod-.*']").optional(),
  Tags: patternList('Tags', 'key=value patterns', "['env=prod']").optional(),
});

const rule = map('a check entry', {
  Regions: patternList('Regions', 'region names or patterns', "['*']").nonempty(
    "Regions is empty, so this entry mutes nothing; list regions or use ['*']",
  ),
  Resources: patternList('Resources', 'resource ID or ARN patterns', "['*']").nonempty(
    "Resources is empty, so this entry mutes nothing; list resources or use ['*']",
  ),
  Tags: patternList('Tags', 'key=value patterns', "['env=dev']").optional(),
  Exceptions: exceptions.optional(),
  Description: z.string({ error: 'Description must be text' }).optional(),
});

const checkName = z.string().superRefine((name, context) => {
  const problem = patternProblem(name);
  if (problem) context.addIssue({ code: 'custom', message: `check '${name}' is not a valid pattern: ${problem}` });
});

const accountId = z.string().regex(/^(\d{12}|\*)$/, {
  error: (issue) => `account '${String(issue.input)}' must be a 12-digit AWS account ID or '*'`,
});

const account = map('an account entry', {
  Checks: z.record(checkName, rule, { error: expected('Checks', 'a map of check IDs (or patterns) to entries') }),
});

export const MutelistFileSchema = map('the file', {
  Mutelist: map('Mutelist', {
    Accounts: z.record(accountId, account, { error: expected('Accounts', "a map of account IDs (or '*') to entries") }),
  }),
});

export type MutelistFile = z.output<typeof MutelistFileSchema>;
export type MutelistRule = z.output<typeof rule>;
