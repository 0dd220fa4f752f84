import {
  PAYLOAD_ELEMENT_ID,
  type AccountFacts,
  type CheckFacts,
  type CompliancePayload,
  type OrganizationFacts,
  type ReportPayload,
  type ScanFacts,
  type UnreadScope,
} from '../payload.js';
import { byId } from './dom.js';

/** The payload decoded into typed columns, with the derived lists filters and charts need. */
export class Report {
  readonly scan: ScanFacts;
  readonly severities: readonly string[];
  readonly statuses: readonly string[];
  readonly checks: readonly CheckFacts[];
  readonly unread: readonly UnreadScope[];
  readonly unreadScopeCount: number;
  readonly compliance: CompliancePayload;
  readonly size: number;
  /** Sorted service names; `checkService[check]` indexes it. */
  readonly services: readonly string[];
  /** Sorted regions that have findings; `regionOf(finding)` indexes it. */
  readonly regions: readonly string[];
  readonly checkSeverity: Uint8Array;
  /** Each finding's own severity: its check's, unless the check rated it otherwise. */
  readonly severity: Uint8Array;
  readonly checkService: Uint16Array;
  /** Each check's place when checks are sorted by title. */
  readonly checkTitleRank: Uint16Array;
  readonly check: Int32Array;
  readonly status: Uint8Array;
  readonly muted: Uint8Array;
  readonly region: Uint16Array;
  /** Null for a scan of one account. */
  readonly organization: OrganizationFacts | null;
  /** Each finding's account, indexing `organization.accounts`; empty for a scan of one account. */
  readonly account: Uint32Array;
  /** Each account's units, its own and every one above it. */
  readonly accountUnits: readonly (readonly number[])[];
  private readonly strings: readonly string[];
  private readonly columns: ReportPayload['findings'];
  private readonly tagSets: readonly number[][];
  private haystack: string[] | undefined;
  private byCheck: Map<string, number[]> | undefined;

  constructor(payload: ReportPayload) {
    this.scan = payload.scan;
    this.severities = payload.severities;
    this.statuses = payload.statuses;
    this.checks = payload.checks;
    this.unread = payload.unread;
    this.unreadScopeCount = payload.unreadScopeCount;
    this.compliance = payload.compliance;
    this.strings = payload.strings;
    this.columns = payload.findings;
    this.tagSets = payload.tagSets;
    this.size = payload.findings.check.length;

    this.services = [...new Set(this.checks.map((check) => check.service))].sort();
    this.checkSeverity = Uint8Array.from(this.checks, (check) => this.severities.indexOf(check.severity));
    this.checkService = Uint16Array.from(this.checks, (check) => this.services.indexOf(check.service));
    const byTitle = this.checks.map((_, index) => index).sort((a, b) => this.checks[a]!.title.localeCompare(this.checks[b]!.title));
    this.checkTitleRank = new Uint16Array(this.checks.length);
    byTitle.forEach((check, rank) => (this.checkTitleRank[check] = rank));

    this.check = Int32Array.from(payload.findings.check);
    this.severity = Uint8Array.from(payload.findings.severity);
    this.status = Uint8Array.from(payload.findings.status);
    this.muted = Uint8Array.from(payload.findings.muted);
    const regionStrings = [...new Set(payload.findings.region)];
    this.regions = regionStrings.map((index) => this.strings[index]!).sort();
    const regionIndex = new Map(regionStrings.map((index) => [index, this.regions.indexOf(this.strings[index]!)]));
    this.region = Uint16Array.from(payload.findings.region, (index) => regionIndex.get(index)!);

    this.organization = payload.organization;
    this.account = Uint32Array.from(payload.findings.account);
    const units = payload.organization?.units ?? [];
    this.accountUnits = (payload.organization?.accounts ?? []).map((account) => {
      const path: number[] = [];
      for (let unit = account.unit; unit >= 0; unit = units[unit]!.parent) path.push(unit);
      return path;
    });
  }

  /** The finding's account in an organization scan; null for a scan of one account. */
  accountOf(finding: number): AccountFacts | null {
    return this.organization?.accounts[this.account[finding]!] ?? null;
  }

  /** `Name (123456789012)`, as every view names an account. */
  accountLabel(account: AccountFacts): string {
    return account.name && account.name !== account.id ? `${account.name} (${account.id})` : account.id;
  }

  /** Root first: `Root › Workloads › Prod`. */
  unitPath(account: number): string {
    const names = [...this.accountUnits[account]!].reverse().map((unit) => this.organization!.units[unit]!.name);
    return ['Root', ...names].join(' › ');
  }

  checkOf(finding: number): CheckFacts {
    return this.checks[this.check[finding]!]!;
  }

  severityOf(finding: number): string {
    return this.severities[this.severity[finding]!]!;
  }

  statusOf(finding: number): string {
    return this.statuses[this.status[finding]!]!;
  }

  regionOf(finding: number): string {
    return this.regions[this.region[finding]!]!;
  }

  resourceId(finding: number): string {
    return this.strings[this.columns.resourceId[finding]!]!;
  }

  resourceName(finding: number): string {
    return this.strings[this.columns.resourceName[finding]!]!;
  }

  resourceArn(finding: number): string {
    return this.strings[this.columns.resourceArn[finding]!]!;
  }

  detail(finding: number): string {
    return this.strings[this.columns.detail[finding]!]!;
  }

  tags(finding: number): [string, string][] {
    const set = this.tagSets[this.columns.tags[finding]!] ?? [];
    const pairs: [string, string][] = [];
    for (let i = 0; i < set.length; i += 2) pairs.push([this.strings[set[i]!]!, this.strings[set[i + 1]!]!]);
    return pairs;
  }

  /** The findings of a check, in report order; indexed on first use, as only the compliance view asks. */
  findingsOf(checkId: string): readonly number[] {
    if (!this.byCheck) {
      const lists = this.checks.map((): number[] => []);
      for (let i = 0; i < this.size; i++) lists[this.check[i]!]!.push(i);
      this.byCheck = new Map(this.checks.map((check, index) => [check.id, lists[index]!]));
    }
    return this.byCheck.get(checkId) ?? [];
  }

  /** Whether the check title, resource, its tag keys and values, or status detail contains `needle` (lower case). */
  matches(finding: number, needle: string): boolean {
    this.haystack ??= Array.from({ length: this.size }, (_, i) => {
      const check = this.checkOf(i);
      const tags = this.tags(i).flat().join('\n');
      return `${check.title}\n${check.id}\n${this.resourceId(i)}\n${this.resourceName(i)}\n${this.resourceArn(i)}\n${this.detail(i)}\n${tags}`.toLowerCase();
    });
    return this.haystack[finding]!.includes(needle);
  }
}

/** Reads the payload the writer injected: base64 of gzipped JSON. */
export async function loadReport(): Promise<Report> {
  const encoded = byId(PAYLOAD_ELEMENT_ID).textContent?.trim() ?? '';
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const json = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return new Report(JSON.parse(json) as ReportPayload);
}
