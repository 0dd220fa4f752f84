import { UsageError } from '../errors.js';
import type { AccountOutcome, MemberAccount } from './account.js';
import type { ListedAccount, ListedOrganization } from './discover.js';

/** The scope flags of an organization scan, parsed. */
export interface AccountSelection {
  /** `--accounts`: only these. */
  accounts?: readonly string[];
  /** `--exclude-accounts`. */
  excludeAccounts?: readonly string[];
  /** `--ou`: only accounts in these units or anywhere below them. */
  ous?: readonly string[];
  /** `--exclude-ou`: not the accounts in these units or below them. */
  excludeOus?: readonly string[];
  /** `--account-tag Key=Value`: only accounts carrying any of these tags. */
  accountTags?: readonly { key: string; value: string }[];
  /** `--include-management`: the management account is left out unless asked for. */
  includeManagement: boolean;
}

export interface ScopedOrganization {
  /** The accounts to scan, in account ID order. */
  toScan: MemberAccount[];
  /** The accounts left out, with why: excluded by a flag, or not ACTIVE. */
  leftOut: AccountOutcome[];
}

function memberOf(account: ListedAccount): MemberAccount {
  return { id: account.id, name: account.name, email: account.email, ouPath: account.ouPath, tags: account.tags };
}

function underAny(account: MemberAccount, units: ReadonlySet<string> | undefined): boolean {
  return units !== undefined && account.ouPath.some((unit) => units.has(unit.id));
}

/** The root's ID names every account; a unit ID or an account ID that is not in the organization is a typo. */
function checkKnown(organization: ListedOrganization, selection: AccountSelection): void {
  const accountIds = new Set(organization.accounts.map((account) => account.id));
  for (const [flag, ids] of [['--accounts', selection.accounts], ['--exclude-accounts', selection.excludeAccounts]] as const) {
    const unknown = (ids ?? []).filter((id) => !accountIds.has(id));
    if (unknown.length > 0) throw new UsageError(`${flag}: not an account of organization ${organization.id}: ${unknown.join(', ')}`);
  }
  for (const [flag, ids] of [['--ou', selection.ous], ['--exclude-ou', selection.excludeOus]] as const) {
    const unknown = (ids ?? []).filter((id) => id !== organization.rootId && !organization.units.has(id));
    if (unknown.length > 0) throw new UsageError(`${flag}: not an organizational unit of organization ${organization.id}: ${unknown.join(', ')}`);
  }
}

/** Why the scope flags leave `account` out, or undefined when they keep it. */
function exclusion(account: MemberAccount, organization: ListedOrganization, selection: AccountSelection): string | undefined {
  const asSet = (ids: readonly string[] | undefined) => (ids ? new Set(ids) : undefined);
  const ous = asSet(selection.ous);
  const rootSelected = ous?.has(organization.rootId) ?? false;
  if (account.id === organization.managementAccountId) {
    // --include-management adds it to whatever the other flags keep; only --exclude-accounts removes it again.
    if (selection.excludeAccounts?.includes(account.id)) return 'in --exclude-accounts';
    if (selection.includeManagement || selection.accounts?.includes(account.id)) return undefined;
    return 'the management account (scanned only with --include-management)';
  }
  if (selection.accounts && !selection.accounts.includes(account.id)) return 'not in --accounts';
  if (selection.excludeAccounts?.includes(account.id)) return 'in --exclude-accounts';
  if (ous && !rootSelected && !underAny(account, ous)) return 'not under --ou';
  if (underAny(account, asSet(selection.excludeOus))) return 'under --exclude-ou';
  const tags = selection.accountTags;
  if (tags && !tags.some(({ key, value }) => account.tags[key] === value)) return 'has none of the --account-tag tags';
  return undefined;
}

/** Splits the organization's accounts into those to scan and those left out, each with its reason. */
export function scopeOrganization(organization: ListedOrganization, selection: AccountSelection): ScopedOrganization {
  checkKnown(organization, selection);
  const scoped: ScopedOrganization = { toScan: [], leftOut: [] };
  for (const listed of organization.accounts) {
    const account = memberOf(listed);
    const reason = exclusion(account, organization, selection);
    if (reason) scoped.leftOut.push({ ...account, status: 'excluded', error: reason });
    else if (!listed.active) scoped.leftOut.push({ ...account, status: 'skipped_suspended', error: 'the account is not ACTIVE in Organizations' });
    else scoped.toScan.push(account);
  }
  return scoped;
}
