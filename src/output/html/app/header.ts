import type { Report } from './data.js';
import { el } from './dom.js';
import { count, duration, plural, utc } from './format.js';

function fact(term: string, value: string, className = ''): HTMLElement {
  return el('div', { class: `fact ${className}` }, el('dt', {}, term), el('dd', {}, value));
}

/** Who was scanned, by whom, when, and what the scan could not see. */
export function renderHeader(report: Report): HTMLElement {
  const { scan } = report;
  const account = scan.accountAlias ? `${scan.accountId} (${scan.accountAlias})` : scan.accountId;
  const { organization } = report;
  return el(
    'header',
    { class: 'masthead' },
    el(
      'div',
      { class: 'wrap' },
      el('p', { class: 'eyebrow' }, 'AWS security posture report'),
      el('h1', {}, scan.name ?? (organization ? `AWS organization ${organization.id}` : `AWS account ${account}`)),
      el(
        'dl',
        { class: 'scan-facts' },
        ...(organization
          ? [fact('Organization', organization.id, 'mono'), fact('Management account', organization.managementAccountId, 'mono')]
          : [fact('Account', account, 'mono')]),
        fact('Scanned as', scan.callerArn, 'mono'),
        fact('Partition', scan.partition),
        fact(`Regions (${scan.regions.length})`, scan.regions.join(', ')),
        fact('Started', utc(scan.startedAt)),
        fact('Duration', duration(scan.startedAt, scan.finishedAt)),
        fact('Checks run', count(scan.checksRun)),
        fact('Scanner', `scanner ${scan.scannerVersion}`),
      ),
    ),
  );
}

/** The scopes the scan could not read: their checks report ERROR, never PASS. */
export function renderUnread(report: Report): HTMLElement | null {
  if (report.unread.length === 0) return null;
  return el(
    'section',
    { class: 'card notice', attrs: { id: 'unread', 'aria-labelledby': 'unread-title' } },
    el('h2', { attrs: { id: 'unread-title' } }, `${plural(report.unreadScopeCount, 'scope')} could not be read`),
    el(
      'p',
      {},
      'The scanner was denied or failed these reads. Checks that depend on them report ERROR rather than PASS: grant the missing permissions (SecurityAudit and ViewOnlyAccess) and scan again.',
    ),
    el(
      'details',
      { attrs: report.unread.length <= 5 ? { open: '' } : {} },
      el('summary', {}, 'What could not be read'),
      el(
        'div',
        { class: 'table-wrap' },
        el(
          'table',
          { class: 'plain' },
          el('thead', {}, el('tr', {}, el('th', {}, 'Region'), el('th', {}, 'What failed'), el('th', {}, 'Checks affected'))),
          el(
            'tbody',
            {},
            ...report.unread.map((scope) =>
              el(
                'tr',
                {},
                el('td', { class: 'nowrap' }, scope.region),
                el('td', { class: 'break' }, scope.message),
                el('td', { class: 'mono break' }, scope.checkIds.length ? scope.checkIds.join(', ') : '—'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
