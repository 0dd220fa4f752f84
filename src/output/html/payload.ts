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
  compliance: CompliancePayload;
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
