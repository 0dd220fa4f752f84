/** One organizational unit on the way from the organization's root to an account. */
export interface OrganizationalUnitRef {
  id: string;
  name: string;
}

/** What Organizations says about a member account, carried by each of its findings. */
export interface MemberAccount {
  id: string;
  name: string;
  email: string;
  /** From the organization's root (first) down to the account's parent unit; empty under the root. */
  ouPath: readonly OrganizationalUnitRef[];
  tags: Readonly<Record<string, string>>;
}

/**
 * How far an organization scan got with one account: scanned in full, scanned with reads that
 * failed (ERROR findings), its role not assumable, suspended, left out by the scope flags, or failed
 * before its checks ran.
 */
export type AccountStatus = 'scanned' | 'partial' | 'assume_denied' | 'skipped_suspended' | 'excluded' | 'failed';

/** One line of `accounts.json`, and the report's coverage. */
export interface AccountOutcome extends MemberAccount {
  status: AccountStatus;
  /** Why the account was not scanned, or the first failure that made it partial. */
  error?: string;
  durationMs?: number;
  apiCalls?: number;
  throttles?: number;
  findings?: number;
}

/** The organization an organization scan covered, beside the single-account ScanContext fields. */
export interface OrganizationContext {
  /** o-xxxxxxxxxx */
  id: string;
  managementAccountId: string;
  /** Every account the organization listed, scanned or not, with its outcome. */
  accounts: readonly AccountOutcome[];
}

/** `Security/Prod`: the units from the root down to the account's parent, as CSV and OCSF name them. */
export function ouPathName(account: MemberAccount): string {
  return account.ouPath.map((unit) => unit.name).join('/');
}
