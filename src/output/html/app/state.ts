import type { Report } from './data.js';

export const SORT_KEYS = ['status', 'severity', 'check', 'service', 'region', 'resource'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const MUTED_MODES = ['all', 'hide', 'only'] as const;
export type MutedMode = (typeof MUTED_MODES)[number];

export const VIEWS = ['checks', 'findings'] as const;
export type View = (typeof VIEWS)[number];

/** Everything a shared link restores: filters, search, view, sort and the open finding. */
export interface ViewState {
  status: string[];
  severity: string[];
  service: string | null;
  region: string | null;
  check: string | null;
  /** In an organization scan: an account ID, and an organizational unit's ID (its whole subtree). */
  account: string | null;
  unit: string | null;
  muted: MutedMode;
  query: string;
  view: View;
  sort: SortKey;
  descending: boolean;
  /** Index of the finding whose details are open. */
  finding: number | null;
}

export const DEFAULT_STATE: Readonly<ViewState> = {
  status: [],
  severity: [],
  service: null,
  region: null,
  check: null,
  account: null,
  unit: null,
  muted: 'all',
  query: '',
  view: 'checks',
  sort: 'status',
  descending: false,
  finding: null,
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Reads a `#status=FAIL&service=s3…` hash, keeping only values this report knows. */
export function parseHash(hash: string, report: Report): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (name: string, allowed: readonly string[]) =>
    (params.get(name) ?? '').split(',').filter((value) => allowed.includes(value));
  const finding = Number(params.get('finding') ?? Number.NaN);
  return {
    status: list('status', report.statuses),
    severity: list('severity', report.severities),
    service: oneOf(params.get('service'), report.services) ?? null,
    region: oneOf(params.get('region'), report.regions) ?? null,
    check: oneOf(params.get('check'), report.checks.map((check) => check.id)) ?? null,
    account: oneOf(params.get('account'), report.organization?.accounts.map((account) => account.id) ?? []) ?? null,
    unit: oneOf(params.get('ou'), report.organization?.units.map((unit) => unit.id) ?? []) ?? null,
    muted: oneOf(params.get('muted'), MUTED_MODES) ?? DEFAULT_STATE.muted,
    query: params.get('q') ?? '',
    view: oneOf(params.get('view'), VIEWS) ?? DEFAULT_STATE.view,
    sort: oneOf(params.get('sort'), SORT_KEYS) ?? DEFAULT_STATE.sort,
    descending: params.get('desc') === '1',
    finding: Number.isInteger(finding) && finding >= 0 && finding < report.size ? finding : null,
  };
}

/** The hash for `state`, naming only what differs from the default so links stay short. */
export function formatHash(state: ViewState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string, fallback: string) => value !== fallback && params.set(name, value);
  set('status', state.status.join(','), '');
  set('severity', state.severity.join(','), '');
  set('service', state.service ?? '', '');
  set('region', state.region ?? '', '');
  set('check', state.check ?? '', '');
  set('account', state.account ?? '', '');
  set('ou', state.unit ?? '', '');
  set('muted', state.muted, DEFAULT_STATE.muted);
  set('q', state.query, '');
  set('view', state.view, DEFAULT_STATE.view);
  set('sort', state.sort, DEFAULT_STATE.sort);
  set('desc', state.descending ? '1' : '', '');
  set('finding', state.finding === null ? '' : String(state.finding), '');
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Where the compliance page stands: every framework, one framework, or one of its requirements. */
export interface ComplianceRoute {
  framework: string | null;
  requirement: string | null;
}

const COMPLIANCE_PREFIX = '#compliance';

/**
 * Reads `#compliance/<framework>/<requirement>`; null for any other hash (the findings page). Names
 * this report does not know fall back to the level above them.
 */
export function parseComplianceHash(hash: string, report: Report): ComplianceRoute | null {
  if (hash !== COMPLIANCE_PREFIX && !hash.startsWith(`${COMPLIANCE_PREFIX}/`)) return null;
  const [frameworkName, requirementId] = hash
    .slice(COMPLIANCE_PREFIX.length + 1)
    .split('/')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return '';
      }
    });
  const framework = report.compliance.frameworks.find((candidate) => candidate.name === frameworkName);
  if (!framework) return { framework: null, requirement: null };
  const requirement = framework.requirements.some((candidate) => candidate.id === requirementId) ? requirementId! : null;
  return { framework: framework.name, requirement };
}

export function formatComplianceHash(route: ComplianceRoute): string {
  const parts = [route.framework, route.framework === null ? null : route.requirement].filter((part) => part !== null);
  return [COMPLIANCE_PREFIX, ...parts.map(encodeURIComponent)].join('/');
}
