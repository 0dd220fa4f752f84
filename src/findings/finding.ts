import type { CheckMetadata, Severity, Status } from '../checks/check.js';
import type { MemberAccount } from '../organization/account.js';

/** One verdict on one resource: what every output writer receives. */
export interface Finding {
  /** Stable across scans of the same account: check, account, region and resource. */
  uid: string;
  /** Shared by every finding of the same check, never copied. */
  check: CheckMetadata;
  status: Status;
  /** The check's severity, unless the check rated this finding otherwise. */
  severity: Severity;
  statusExtended: string;
  muted: boolean;
  accountId: string;
  /** In an organization scan, the account's name, email, OU path and tags: one object per account, shared. */
  account?: MemberAccount;
  partition: string;
  region: string;
  resource: {
    arn: string;
    id: string;
    name: string;
    tags: Record<string, string>;
  };
  /** ISO 8601, the end of the scan's data collection. */
  timestamp: string;
}
