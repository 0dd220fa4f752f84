import { failCount, severityBadge } from './badges.js';
import type { Report } from './data.js';
import { el } from './dom.js';
import { capitalise, count, percent, plural } from './format.js';
import type { ViewState } from './state.js';
import { mostFailing, type ScanStats } from './stats.js';

/** Applies filters to the findings table and brings it into view. */
export type ShowFindings = (filters: Partial<ViewState>) => void;

const TOP_CHECKS = 8;
const TOP_PLACES = 5;

function tile(title: string, className: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return el('div', { class: `tile ${className}` }, el('h3', {}, title), ...children);
}

function passRate(stats: ScanStats): HTMLElement {
  const passed = stats.total[stats.pass]!;
  const judged = passed + stats.total[stats.fail]!;
  const all = stats.total.reduce((a, b) => a + b, 0);
  return tile(
    'Pass rate',
    'pass-rate',
    el('p', { class: 'big', attrs: { 'data-testid': 'pass-rate' } }, percent(passed, judged)),
    el('p', { class: 'quiet' }, `${count(passed)} of ${plural(judged, 'pass/fail verdict')} passed; muted findings left out.`),
    el(
      'div',
      { class: 'share-bar large', attrs: { role: 'img', 'aria-label': 'Findings by status' } },
      ...stats.columns.map((column, index) =>
        stats.total[index]! > 0 ? el('span', { class: `b-${column.toLowerCase()}`, attrs: { style: `flex-grow:${stats.total[index]}` } }) : null,
      ),
    ),
    el(
      'ul',
      { class: 'legend' },
      ...stats.columns.map((column, index) =>
        el(
          'li',
          { attrs: { 'data-column': column } },
          el('span', { class: `dot b-${column.toLowerCase()}` }),
          el('span', { class: 'legend-label' }, column === 'muted' ? 'Muted' : column),
          el('strong', {}, count(stats.total[index]!)),
        ),
      ),
      el('li', { class: 'legend-total' }, el('span', { class: 'legend-label' }, 'All findings'), el('strong', {}, count(all))),
    ),
  );
}

function failingBySeverity(report: Report, stats: ScanStats, show: ShowFindings): HTMLElement {
  return tile(
    'Failing findings by severity',
    'by-severity',
    el(
      'div',
      { class: 'severity-tiles' },
      ...report.severities.map((severity, index) => {
        const failing = stats.bySeverity[index]![stats.fail]!;
        return el(
          'button',
          {
            class: `severity-tile v-${severity}${failing === 0 ? ' zero' : ''}`,
            attrs: { type: 'button', 'data-severity': severity, title: `Show the failing ${severity} findings` },
            on: { click: () => show({ status: ['FAIL'], severity: [severity], muted: 'hide' }) },
          },
          el('span', { class: 'n' }, count(failing)),
          el('span', { class: 'label' }, capitalise(severity)),
        );
      }),
    ),
    el('p', { class: 'quiet' }, 'Unmuted FAIL findings. Select a severity to list them.'),
  );
}

/**
 * Check titles state the passing condition ("snapshots are not public"), so a failure count next to
 * a bare title reads as that many good things: each count is a FAIL badge, and the title is named
 * as what fails.
 */
function topChecks(report: Report, stats: ScanStats, show: ShowFindings): HTMLElement {
  const failing = mostFailing(stats.byCheck, stats.fail)
    .sort((a, b) => report.checkSeverity[a]! - report.checkSeverity[b]! || stats.byCheck[b]![stats.fail]! - stats.byCheck[a]![stats.fail]!)
    .slice(0, TOP_CHECKS);
  const list = el(
    'ol',
    { class: 'ranked checks' },
    ...failing.map((index) => {
      const check = report.checks[index]!;
      const failures = stats.byCheck[index]![stats.fail]!;
      return el(
        'li',
        {},
        el(
          'button',
          {
            class: 'row-button',
            attrs: { type: 'button', 'data-check': check.id, title: `${plural(failures, 'finding')} failed this check: ${check.title}` },
            on: { click: () => show({ check: check.id, status: ['FAIL'], muted: 'hide' }) },
          },
          failCount(failures),
          severityBadge(check.severity),
          el('span', { class: 'name' }, check.title),
        ),
      );
    }),
  );
  return tile(
    'Failing checks',
    'top-checks',
    failing.length ? list : el('p', { class: 'quiet' }, 'No check fails.'),
    failing.length ? el('p', { class: 'quiet' }, 'Each check names the state it expects; the badge counts the resources that fail it.') : null,
  );
}

function places(title: string, names: readonly string[], rows: number[][], fail: number, pick: (name: string) => void): HTMLElement {
  const ranked = mostFailing(rows, fail).slice(0, TOP_PLACES);
  const most = ranked.length ? rows[ranked[0]!]![fail]! : 0;
  return el(
    'div',
    { class: 'places' },
    el('h4', {}, title),
    ranked.length === 0
      ? el('p', { class: 'quiet' }, 'None.')
      : el(
          'ol',
          { class: 'ranked' },
          ...ranked.map((index) =>
            el(
              'li',
              {},
              el(
                'button',
                { class: 'row-button', attrs: { type: 'button' }, on: { click: () => pick(names[index]!) } },
                el('span', { class: 'name' }, names[index]),
                el('span', { class: 'meter' }, el('span', { attrs: { style: `width:${(100 * rows[index]![fail]!) / most}%` } })),
                el('span', { class: 'n' }, count(rows[index]![fail]!)),
              ),
            ),
          ),
        ),
  );
}

/** The summary in one sentence: how much fails, in how many checks, and how much of it is most severe. */
function headline(report: Report, stats: ScanStats): string {
  const failing = stats.total[stats.fail]!;
  if (failing === 0) return 'No check fails: every unmuted verdict is PASS, MANUAL or ERROR.';
  const checks = mostFailing(stats.byCheck, stats.fail).length;
  const worst = report.severities.findIndex((_, index) => stats.bySeverity[index]![stats.fail]! > 0);
  const worstCount = stats.bySeverity[worst]![stats.fail]!;
  return `${plural(failing, 'failing finding')} across ${plural(checks, 'check')}; ${count(worstCount)} ${worstCount === 1 ? 'is' : 'are'} ${report.severities[worst]} and ${worstCount === 1 ? 'needs' : 'need'} attention first.`;
}

/** The executive summary: pass rate, failures by severity, the worst checks and where failures are. */
export function renderSummary(report: Report, stats: ScanStats, show: ShowFindings): HTMLElement {
  return el(
    'section',
    { class: 'card summary', attrs: { id: 'summary', 'aria-labelledby': 'summary-title' } },
    el('h2', { attrs: { id: 'summary-title' } }, 'Executive summary'),
    el('p', { class: 'headline', attrs: { 'data-testid': 'headline' } }, headline(report, stats)),
    el('div', { class: 'summary-grid' }, passRate(stats), failingBySeverity(report, stats, show)),
    el(
      'div',
      { class: 'summary-grid' },
      topChecks(report, stats, show),
      tile(
        'Most failures',
        'most-failures',
        el(
          'div',
          { class: 'places-grid' },
          places('Failing findings by service', report.services, stats.byService, stats.fail, (service) => show({ status: ['FAIL'], muted: 'hide', service })),
          places('Failing findings by region', report.regions, stats.byRegion, stats.fail, (region) => show({ status: ['FAIL'], muted: 'hide', region })),
        ),
      ),
    ),
  );
}
