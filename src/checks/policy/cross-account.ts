import type { PolicyDocument, PolicyStatement } from '../../services/policy.js';
import { isPrivateAddressOrRange } from './private-ip.js';
import { hasPublicPrincipal } from './public-policy.js';
import { conditionConfinesToAccount } from './trusted-accounts.js';

type Condition = NonNullable<PolicyStatement['Condition']>;

/**
 * Whether a resource policy lets principals outside `account` in, judged the way Prowler's
 * `is_policy_public` does when cross-account access is not allowed: an Allow to everyone, or to an
 * AWS principal that names neither the account nor one of `trustedAccounts` (a substring match, as
 * in Prowler), counts unless its condition confines callers to the account, to an organization or
 * to private addresses. Deny statements are not weighed against Allows, as in Prowler.
 */
export function allowsOtherAccounts(policy: PolicyDocument, account: string, trustedAccounts: readonly string[]): boolean {
  const trusted = [account, ...trustedAccounts];
  return policy.Statement.some(
    (statement) => statement.Effect === 'Allow' && admitsOutsiders(statement, trusted) && !confinesCallers(statement.Condition, account),
  );
}

function admitsOutsiders(statement: PolicyStatement, trusted: readonly string[]): boolean {
  if (hasPublicPrincipal(statement)) return true;
  const awsPrincipals = statement.Principal?.AWS ?? [];
  return awsPrincipals.length > 0 && !awsPrincipals.every((principal) => trusted.some((trustedAccount) => principal.includes(trustedAccount)));
}

function confinesCallers(condition: Condition | undefined, account: string): boolean {
  if (condition === undefined || Object.keys(condition).length === 0) return false;
  return conditionConfinesToAccount(condition, account) || namesAnOrganization(condition) || admitsOnlyPrivateAddresses(condition);
}

/** Condition keys are case-insensitive; operators, for Prowler, are not. */
function keysOf(condition: Condition, operator: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(condition[operator] ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
}

/** The last of StringEquals/StringLike naming an organization decides; a `*` in the list voids it. */
function namesAnOrganization(condition: Condition): boolean {
  let named = false;
  for (const operator of ['StringEquals', 'StringLike']) {
    const organization = keysOf(condition, operator)['aws:principalorgid'];
    if (Array.isArray(organization)) named = !organization.includes('*');
    else if (typeof organization === 'string' && !organization.includes('*')) named = true;
  }
  return named;
}

/** Every allowed source address is private; an unparsable one voids the limit. */
function admitsOnlyPrivateAddresses(condition: Condition): boolean {
  const sourceIp = keysOf(condition, 'IpAddress')['aws:sourceip'];
  const addresses: unknown[] = Array.isArray(sourceIp) ? sourceIp : [sourceIp];
  return addresses.length > 0 && addresses.every((address) => typeof address === 'string' && isPrivateAddressOrRange(address) === true);
}
