import type { AccountFacts, OrganizationFacts } from '../payload.js';
import type { Report } from './data.js';
import { el, type Child } from './dom.js';
import { capitalise, count, percent, plural } from './format.js';
import type { ShowFindings } from './summary.js';

const TOP_ACCOUNTS = 5;

/** What the organization's statuses mean to a reader; `scanned` and `partial` ran their checks. */
const STATUS_TEXT: Record<string, string> = {
  scanned: 'Scanned',
  partial: 'Scanned in part',
  assume_denied: 'Role not assumable',
  skipped_suspended: 'Suspended',
  excluded: 'Excluded by scope',
  failed: 'Failed',
};
const RAN = new Set(['scanned', 'partial']);

/** Unmuted FAIL findings by severity, and unmuted PASS and FAIL, per account: one pass over the findings. */
interface AccountStats {
  /** `failing[account * severities + severity]` */
  failing: Uint32Array;
  passed: Uint32Array;
  failed: Uint32Array;
}

function accountStats(report: Report, organization: OrganizationFacts): AccountStats {
  const severities = report.severities.length;
  const stats = {
    failing: new Uint32Array(organization.accounts.length * severities),
    passed: new Uint32Array(organization.accounts.length),
    failed: new Uint32Array(organization.accounts.length),
  };
  const fail = report.statuses.indexOf('FAIL');
  const pass = report.statuses.indexOf('PASS');
  for (let i = 0; i < report.size; i++) {
    if (report.muted[i]) continue;
    const account = report.account[i]!;
    if (report.status[i] === fail) {
      stats.failed[account]!++;
      stats.failing[account * severities + report.severity[i]!]!++;
    } else if (report.status[i] === pass) stats.passed[account]!++;
  }
  return stats;
}

/** A group of accounts' totals: the sum of its accounts' rows. */
function totals(report: Report, stats: AccountStats, accounts: readonly number[]): { failing: number[]; passed: number; failed: number } {
  const severities = report.severities.length;
  const failing = report.severities.map(() => 0);
  let passed = 0;
  let failed = 0;
  for (const account of accounts) {
    for (let severity = 0; severity < severities; severity++) failing[severity]! += stats.failing[account * severities + severity]!;
    passed += stats.passed[account]!;
    failed += stats.failed[account]!;
  }
  return { failing, passed, failed };
}

function coverage(report: Report, organization: OrganizationFacts): Child[] {
  const inScope = organization.accounts.filter((account) => account.status !== 'excluded');
  const scanned = inScope.filter((account) => RAN.has(account.status)).length;
  const excluded = organization.accounts.length - inScope.length;
  const notFull = organization.accounts.map((account, index) => ({ account, index })).filter(({ account }) => account.status !== 'scanned' && account.status !== 'excluded');
  const partial = notFull.filter(({ account }) => account.status === 'partial').length;
  return [
    el(
      'p',
      { class: 'headline', attrs: { 'data-testid': 'coverage' } },
      `${count(scanned)} of ${plural(inScope.length, 'account')} scanned`,
      partial > 0 ? `, ${count(partial)} of them in part` : '',
      excluded > 0 ? `; ${count(excluded)} left out by the scan's scope` : '',
      '.',
    ),
    notFull.length > 0 &&
      el(
        'div',
        { class: 'table-wrap' },
        el(
          'table',
          { class: 'plain not-scanned', attrs: { 'aria-label': 'Accounts not scanned in full' } },
          el('thead', {}, el('tr', {}, el('th', {}, 'Account'), el('th', {}, 'OU'), el('th', {}, 'Status'), el('th', {}, 'Why'))),
          el(
            'tbody',
            {},
            ...notFull.map(({ account, index }) =>
              el(
                'tr',
                { attrs: { 'data-account': account.id, 'data-status': account.status } },
                el('td', { class: 'mono break' }, report.accountLabel(account)),
                el('td', { class: 'break' }, report.unitPath(index)),
                el('td', { class: 'nowrap' }, STATUS_TEXT[account.status] ?? account.status),
                el('td', { class: 'break' }, account.error ?? '—'),
              ),
            ),
          ),
        ),
      ),
  ];
}

interface RollupRow {
  depth: number;
  label: string;
  /** `unit` or `account`, for the filter a row applies. */
  kind: 'unit' | 'account';
  id: string;
  accounts: number[];
  status: string | null;
}

/** Units depth first, each followed by its own accounts, under an implicit root. */
function rollupRows(report: Report, organization: OrganizationFacts): RollupRow[] {
  const childUnits = new Map<number, number[]>();
  organization.units.forEach((unit, index) => childUnits.set(unit.parent, [...(childUnits.get(unit.parent) ?? []), index]));
  const ownAccounts = new Map<number, number[]>();
  organization.accounts.forEach((account, index) => ownAccounts.set(account.unit, [...(ownAccounts.get(account.unit) ?? []), index]));
  const byName = (names: (index: number) => string) => (a: number, b: number) => names(a).localeCompare(names(b));
  const rows: RollupRow[] = [];
  const visit = (unit: number, depth: number) => {
    const accounts = (ownAccounts.get(unit) ?? []).sort(byName((index) => organization.accounts[index]!.name));
    for (const account of accounts) {
      const facts: AccountFacts = organization.accounts[account]!;
      rows.push({ depth, label: report.accountLabel(facts), kind: 'account', id: facts.id, accounts: [account], status: facts.status });
    }
    for (const child of (childUnits.get(unit) ?? []).sort(byName((index) => organization.units[index]!.name))) {
      const facts = organization.units[child]!;
      const inside = report.accountUnits.flatMap((path, account) => (path.includes(child) ? [account] : []));
      rows.push({ depth, label: facts.name, kind: 'unit', id: facts.id, accounts: inside, status: null });
      visit(child, depth + 1);
    }
  };
  visit(-1, 0);
  return rows;
}

function rollup(report: Report, organization: OrganizationFacts, stats: AccountStats, show: ShowFindings): HTMLElement {
  const row = ({ depth, label, kind, id, accounts, status }: RollupRow) => {
    const { failing, passed, failed } = totals(report, stats, accounts);
    const ran = accounts.some((account) => RAN.has(organization.accounts[account]!.status));
    const filter = kind === 'unit' ? { unit: id } : { account: id };
    return el(
      'tr',
      { class: `rollup-${kind}`, attrs: { [`data-${kind}`]: id } },
      el(
        'th',
        { attrs: { scope: 'row', style: `padding-left:${8 + depth * 18}px` } },
        el(
          'button',
          { class: 'link-button', attrs: { type: 'button', title: `Show the failing findings of ${label}` }, on: { click: () => show({ status: ['FAIL'], muted: 'hide', ...filter }) } },
          label,
        ),
        kind === 'unit' && el('span', { class: 'quiet' }, ` ${plural(accounts.length, 'account')}`),
        status !== null && status !== 'scanned' && el('span', { class: `badge account-status a-${status}` }, STATUS_TEXT[status] ?? status),
      ),
      ...failing.map((n, severity) => el('td', { class: `n${n === 0 ? ' zero' : ` v-${report.severities[severity]}`}`, attrs: { 'data-severity': report.severities[severity]! } }, ran ? count(n) : '—')),
      el('td', { class: 'n', attrs: { 'data-testid': 'pass-rate' } }, ran ? percent(passed, passed + failed) : '—'),
    );
  };
  return el(
    'div',
    { class: 'table-wrap rollup-wrap' },
    el(
      'table',
      { class: 'plain rollup', attrs: { 'aria-label': 'Failing findings by OU and account' } },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, 'OU / account'),
          ...report.severities.map((severity) => el('th', { class: 'n' }, capitalise(severity))),
          el('th', { class: 'n', attrs: { title: 'Unmuted PASS among unmuted PASS and FAIL' } }, 'Pass rate'),
        ),
      ),
      el('tbody', {}, ...rollupRows(report, organization).map(row)),
    ),
  );
}

/** The accounts with most critical failures, then most high ones. */
function worstAccounts(report: Report, organization: OrganizationFacts, stats: AccountStats, show: ShowFindings): HTMLElement {
  const severities = report.severities.length;
  const failing = (account: number, severity: number) => stats.failing[account * severities + severity]!;
  const ranked = organization.accounts
    .map((_, index) => index)
    .filter((account) => failing(account, 0) > 0)
    .sort((a, b) => failing(b, 0) - failing(a, 0) || failing(b, 1) - failing(a, 1) || a - b)
    .slice(0, TOP_ACCOUNTS);
  const most = ranked.length > 0 ? failing(ranked[0]!, 0) : 0;
  const severity = report.severities[0]!;
  return el(
    'div',
    { class: 'places worst-accounts' },
    el('h4', {}, `Accounts with most ${severity} failures`),
    ranked.length === 0
      ? el('p', { class: 'quiet' }, `No account has a ${severity} failure.`)
      : el(
          'ol',
          { class: 'ranked' },
          ...ranked.map((account) => {
            const facts = organization.accounts[account]!;
            return el(
              'li',
              {},
              el(
                'button',
                {
                  class: 'row-button',
                  attrs: { type: 'button', 'data-account': facts.id },
                  on: { click: () => show({ status: ['FAIL'], severity: [severity], muted: 'hide', account: facts.id }) },
                },
                el('span', { class: 'name' }, report.accountLabel(facts)),
                el('span', { class: 'meter' }, el('span', { attrs: { style: `width:${(100 * failing(account, 0)) / most}%` } })),
                el('span', { class: 'n' }, count(failing(account, 0))),
              ),
            );
          }),
        ),
  );
}

/** Coverage, the OU and account roll-up and the worst accounts; null for a scan of one account. */
export function renderOrganization(report: Report, show: ShowFindings): HTMLElement | null {
  const { organization } = report;
  if (!organization) return null;
  const stats = accountStats(report, organization);
  return el(
    'section',
    { class: 'card organization', attrs: { id: 'organization', 'aria-labelledby': 'organization-title' } },
    el('h2', { attrs: { id: 'organization-title' } }, `Organization ${organization.id}`),
    ...coverage(report, organization),
    el(
      'div',
      { class: 'organization-grid' },
      el(
        'div',
        { class: 'tile' },
        el('h3', {}, 'Failing findings by OU and account'),
        rollup(report, organization, stats, show),
        el('p', { class: 'quiet' }, 'Unmuted FAIL findings by severity. Select an OU or account to list its failing findings.'),
      ),
      el('div', { class: 'tile' }, worstAccounts(report, organization, stats, show)),
    ),
  );
}
