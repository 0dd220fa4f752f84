import type { PolicyDocument, PolicyStatement } from '../../services/policy.js';
import { appliesToEveryResource, grantsAdministrativeAccess } from './admin-access.js';
import { ActionSet, expandActionPattern, expandActionPatterns } from './iam-actions.js';
import prowlerServiceNames from './prowler-service-names.json' with { type: 'json' };

/*
 * How Prowler reads an identity policy's actions, shared by the IAM policy-analysis checks. Every
 * Action and NotAction pattern is expanded into the known IAM actions (./iam-actions.ts); a
 * NotAction grants every known action but those it names. Conditions are never evaluated.
 */

const effectiveByDocument = new WeakMap<PolicyDocument, ActionSet>();

/**
 * The actions a policy lets through, whatever the resource or condition: those its Allow
 * statements grant less those its Deny statements take away. Like Prowler, the NotAction lists
 * of all statements of one effect are pooled before inverting, so two Allow statements with
 * different NotActions grant only what neither excludes. Several checks ask this of the same
 * document, so each answer is kept as long as the document is.
 */
export function effectiveAllowedActions(document: PolicyDocument): ActionSet {
  let effective = effectiveByDocument.get(document);
  if (!effective) {
    const allowed = grantedTogether(document.Statement.filter((statement) => statement.Effect === 'Allow'));
    effective = allowed.minus(grantedTogether(document.Statement.filter((statement) => statement.Effect === 'Deny')));
    effectiveByDocument.set(document, effective);
  }
  return effective;
}

function grantedTogether(statements: readonly PolicyStatement[]): ActionSet {
  const named = expandActionPatterns(statements.flatMap((statement) => statement.Action ?? []));
  const withNotAction = statements.filter((statement) => statement.NotAction?.length);
  if (withNotAction.length === 0) return named;
  return named.union(expandActionPatterns(withNotAction.flatMap((statement) => statement.NotAction ?? [])).complement());
}

/** The actions one statement names: its Action patterns, and every action but its NotAction patterns when it has some. */
function statementActions(statement: PolicyStatement): ActionSet {
  const named = expandActionPatterns(statement.Action ?? []);
  return statement.NotAction?.length ? named.union(expandActionPatterns(statement.NotAction).complement()) : named;
}

/** Whether a statement's Resource lists "*" itself (a NotResource statement never does). */
function namesEveryResource(statement: PolicyStatement): boolean {
  return statement.Resource?.includes('*') ?? false;
}

/**
 * Whether a policy grants every action of `service` (e.g. "kms") on "*", as Prowler judges it:
 * each action must survive the policy's Deny statements (on any resource), and be granted by an
 * Allow statement whose Resource lists "*". Allow conditions do not matter.
 */
export function grantsFullServiceAccess(document: PolicyDocument, service: string): boolean {
  const serviceActions = expandActionPattern(`${service}:*`);
  if (!effectiveAllowedActions(document).includesAll(serviceActions)) return false;
  const grantedOnEveryResource = document.Statement.filter((statement) => statement.Effect === 'Allow' && namesEveryResource(statement)).reduce(
    (granted, statement) => granted.union(statementActions(statement)),
    ActionSet.EMPTY,
  );
  return grantedOnEveryResource.includesAll(serviceActions);
}

/**
 * Whether a policy can allow `action` (a known action, or a pattern of them) on "*", as Prowler
 * judges it for aws-marketplace:Subscribe: only statements whose Resource lists "*" count; an
 * Allow counts even under a condition, while a Deny takes actions back only when it has no
 * Condition at all.
 */
export function allowsOnEveryResource(document: PolicyDocument, action: string): boolean {
  let allowed = ActionSet.EMPTY;
  let denied = ActionSet.EMPTY;
  for (const statement of document.Statement) {
    if (!namesEveryResource(statement)) continue;
    if (statement.Effect === 'Allow') allowed = allowed.union(statementActions(statement));
    else if (statement.Condition === undefined) denied = denied.union(statementActions(statement));
  }
  return allowed.minus(denied).overlaps(expandActionPattern(action));
}

/** Service prefixes Prowler knows (the services of its region table): a NotAction naming another one counts as naming nothing. */
const PROWLER_SERVICES: ReadonlySet<string> = new Set(prowlerServiceNames);

/**
 * Whether a policy grants '*:*', exactly as Prowler's administrative-access reading: what
 * `grantsAdministrativeAccess` says, and also any Allow statement it counts whose NotAction names
 * a service prefix (compared case-sensitively) outside Prowler's list of services, "*" included.
 */
export function allowsAdministrativeAccess(document: PolicyDocument): boolean {
  if (grantsAdministrativeAccess(document)) return true;
  return document.Statement.some(
    (statement) =>
      statement.Effect === 'Allow' &&
      appliesToEveryResource(statement) &&
      (statement.NotAction ?? []).some((pattern) => !PROWLER_SERVICES.has(pattern.split(':')[0] ?? '')),
  );
}
