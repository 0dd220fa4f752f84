import type { PolicyDocument, PolicyStatement } from '../../services/policy.js';
import { isPrivateAddressOrRange } from './private-ip.js';

/**
 * Whether a resource policy lets anyone (any AWS account, or anonymous callers) in, judged the way
 * Prowler's `is_policy_public` does with its defaults: cross-account access is tolerated, so any
 * condition that pins the caller, its account, organization, network or source counts as a limit.
 * Deny statements are not weighed against Allows, as in Prowler.
 *
 * With `actions`, only Allows of one of those actions (or of `*`) count, matched literally.
 */
export function isPolicyPublic(policy: PolicyDocument, actions: readonly string[] = []): boolean {
  return policy.Statement.some(
    (statement) =>
      statement.Effect === 'Allow' &&
      hasPublicPrincipal(statement) &&
      (actions.length === 0 || (statement.Action ?? []).some((action) => action === '*' || actions.includes(action))) &&
      !isLimitedByCondition(statement.Condition),
  );
}

const PUBLIC_PRINCIPALS = new Set(['*', 'arn:aws:iam::*:root']);

/** Whether the statement names everyone as principal: `*`, or every account's root. */
export function hasPublicPrincipal(statement: PolicyStatement): boolean {
  const principal: Record<string, string[]> = statement.Principal ?? {};
  return [...(principal.AWS ?? []), ...(principal.CanonicalUser ?? [])].some((value) => PUBLIC_PRINCIPALS.has(value));
}

type Condition = NonNullable<PolicyStatement['Condition']>;

function isLimitedByCondition(condition: Condition | undefined): boolean {
  if (condition === undefined || Object.keys(condition).length === 0) return false;
  return limitsCallers(condition) || limitsToAnOrganization(condition) || limitsToPrivateAddresses(condition);
}

/** Condition keys that pin who may call, the same for Prowler's public and cross-account tests. */
export const CALLER_KEYS = [
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourcearn',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:resourceaccount',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:userid',
  'aws:username',
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'kms:calleraccount',
  'kms:viaservice',
  's3:resourceaccount',
  'lambda:eventsourcetoken',
];

/** Operators (matched exactly, as Prowler does) and the context keys that pin who may call. */
const CALLER_LIMITS: Record<string, readonly string[]> = {
  StringEquals: CALLER_KEYS,
  StringLike: CALLER_KEYS,
  ArnLike: ['aws:sourcearn', 'aws:principalarn'],
  ArnEquals: ['aws:sourcearn', 'aws:principalarn'],
};

/** Condition keys are case-insensitive; operators, for Prowler, are not. */
function keysOf(condition: Condition, operator: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(condition[operator] ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
}

function limitsCallers(condition: Condition): boolean {
  return Object.entries(CALLER_LIMITS).some(([operator, keys]) => {
    const values = keysOf(condition, operator);
    return keys.some((key) => typeof values[key] === 'string' || Array.isArray(values[key]));
  });
}

/** The last of StringEquals/StringLike that names an organization decides; a `*` voids it. */
function limitsToAnOrganization(condition: Condition): boolean {
  let limited = false;
  for (const operator of ['StringEquals', 'StringLike']) {
    const organization = keysOf(condition, operator)['aws:principalorgid'];
    if (Array.isArray(organization)) limited = !organization.includes('*');
    else if (typeof organization === 'string' && !organization.includes('*')) limited = true;
  }
  return limited;
}

/** Every allowed source address is private; an unparsable one makes the limit void. */
function limitsToPrivateAddresses(condition: Condition): boolean {
  const sourceIp = keysOf(condition, 'IpAddress')['aws:sourceip'];
  const addresses: unknown[] = Array.isArray(sourceIp) ? sourceIp : [sourceIp];
  return addresses.length > 0 && addresses.every((address) => typeof address === 'string' && isPrivateAddressOrRange(address) === true);
}
