import type { PolicyStatement } from '../../services/policy.js';
import { CALLER_KEYS } from './public-policy.js';

type Condition = NonNullable<PolicyStatement['Condition']>;

const VPC_KEYS = new Set(['aws:sourcevpc', 'aws:sourcevpce']);

/**
 * Operators (matched exactly) and the context keys under them that can pin callers, in the order
 * Prowler weighs them: the order matters, because a later aws:SourceArn can undo an earlier limit.
 */
const LIMITING_KEYS: readonly (readonly [string, readonly string[]])[] = [
  ['StringEquals', CALLER_KEYS],
  ['StringLike', CALLER_KEYS],
  ['ArnLike', ['aws:sourcearn', 'aws:principalarn']],
  ['ArnEquals', ['aws:sourcearn', 'aws:principalarn']],
];

/**
 * Whether a statement's condition block keeps callers within `account`, judged as Prowler's
 * `is_condition_block_restrictive` does when cross-account access is not allowed: a source VPC or
 * VPC endpoint always counts; any other key counts when every value it lists names the account
 * (a substring match, as in Prowler); aws:SourceArn counts when no value is a broad wildcard and
 * each names the account, or no account at all. Keys match in any case; operators do not.
 */
export function conditionConfinesToAccount(condition: Condition, account: string): boolean {
  let confined = false;
  for (const [operator, keys] of LIMITING_KEYS) {
    const block = condition[operator];
    if (block === undefined) continue;
    const values = Object.fromEntries(Object.entries(block).map(([key, value]) => [key.toLowerCase(), value]));
    for (const key of keys) {
      const value = values[key];
      if (Array.isArray(value)) {
        if (listConfines(key, value, account)) confined = true;
      } else if (typeof value === 'string') {
        // A single aws:SourceArn decides on its own, even against a limit found before it.
        if (key === 'aws:sourcearn') confined = sourceArnsConfine([value], account);
        else if (VPC_KEYS.has(key) || value.includes(account)) confined = true;
      }
    }
  }
  return confined;
}

function listConfines(key: string, values: readonly unknown[], account: string): boolean {
  // An empty list, or one of VPCs, limits callers as far as Prowler is concerned.
  if (values.length === 0 || VPC_KEYS.has(key)) return true;
  if (key === 'aws:sourcearn') return sourceArnsConfine(values, account);
  return values.every((value) => typeof value === 'string' && value.includes(account));
}

/**
 * Whether aws:SourceArn values keep the source within `account`: no global or service-wide
 * wildcard, no wildcard account, and an account field (when the ARN has one) that is the account.
 */
function sourceArnsConfine(arns: readonly unknown[], account: string): boolean {
  return arns.every((arn) => {
    if (typeof arn !== 'string') return false;
    if (arn === '*' || arn.split('*').length > 3 || arn.endsWith(':*')) return false;
    const accountField = arn.split(':')[4];
    if (!accountField) return true;
    if (accountField === '*') return false;
    return /^\d+$/.test(accountField) ? arn.includes(account) : accountField === account;
  });
}

/**
 * The account a principal names, read as Prowler reads it: a bare 12-digit account ID, else the
 * account field of an ARN ("*" for the wildcard principal); undefined when there is none.
 */
export function principalAccount(principal: string): string | undefined {
  if (principal === '*' || /^\d{12}$/.test(principal)) return principal;
  return principal.split(':')[4];
}
