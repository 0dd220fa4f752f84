import type { IamServiceAccess } from '../services/iam/iam.js';
import { need } from '../services/resource-map.js';
import { daysBetween } from '../services/iam/credential-report.js';
import { fail, notApplicable, pass, type Verdict } from './report.js';

/**
 * Whether a user or role still uses a service its policies allow: no finding when they allow none
 * of it, FAIL when it was never used or not within `maxDays`, as Prowler's stale-access checks judge.
 */
export function judgeStaleAccess(identity: IamServiceAccess, kind: 'User' | 'Role', service: { namespace: string; title: string }, maxDays: number): Verdict {
  const entry = need(identity.services).find((candidate) => candidate.namespace === service.namespace);
  if (!entry) return notApplicable(`its policies allow no ${service.title} actions`);
  const who = `IAM ${kind} ${identity.name}`;
  if (entry.lastAuthenticated === null) return fail(`${who} may use ${service.title} but never has.`);
  const idleDays = daysBetween(entry.lastAuthenticated, identity.readAt);
  if (idleDays > maxDays) return fail(`${who} has not used ${service.title} for ${idleDays} days, more than ${maxDays}.`);
  return pass(`${who} used ${service.title} ${idleDays} days ago, within ${maxDays} days.`);
}
