import type { Finding } from '../../findings/finding.js';
import type { AccountOutcome, OrganizationContext } from '../../organization/account.js';
import type { OrganizationFacts, UnitFacts } from './payload.js';

/** Statuses under which an account's checks ran, so its findings (and their absence) mean something. */
export const SCANNED_STATUSES: readonly string[] = ['scanned', 'partial'];

export interface OrganizationIndex {
  facts: OrganizationFacts;
  /** Account ID to its index in `facts.accounts`. */
  accountIndex: ReadonlyMap<string, number>;
}

/**
 * The organization's units and accounts as the report's tables. An account that has findings but
 * that the organization's listing lacks (a listing taken before it joined) is still given a row,
 * under the root, so none of its findings is left without an account.
 */
export function organizationIndex(organization: OrganizationContext, findings: Iterable<Finding>): OrganizationIndex {
  const units: UnitFacts[] = [];
  const unitIndex = new Map<string, number>();
  const unitOf = (account: AccountOutcome): number => {
    let parent = -1;
    for (const unit of account.ouPath) {
      let index = unitIndex.get(unit.id);
      if (index === undefined) {
        index = units.push({ id: unit.id, name: unit.name, parent }) - 1;
        unitIndex.set(unit.id, index);
      }
      parent = index;
    }
    return parent;
  };
  const outcomes = [...organization.accounts];
  const listed = new Set(outcomes.map((account) => account.id));
  for (const finding of findings) {
    if (listed.has(finding.accountId)) continue;
    listed.add(finding.accountId);
    const member = finding.account;
    outcomes.push({ id: finding.accountId, name: member?.name ?? finding.accountId, email: member?.email ?? '', ouPath: member?.ouPath ?? [], tags: {}, status: 'scanned' });
  }
  const accounts = outcomes.map((account) => ({
    id: account.id,
    name: account.name,
    email: account.email,
    unit: unitOf(account),
    status: account.status,
    error: account.error ?? null,
    durationMs: account.durationMs ?? null,
  }));
  return {
    facts: { id: organization.id, managementAccountId: organization.managementAccountId, units, accounts },
    accountIndex: new Map(accounts.map((account, index) => [account.id, index])),
  };
}
