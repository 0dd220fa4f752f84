import type { Report } from './data.js';
import type { SortKey, ViewState } from './state.js';

/** How many findings each filter value would show, given all the other filters. */
export interface Facets {
  status: Uint32Array;
  severity: Uint32Array;
  service: Uint32Array;
  region: Uint32Array;
  check: Uint32Array;
  /** [unmuted, muted] */
  muted: Uint32Array;
  /** Per account and per unit of an organization scan; empty for one account. */
  account: Uint32Array;
  unit: Uint32Array;
  /** Findings that pass every filter but the unit's. */
  anyUnit: number;
}

export interface QueryResult {
  /** Finding indices that pass every filter, sorted. */
  findings: Int32Array;
  facets: Facets;
}

/** The findings of one check among a query's results, in their sorted order. */
export interface CheckGroup {
  check: number;
  findings: number[];
  /** Unmuted findings by status index; muted ones apart. */
  byStatus: number[];
  muted: number;
  regions: Set<number>;
}

const FACETS = ['status', 'severity', 'service', 'region', 'check', 'muted', 'account'] as const;
const ACCOUNT_FACET = FACETS.indexOf('account');

/** Filters, counts and sorts a report's findings; sort keys are computed once, when first used. */
export class FindingQuery {
  private readonly sortKeys = new Map<SortKey, Uint32Array>();

  constructor(private readonly report: Report) {}

  run(state: ViewState): QueryResult {
    const { report } = this;
    const wanted = (chosen: readonly string[], all: readonly string[]) =>
      Uint8Array.from(all, (value) => (chosen.length === 0 || chosen.includes(value) ? 1 : 0));
    const statusOk = wanted(state.status, report.statuses);
    const severityOk = wanted(state.severity, report.severities);
    const service = state.service === null ? -1 : report.services.indexOf(state.service);
    const region = state.region === null ? -1 : report.regions.indexOf(state.region);
    const check = state.check === null ? -1 : report.checks.findIndex((c) => c.id === state.check);
    const mutedOk = Uint8Array.of(state.muted === 'only' ? 0 : 1, state.muted === 'hide' ? 0 : 1);
    const accounts = report.organization?.accounts ?? [];
    const units = report.organization?.units ?? [];
    const account = state.account === null ? -1 : accounts.findIndex((a) => a.id === state.account);
    const unit = state.unit === null ? -1 : units.findIndex((u) => u.id === state.unit);
    const inUnit = Uint8Array.from(report.accountUnits, (path) => (unit < 0 || path.includes(unit) ? 1 : 0));
    const unitFacet = FACETS.length;
    /** Per account, findings that pass every filter but the unit's: summed up each unit's subtree below. */
    const beforeUnit = new Uint32Array(accounts.length);
    const needle = state.query.trim().toLowerCase();

    const facets: Facets = {
      status: new Uint32Array(report.statuses.length),
      severity: new Uint32Array(report.severities.length),
      service: new Uint32Array(report.services.length),
      region: new Uint32Array(report.regions.length),
      check: new Uint32Array(report.checks.length),
      muted: new Uint32Array(2),
      account: new Uint32Array(accounts.length),
      unit: new Uint32Array(units.length),
      anyUnit: 0,
    };
    const matching: number[] = [];
    const values = new Uint32Array(FACETS.length);
    for (let i = 0; i < report.size; i++) {
      if (needle && !report.matches(i, needle)) continue;
      const c = report.check[i]!;
      values[0] = report.status[i]!;
      values[1] = report.severity[i]!;
      values[2] = report.checkService[c]!;
      values[3] = report.region[i]!;
      values[4] = c;
      values[5] = report.muted[i]!;
      values[ACCOUNT_FACET] = report.account[i] ?? 0;
      // A finding that fails exactly one filter still counts toward that filter's other values.
      let misses = 0;
      let missed = 0;
      const miss = (facet: number) => {
        misses++;
        missed = facet;
      };
      if (!statusOk[values[0]]) miss(0);
      if (!severityOk[values[1]]) miss(1);
      if (service >= 0 && values[2] !== service) miss(2);
      if (region >= 0 && values[3] !== region) miss(3);
      if (check >= 0 && values[4] !== check) miss(4);
      if (!mutedOk[values[5]]) miss(5);
      if (account >= 0 && values[ACCOUNT_FACET] !== account) miss(ACCOUNT_FACET);
      if (unit >= 0 && !inUnit[values[ACCOUNT_FACET]]) miss(unitFacet);
      if (misses === 0) {
        matching.push(i);
        FACETS.forEach((facet, f) => facets[facet][values[f]!]!++);
      } else if (misses === 1 && missed < unitFacet) {
        facets[FACETS[missed]!][values[missed]!]!++;
      }
      if (accounts.length > 0 && (misses === 0 || (misses === 1 && missed === unitFacet))) beforeUnit[values[ACCOUNT_FACET]]!++;
    }
    report.accountUnits.forEach((path, index) => {
      facets.anyUnit += beforeUnit[index]!;
      for (const above of path) facets.unit[above]! += beforeUnit[index]!;
    });
    return { findings: this.sort(Int32Array.from(matching), state.sort, state.descending), facets };
  }

  /** Sorts by `key`, then as the report lists findings by default: status, severity, check, region. */
  private sort(findings: Int32Array, key: SortKey, descending: boolean): Int32Array {
    const primary = this.sortKey(key);
    const ties = (['status', 'severity', 'check', 'region'] as const).filter((k) => k !== key).map((k) => this.sortKey(k));
    const direction = descending ? -1 : 1;
    return findings.sort((a, b) => {
      const first = primary[a]! - primary[b]!;
      if (first !== 0) return direction * first;
      for (const tie of ties) {
        const difference = tie[a]! - tie[b]!;
        if (difference !== 0) return difference;
      }
      return a - b;
    });
  }

  private sortKey(key: SortKey): Uint32Array {
    let values = this.sortKeys.get(key);
    if (!values) {
      values = this.computeSortKey(key);
      this.sortKeys.set(key, values);
    }
    return values;
  }

  private computeSortKey(key: SortKey): Uint32Array {
    const { report } = this;
    const perFinding = (value: (finding: number) => number) => Uint32Array.from({ length: report.size }, (_, i) => value(i));
    switch (key) {
      // Muted findings are accepted risk: after every unmuted one, whatever their status.
      case 'status':
        return perFinding((i) => report.status[i]! + report.muted[i]! * report.statuses.length);
      case 'severity':
        return perFinding((i) => report.severity[i]!);
      case 'check':
        return perFinding((i) => report.checkTitleRank[report.check[i]!]!);
      case 'service':
        return perFinding((i) => report.checkService[report.check[i]!]!);
      case 'region':
        return perFinding((i) => report.region[i]!);
      case 'resource': {
        const ids = Array.from({ length: report.size }, (_, i) => report.resourceId(i).toLowerCase());
        const order = Array.from({ length: report.size }, (_, i) => i);
        order.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
        const ranks = new Uint32Array(report.size);
        order.forEach((finding, rank) => (ranks[finding] = rank));
        return ranks;
      }
    }
  }
}

/** Groups sorted findings by check; groups come in the order of their first finding. */
export function groupByCheck(report: Report, findings: Int32Array): CheckGroup[] {
  const groups = new Map<number, CheckGroup>();
  for (const finding of findings) {
    const check = report.check[finding]!;
    let group = groups.get(check);
    if (!group) {
      group = { check, findings: [], byStatus: report.statuses.map(() => 0), muted: 0, regions: new Set() };
      groups.set(check, group);
    }
    group.findings.push(finding);
    if (report.muted[finding]) group.muted++;
    else group.byStatus[report.status[finding]!]!++;
    group.regions.add(report.region[finding]!);
  }
  return [...groups.values()];
}
