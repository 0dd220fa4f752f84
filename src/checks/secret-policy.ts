import type { PolicyDocument, PolicyStatement } from '../services/policy.js';
import { conditionConfinesToAccount } from './policy/trusted-accounts.js';

/**
 * What a secret's resource policy lacks to be "restrictive" in Prowler's sense: nothing when it
 * is. The model Prowler expects is a deny-by-default policy: a Deny of all Secrets Manager
 * actions to every principal except an explicit list of IAM roles and users (and, optionally, of
 * AWS services), no Allow to another account or to anyone unconditioned, a Deny outside the
 * trusted organizations when `organizations_trusted_ids` names any, and tight statements for the
 * excepted principals. The rules below are Prowler's, including its strictness about which
 * condition operators may appear together.
 */
export function secretPolicyShortfalls(policy: PolicyDocument, secretArn: string, account: { id: string; partition: string }, trustedOrganizations: readonly string[]): string[] {
  const statements = policy.Statement.map(withLowercaseConditionKeys);
  const patterns = principalPatterns(account.partition);
  const shortfalls: string[] = [];

  const outsiders = externalPrincipals(statements, account.id, patterns);
  if (outsiders.length > 0) shortfalls.push(`it allows principals outside the account: ${listed(outsiders)}`);

  const deny = denyForAllButListed(statements, secretArn, patterns);
  if (!deny.found) shortfalls.push('it has no well-formed Deny of all Secrets Manager actions to every principal but a named list');

  if (trustedOrganizations.length > 0 && !statements.some((statement) => deniesOutsideOrganizations(statement, secretArn, trustedOrganizations, deny.services))) {
    shortfalls.push(`it does not deny access from outside the trusted organizations (${trustedOrganizations.join(', ')})`);
  }

  const looseDenies = statements
    .filter((statement) => statement.Effect === 'Deny')
    .flatMap((statement) => principalsOf(statement).filter((principal): principal is string => principal !== null && deny.principals.includes(principal) && !hasNarrowNotAction(statement)));
  if (looseDenies.length > 0) shortfalls.push(`the Deny for ${listed(looseDenies)} does not name the actions it leaves allowed in NotAction, without wildcards`);

  const looseServices = statements
    .filter((statement) => statement.Effect === 'Allow')
    .flatMap((statement) => principalsOf(statement).filter((principal): principal is string => principal !== null && deny.services.includes(principal) && serviceAllowIssues(statement, account.id).length > 0));
  if (looseServices.length > 0) shortfalls.push(`the Allow for ${listed(looseServices)} is not limited to named actions of this account (aws:SourceAccount)`);

  if (deny.wildcardRoles.length > 0 && !wildcardRolesDenied(statements, deny.wildcardRoles)) {
    shortfalls.push(`no Deny with ArnLike on aws:PrincipalArn covers the wildcard roles ${listed(deny.wildcardRoles)}`);
  }
  return shortfalls;
}

interface PrincipalPatterns {
  anyIamArn: RegExp;
  namedRoleOrUser: RegExp;
  service: RegExp;
  wildcardRole: RegExp;
}

function principalPatterns(partition: string): PrincipalPatterns {
  const escaped = partition.replace(/[-]/g, '\\-');
  const dnsSuffix = partition === 'aws-cn' ? '\\.amazonaws\\.com\\.cn' : '\\.amazonaws\\.com';
  return {
    anyIamArn: new RegExp(`^arn:${escaped}:iam::(\\d{12}):`),
    namedRoleOrUser: new RegExp(`^arn:${escaped}:iam::\\d{12}:(role|user)/[^*]+$`),
    service: new RegExp(`^[a-z0-9-]+(\\.[a-z0-9-]+)*${dnsSuffix}$`),
    // A wildcard is tolerated only after at least 12 characters of the role's path and name.
    wildcardRole: new RegExp(`^arn:${escaped}:iam::\\d{12}:role/.{12,}\\*$`),
  };
}

type Condition = NonNullable<PolicyStatement['Condition']>;

/** Condition keys are case-insensitive; operators are not. */
function withLowercaseConditionKeys(statement: PolicyStatement): PolicyStatement {
  if (!statement.Condition) return statement;
  const condition: Condition = Object.fromEntries(
    Object.entries(statement.Condition).map(([operator, keys]) => [operator, Object.fromEntries(Object.entries(keys).map(([key, value]) => [key.toLowerCase(), value]))]),
  );
  return { ...statement, Condition: condition };
}

/** AWS and service principals, as Prowler reads them; one null stands for none. */
function principalsOf(statement: PolicyStatement): (string | null)[] {
  const principal: Record<string, string[]> = statement.Principal ?? {};
  const named = [...(principal.AWS ?? []), ...(principal.Service ?? [])];
  return named.length > 0 ? named : [null];
}

/** A condition value as a list; a value of another shape counts as one unusable entry. */
function valuesOf(value: unknown): unknown[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value : [null];
}

const ALL_SECRETS_ACTIONS = ['*', 'secretsmanager:*'];

/** A Deny of all Secrets Manager actions, on this secret or everything, to every principal. */
function deniesEverythingToAll(statement: PolicyStatement, secretArn: string): boolean {
  return (
    statement.Effect === 'Deny' &&
    principalsOf(statement).includes('*') &&
    (statement.Action ?? []).some((action) => ALL_SECRETS_ACTIONS.includes(action)) &&
    coversSecret(statement, secretArn)
  );
}

function coversSecret(statement: PolicyStatement, secretArn: string): boolean {
  const resources = statement.Resource ?? ['*'];
  return resources.includes('*') || resources.every((resource) => resource === secretArn);
}

/** Principals of other accounts, and unconditioned (or loosely conditioned) wildcards, that Allows name. */
function externalPrincipals(statements: readonly PolicyStatement[], accountId: string, patterns: PrincipalPatterns): string[] {
  return statements
    .filter((statement) => statement.Effect === 'Allow')
    .flatMap((statement) =>
      principalsOf(statement).filter((principal): principal is string => {
        if (principal === null) return false;
        const iamAccount = patterns.anyIamArn.exec(principal)?.[1];
        if (iamAccount !== undefined) return iamAccount !== accountId;
        if (principal !== '*') return false;
        const condition = statement.Condition ?? {};
        return Object.keys(condition).length === 0 || !conditionConfinesToAccount(condition, accountId);
      }),
    );
}

interface DenyForAll {
  found: boolean;
  /** IAM roles and users the well-formed Denies examined so far leave out. */
  principals: string[];
  /** AWS services they leave out. */
  services: string[];
  /** Role ARN patterns with a wildcard they leave out through ArnNotLike. */
  wildcardRoles: string[];
}

/**
 * Looks for the Deny to all but a named list, collecting the names of every candidate it
 * examines on the way (as Prowler does, names from a rejected candidate stay collected). Only
 * StringNotEquals (or StringNotEqualsIfExists) on aws:PrincipalArn and aws:PrincipalServiceName,
 * plus ArnNotLike on aws:PrincipalArn, may name the exceptions, and the operators must be exactly:
 * StringNotEquals for roles and users alone; StringNotEqualsIfExists with a Null test of both keys
 * when services are excepted too.
 */
function denyForAllButListed(statements: readonly PolicyStatement[], secretArn: string, patterns: PrincipalPatterns): DenyForAll {
  const result: DenyForAll = { found: false, principals: [], services: [], wildcardRoles: [] };
  for (const statement of statements) {
    if (!deniesEverythingToAll(statement, secretArn)) continue;
    const condition = statement.Condition ?? {};
    const exceptions = condition.StringNotEquals ?? condition.StringNotEqualsIfExists ?? {};
    const exceptsPrincipals = 'aws:principalarn' in exceptions;
    const exceptsServices = 'aws:principalservicename' in exceptions;
    if (!Object.keys(exceptions).every((key) => key === 'aws:principalarn' || key === 'aws:principalservicename')) continue;
    if (exceptsPrincipals && !collectMatching(exceptions['aws:principalarn'], patterns.namedRoleOrUser, result.principals)) continue;
    if (exceptsServices && !collectMatching(exceptions['aws:principalservicename'], patterns.service, result.services)) continue;
    const arnNotLike = condition.ArnNotLike ?? {};
    const exceptsWildcardRoles = 'aws:principalarn' in arnNotLike;
    if (exceptsWildcardRoles && !collectMatching(arnNotLike['aws:principalarn'], patterns.wildcardRole, result.wildcardRoles)) continue;

    const operators = Object.keys(condition).sort().join(',');
    const expected = (required: string[]) => [...required, ...(exceptsWildcardRoles ? ['ArnNotLike'] : [])].sort().join(',');
    if (exceptsPrincipals && exceptsServices) {
      const nullTest = condition.Null ?? {};
      const testsBothAbsent = Object.keys(nullTest).length === 2 && nullTest['aws:principalarn'] === 'true' && nullTest['aws:principalservicename'] === 'true';
      if (operators === expected(['StringNotEqualsIfExists', 'Null']) && testsBothAbsent) return { ...result, found: true };
    } else if (exceptsPrincipals && operators === expected(['StringNotEquals'])) {
      return { ...result, found: true };
    }
  }
  return result;
}

/** Adds values to `into` while they match, stopping at the first that does not (false then). */
function collectMatching(value: unknown, pattern: RegExp, into: string[]): boolean {
  for (const entry of valuesOf(value)) {
    if (typeof entry !== 'string' || !pattern.test(entry)) return false;
    into.push(entry);
  }
  return true;
}

/** A Deny of everything to all but the trusted organizations (and the excepted services, if any). */
function deniesOutsideOrganizations(statement: PolicyStatement, secretArn: string, trustedOrganizations: readonly string[], services: readonly string[]): boolean {
  if (!deniesEverythingToAll(statement, secretArn) || !statement.Condition) return false;
  const operators = Object.keys(statement.Condition);
  const notEquals = statement.Condition.StringNotEquals;
  if (operators.length !== 1 || !notEquals || !('aws:principalorgid' in notEquals)) return false;
  if (!valuesOf(notEquals['aws:principalorgid']).every((id) => typeof id === 'string' && trustedOrganizations.includes(id))) return false;
  const keys = Object.keys(notEquals).sort().join(',');
  if (services.length === 0) return keys === 'aws:principalorgid';
  return keys === 'aws:principalorgid,aws:principalservicename' && valuesOf(notEquals['aws:principalservicename']).every((service) => typeof service === 'string' && services.includes(service));
}

function hasNarrowNotAction(statement: PolicyStatement): boolean {
  return statement.NotAction !== undefined && !statement.NotAction.some((action) => action.includes('*'));
}

/** What an Allow to an excepted service lacks: named actions, on named resources, for this account only. */
function serviceAllowIssues(statement: PolicyStatement, accountId: string): string[] {
  if (statement.NotAction !== undefined || statement.NotResource !== undefined) return ['NotAction or NotResource'];
  const issues: string[] = [];
  if (statement.Action === undefined) issues.push('no Action');
  else if (statement.Action.some((action) => action.includes('*'))) issues.push('a wildcard Action');
  const sourceAccounts = statement.Condition?.StringEquals ? valuesOf(statement.Condition.StringEquals['aws:sourceaccount'] ?? []) : [];
  if (!sourceAccounts.includes(accountId)) issues.push('no StringEquals on aws:SourceAccount');
  return issues;
}

/** Whether Deny statements with ArnLike on aws:PrincipalArn name exactly the wildcard roles, taken together in order. */
function wildcardRolesDenied(statements: readonly PolicyStatement[], wildcardRoles: readonly string[]): boolean {
  const wanted = new Set(wildcardRoles);
  const named: unknown[] = [];
  for (const statement of statements) {
    const arnLike = statement.Effect === 'Deny' ? statement.Condition?.ArnLike : undefined;
    if (!arnLike || !('aws:principalarn' in arnLike)) continue;
    named.push(...valuesOf(arnLike['aws:principalarn']));
    const seen = new Set(named);
    if (seen.size === wanted.size && [...seen].every((value) => typeof value === 'string' && wanted.has(value))) return true;
  }
  return false;
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and more` : shown;
}
