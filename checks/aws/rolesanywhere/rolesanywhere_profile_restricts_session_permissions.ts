import { defineCheck, fail, firstWhere, manual, need, pass } from '../../../src/checks/check.js';
import type { IamInlinePolicy, IamManagedPolicy, IamRole } from '../../../src/services/iam/iam.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/services/policy.js';
import type { RolesAnywhereProfile } from '../../../src/services/rolesanywhere/rolesanywhere.js';

/** The AWS managed AdministratorAccess policy, in any partition. */
const ADMINISTRATOR_ACCESS_SUFFIX = ':iam::aws:policy/AdministratorAccess';

/** What AdministratorAccess grants, for when it is named but its document was not read (it is attached nowhere). */
const ADMINISTRATOR_ACCESS: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] };

/** A set of actions as a statement names it: the actions matching some pattern, or every action but those. */
type Actions = { matching: string[] } | { except: string[] };

/** Whether a pattern matches every action ("*", "*:*"). */
const matchesEveryAction = (pattern: string) => /^\*+(:\*+)?$/.test(pattern);

/** Whether every action `narrow` matches is matched by `wide` too, as far as the patterns alone tell. */
function subsumes(wide: string, narrow: string): boolean {
  const [w, n] = [wide.toLowerCase(), narrow.toLowerCase()];
  if (matchesEveryAction(w) || w === n) return true;
  const prefix = w.slice(0, -1);
  return w.endsWith('*') && !prefix.includes('*') && n.startsWith(prefix);
}

/** Whether two patterns may match a common action: the same service, or a wildcard service. */
function mayOverlap(first: string, second: string): boolean {
  const serviceOf = (pattern: string) => (pattern.split(':')[0] ?? '').toLowerCase();
  const [a, b] = [serviceOf(first), serviceOf(second)];
  return a === b || a.includes('*') || b.includes('*');
}

/**
 * Whether the union of these action sets is every action. Without IAM's catalogue of actions this
 * reasons on the patterns: a "*" pattern covers everything, and an "every action but X" set is
 * completed when each X is covered by another set.
 */
function coversEveryAction(sets: readonly Actions[]): boolean {
  const matching = sets.flatMap((set) => ('matching' in set ? set.matching : []));
  if (matching.some(matchesEveryAction)) return true;
  const excepts = sets.flatMap((set) => ('except' in set && set.except.length > 0 ? [set.except] : []));
  return excepts.some((excluded, index) =>
    excluded.every(
      (action) =>
        matching.some((pattern) => subsumes(pattern, action)) ||
        excepts.some((other, otherIndex) => otherIndex !== index && !other.some((pattern) => mayOverlap(pattern, action))),
    ),
  );
}

function actionsOf(statement: PolicyStatement): Actions[] {
  return [...(statement.Action?.length ? [{ matching: statement.Action }] : []), ...(statement.NotAction?.length ? [{ except: statement.NotAction }] : [])];
}

/**
 * Whether condition-free statements grant every action on every resource, as Prowler judges `*:*`:
 * every action must be allowed by statements naming Resource "*", and no Deny may take any action
 * back, whatever resource it names.
 */
function grantsEveryAction(statements: readonly PolicyStatement[]): boolean {
  const denies = statements.filter((statement) => statement.Effect === 'Deny');
  if (denies.some((statement) => (statement.Action?.length ?? 0) > 0)) return false;
  const denyExceptions = denies.flatMap((statement) => statement.NotAction ?? []);
  if (denies.some((statement) => (statement.NotAction?.length ?? 0) > 0) && !denyExceptions.some(matchesEveryAction)) return false;
  const allows = statements.filter((statement) => statement.Effect === 'Allow');
  // Every Allow's exceptions are pooled, as in Prowler's effective-actions reckoning.
  const allowExceptions = allows.flatMap((statement) => statement.NotAction ?? []);
  const allowed: Actions[] = [{ matching: allows.flatMap((statement) => statement.Action ?? []) }, ...(allowExceptions.length > 0 ? [{ except: allowExceptions }] : [])];
  const onEveryResource = allows.filter((statement) => statement.Resource?.includes('*')).flatMap(actionsOf);
  return coversEveryAction(allowed) && coversEveryAction(onEveryResource);
}

/**
 * Whether these policies together grant `*:*`: null when that cannot be told (a document not
 * read or resolved, a statement missing its actions or resources, or a conditional statement that
 * could change the answer).
 */
function fullAccess(documents: readonly (PolicyDocument | null)[]): boolean | null {
  const unconditional: PolicyStatement[] = [];
  const conditionalEffects = new Set<string>();
  for (const document of documents) {
    if (!document) return null;
    for (const statement of document.Statement) {
      if (!(statement.Action ?? statement.NotAction) || !(statement.Resource ?? statement.NotResource)) return null;
      if (statement.Condition && Object.keys(statement.Condition).length > 0) conditionalEffects.add(statement.Effect);
      else unconditional.push(statement);
    }
  }
  const grants = grantsEveryAction(unconditional);
  if (grants ? conditionalEffects.has('Deny') : conditionalEffects.has('Allow')) return null;
  return grants;
}

interface IamPolicies {
  managed: ReadonlyMap<string, IamManagedPolicy>;
  inline: ReadonlyMap<string, IamInlinePolicy>;
}

/** A managed policy's document; AdministratorAccess stands in when it was named but not read; null when unknown. */
function managedDocument(policies: IamPolicies, arn: string, trustAdministratorName: boolean): PolicyDocument | null {
  if (trustAdministratorName && arn.endsWith(ADMINISTRATOR_ACCESS_SUFFIX)) return ADMINISTRATOR_ACCESS;
  const policy = policies.managed.get(arn);
  if (policy) return need(policy.document);
  return arn.endsWith(ADMINISTRATOR_ACCESS_SUFFIX) ? ADMINISTRATOR_ACCESS : null;
}

/** Whether a role's effective permissions (identity policies within its boundary) are `*:*`; null when unknown. */
function isAdministrative(role: IamRole, policies: IamPolicies): boolean | null {
  const identityDocuments = [
    ...role.attachedPolicies.map((attached) => managedDocument(policies, attached.arn, false)),
    ...role.inlinePolicyNames.map((name) => {
      const inline = policies.inline.get(`${role.arn}:policy/${name}`);
      return inline ? need(inline.document) : null;
    }),
  ];
  const identity = fullAccess(identityDocuments);
  const boundary = role.permissionsBoundaryArn;
  if (identity === false || !boundary || boundary.endsWith(ADMINISTRATOR_ACCESS_SUFFIX)) return identity;
  const bounded = fullAccess([managedDocument(policies, boundary, false)]);
  return bounded === true ? identity : bounded;
}

/** Whether the profile's session policies keep its sessions short of `*:*`; null when unknown. */
function scopesSessions(profile: RolesAnywhereProfile, policies: IamPolicies): boolean | null {
  if (!profile.sessionPolicy && profile.managedPolicyArns.length === 0) return false;
  if (profile.sessionPolicy === 'invalid') return null;
  const documents = [...(profile.sessionPolicy ? [profile.sessionPolicy] : []), ...profile.managedPolicyArns.map((arn) => managedDocument(policies, arn, true))];
  const grants = fullAccess(documents);
  return grants === null ? null : !grants;
}

export default defineCheck({
  id: 'rolesanywhere_profile_restricts_session_permissions',
  uses: { rolesanywhere: ['profiles'], iam: ['roles', 'managedPolicies', 'inlinePolicies'] },
  run({ rolesanywhere, iam }, report) {
    report.each(rolesanywhere.profiles, (profile) => {
      if (!profile.enabled) return pass(`IAM Roles Anywhere profile ${profile.name} is disabled and cannot vend session credentials.`);
      const policies: IamPolicies = {
        managed: new Map(iam.managedPolicies.all().map((policy) => [policy.arn, policy])),
        inline: new Map(iam.inlinePolicies.all().map((policy) => [policy.arn, policy])),
      };
      const scoped = scopesSessions(profile, policies);
      if (scoped === true) return pass(`IAM Roles Anywhere profile ${profile.name} restricts its sessions with session or managed policies.`);
      if (scoped === null) return manual(`IAM Roles Anywhere profile ${profile.name} has a session policy that is invalid or could not be resolved, so whether it restricts sessions is unknown.`);
      const roles = new Map(iam.roles.all().map((role) => [role.arn, role]));
      const statusOf = (arn: string) => {
        const role = roles.get(arn);
        return role ? isAdministrative(role, policies) : null;
      };
      const administrative = firstWhere(profile.roleArns, (arn) => statusOf(arn) === true);
      if (administrative) {
        return fail(`IAM Roles Anywhere profile ${profile.name} does not restrict its sessions and vends the administrative role ${administrative}: any certificate the trust anchor accepts gets full access.`);
      }
      const unknown = profile.roleArns.filter((arn) => statusOf(arn) === null);
      if (unknown.length > 0) {
        return manual(`IAM Roles Anywhere profile ${profile.name} does not restrict its sessions, and the permissions of role(s) ${unknown.join(', ')} could not be evaluated.`);
      }
      return pass(`IAM Roles Anywhere profile ${profile.name} does not restrict its sessions, but none of its roles is administrative.`);
    });
  },
});
