import type { PolicyDocument, PolicyStatement } from '../../services/policy.js';

/** Resource values Prowler reads as "every resource". */
const EVERY_RESOURCE = new Set(['*', '*/*', '*:*']);

/**
 * Whether an identity policy grants full administrative access ('*:*'), judged as Prowler does:
 * an Allow statement on every resource (or with a NotResource narrower than "*") whose actions
 * include "*", or Allow statements on every resource that only name NotAction (everything but
 * a list). Deny statements do not take the grant back, as in Prowler.
 */
export function grantsAdministrativeAccess(document: PolicyDocument): boolean {
  const allowedActions = new Set<string>();
  const allowedNotActions = new Set<string>();
  for (const statement of document.Statement) {
    if (statement.Effect !== 'Allow' || !appliesToEveryResource(statement)) continue;
    for (const action of statement.Action ?? []) allowedActions.add(action);
    for (const action of statement.NotAction ?? []) allowedNotActions.add(action);
  }
  if (allowedActions.has('*')) return true;
  return allowedActions.size === 0 && allowedNotActions.size > 0;
}

/** Whether Prowler's administrative-access reading counts a statement: on every resource, or with a NotResource narrower than "*". */
export function appliesToEveryResource(statement: PolicyStatement): boolean {
  const { Resource: resource, NotResource: notResource } = statement;
  if (resource?.length === 1 && EVERY_RESOURCE.has(resource[0] ?? '')) return true;
  return notResource !== undefined && notResource.length > 0 && !(notResource.length === 1 && notResource[0] === '*');
}
