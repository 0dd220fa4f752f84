import { failCount, severityBadge } from './badges.js';
import type { Report } from './data.js';
import { el } from './dom.js';
import { plural } from './format.js';

/**
 * The failing findings as a plain list for paper: the virtualised table shows only what is in
 * view, so printing gets its own section, built the first time the page is printed.
 */
export function preparePrint(report: Report, into: HTMLElement): void {
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    into.append(...failingFindings(report));
  };
  window.addEventListener('beforeprint', build);
  matchMedia('print').addEventListener('change', (event) => event.matches && build());
}

function failingFindings(report: Report): HTMLElement[] {
  const fail = report.statuses.indexOf('FAIL');
  const byCheck = new Map<number, number[]>();
  for (let i = 0; i < report.size; i++) {
    if (report.status[i] !== fail || report.muted[i]) continue;
    const check = report.check[i]!;
    byCheck.set(check, [...(byCheck.get(check) ?? []), i]);
  }
  const checks = [...byCheck.keys()].sort(
    (a, b) => report.checkSeverity[a]! - report.checkSeverity[b]! || byCheck.get(b)!.length - byCheck.get(a)!.length,
  );
  const total = checks.reduce((sum, check) => sum + byCheck.get(check)!.length, 0);
  const { organization } = report;
  return [
    el('h2', {}, `Failing findings (${plural(total, 'finding')}, muted ones left out)`),
    ...checks.map((check) => {
      const facts = report.checks[check]!;
      const findings = byCheck.get(check)!;
      return el(
        'article',
        { class: 'print-check' },
        el('h3', {}, failCount(findings.length), severityBadge(facts.severity), ' ', facts.title, ' ', el('code', {}, facts.id)),
        el('p', { class: 'print-remedy' }, facts.remediation.text),
        el(
          'table',
          { class: 'plain' },
          el('thead', {}, el('tr', {}, organization && el('th', {}, 'Account'), el('th', {}, 'Region'), el('th', {}, 'Resource'), el('th', {}, 'Status detail'))),
          el(
            'tbody',
            {},
            ...findings.map((finding) =>
              el(
                'tr',
                {},
                organization && el('td', { class: 'break' }, report.accountLabel(report.accountOf(finding)!)),
                el('td', { class: 'nowrap' }, report.regionOf(finding)),
                el('td', { class: 'break' }, report.resourceId(finding)),
                el('td', { class: 'break' }, report.detail(finding)),
              ),
            ),
          ),
        ),
      );
    }),
  ];
}
