/**
 * The scan data the HTML writer hands the report app. Shared by the writer (Node) and the app
 * (browser), so it holds types only and imports nothing from either side.
 *
 * Findings are stored as columns of indices: each check's metadata appears once, and each distinct
 * string (region, resource, tag, status detail) once in `strings`, however many findings use it.
 */
export interface ReportPayload {
  scan: ScanFacts;
  /** Most severe first. */
  severities: string[];
  /** Most urgent first: the order the report lists findings in. */
  statuses: string[];
  checks: CheckFacts[];
  strings: string[];
  findings: FindingColumns;
  /** Tag sets, each a flat list of alternating key and value indices into `strings`. */
  tagSets: number[][];
  /** What the scan could not read, one entry per distinct cause. */
  unread: UnreadScope[];
  /**
   * How many scopes that is, counted as the printed summary counts them (a listing or a resource,
   * however many calls and checks it failed); without the scan's read failures (a report rebuilt
   * from saved findings), the number of entries.
   */
  unreadScopeCount: number;
  compliance: CompliancePayload;
  /** An organization scan's units and accounts; null for a scan of one account. */
  organization: OrganizationFacts | null;
}

/**
 * The organization as the report rolls it up: units form a tree through `parent`, each account
 * sits in one unit, and findings name their account by its index here, never by repeated strings.
 */
export interface OrganizationFacts {
  id: string;
  managementAccountId: string;
  /** Every unit on some account's path, parents before their children. */
  units: UnitFacts[];
  /** Every account the organization listed, scanned or not. */
  accounts: AccountFacts[];
}

export interface UnitFacts {
  id: string;
  name: string;
  /** Index of the parent unit; -1 directly under the organization's root. */
  parent: number;
}

export interface AccountFacts {
  id: string;
  name: string;
  email: string;
  /** Index of the unit the account sits in; -1 directly under the root. */
  unit: number;
  /** scanned, partial, assume_denied, skipped_suspended, excluded or failed. */
  status: string;
  /** Why it was not scanned, or the first failure that made it partial. */
  error: string | null;
  durationMs: number | null;
}

/**
 * Every framework's verdicts, stored once as data: a requirement names its checks by ID, and the
 * app finds their findings through `checks`, so no finding carries its requirements.
 */
export interface CompliancePayload {
  /** Requirement verdicts, most urgent first; `verdict` and `verdictCounts` index it. */
  verdicts: string[];
  frameworks: FrameworkFacts[];
  /** Title of every check a framework maps, including checks without findings in this scan. */
  checkTitles: Record<string, string>;
  /**
   * In an organization scan, each account's requirement verdicts: `accounts[account][framework]`
   * indexes `verdictLists`, a string with one digit (an index into `verdicts`) per requirement in
   * the framework's order. Accounts that were not scanned have an empty list. Identical lists are
   * stored once, so a fleet of alike accounts costs little. Null for a scan of one account.
   */
  byAccount: { verdictLists: string[]; accounts: number[][] } | null;
}

export interface FrameworkFacts {
  /** Prowler's name for it, as `--compliance` takes it: `cis_6.0_aws`. */
  name: string;
  title: string;
  description: string;
  /** Share (0-1) of the judged requirements (PASS, FAIL, ERROR) that PASS; null when none was judged. */
  score: number | null;
  /** Share (0-1) of requirements that have checks mapped. */
  coverage: number;
  /** Requirements per verdict, in `verdicts` order. */
  verdictCounts: number[];
  requirements: RequirementFacts[];
}

export interface RequirementFacts {
  id: string;
  /** Null where the framework's requirements have no title of ours yet. */
  title: string | null;
  /** Outermost first. */
  section: string[];
  /** CIS's Level 1 / Level 2. */
  profile: string | null;
  verdict: number;
  /** Findings of its checks: PASS, FAIL, MUTED, ERROR, MANUAL. */
  counts: [number, number, number, number, number];
  checks: string[];
  /** Why it cannot pass as things stand: a check missing or not run, a too lenient configuration. */
  notes: string[];
}

export interface ScanFacts {
  name: string | null;
  accountId: string;
  accountAlias: string | null;
  partition: string;
  callerArn: string;
  regions: string[];
  scannerVersion: string;
  /** ISO 8601. */
  startedAt: string;
  finishedAt: string;
  checksRun: number;
}

export interface CheckFacts {
  id: string;
  service: string;
  title: string;
  severity: string;
  description: string;
  risk: string;
  relatedUrl: string | null;
  remediation: {
    text: string;
    url: string | null;
    cli: string | null;
    terraform: string | null;
    cloudFormation: string | null;
    other: string | null;
  };
}

/** One entry per finding in every column; numbers index `checks`, `statuses`, `strings` or `tagSets`. */
export interface FindingColumns {
  check: number[];
  /** Indexes `severities`: the check's severity unless the finding was rated otherwise. */
  severity: number[];
  status: number[];
  /** 1 when muted. */
  muted: number[];
  region: number[];
  resourceId: number[];
  resourceName: number[];
  resourceArn: number[];
  detail: number[];
  /** -1 when the resource has no tags. */
  tags: number[];
  /** Indexes `organization.accounts`; empty for a scan of one account. */
  account: number[];
}

export interface UnreadScope {
  region: string;
  /** What failed, as the scan put it. */
  message: string;
  /** Checks that reported ERROR because of it; empty when no verdict depended on it. */
  checkIds: string[];
}

/** The element the writer puts the encoded payload in, and the text the template holds there. */
export const PAYLOAD_ELEMENT_ID = 'report-data';
export const PAYLOAD_PLACEHOLDER = '__REPORT_DATA__';
/** Where the writer puts the page title, so tabs, bookmarks and file previews name the scan. */
export const TITLE_PLACEHOLDER = '__REPORT_TITLE__';
