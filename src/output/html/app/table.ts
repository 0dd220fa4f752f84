import { mutedBadge, severityBadge, statusBadge } from './badges.js';
import type { Report } from './data.js';
import { el } from './dom.js';
import { count, plural } from './format.js';
import { groupByCheck, type CheckGroup } from './query.js';
import type { SortKey, ViewState } from './state.js';

/**
 * Every row has the same height, so the rows in view follow from the scroll position alone. The
 * stylesheet's `--row` sets it (taller where rows stack on a phone); this is its wide-screen value.
 */
const ROW_HEIGHT = 56;
/** Rows rendered beyond each edge of the viewport, so fast scrolling does not show blanks. */
const OVERSCAN = 8;

const COLUMNS: { label: string; sort?: SortKey }[] = [
  { label: 'Status', sort: 'status' },
  { label: 'Severity', sort: 'severity' },
  { label: 'Check', sort: 'check' },
  { label: 'Service', sort: 'service' },
  { label: 'Region', sort: 'region' },
  { label: 'Resource', sort: 'resource' },
  { label: 'Status detail' },
];
/** In the check view the last column sums up a check's findings instead. */
const GROUP_SUMMARY_LABEL = 'Findings by status';

export interface TableHandlers {
  open(finding: number): void;
  sort(key: SortKey): void;
}

/**
 * The findings table, virtualised: only the rows in view exist in the page, so 100,000 findings
 * scroll as smoothly as ten. In the check view a row stands for a check and expands to its findings.
 */
export class FindingsTable {
  readonly element: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly body: HTMLElement;
  private readonly head: HTMLElement;
  private readonly empty: HTMLElement;
  /** A finding index, or `~group` (negative) for a check group's row. */
  private rows: Int32Array = new Int32Array(0);
  private groups: CheckGroup[] = [];
  private readonly expanded = new Set<number>();
  private findings: Int32Array = new Int32Array(0);
  private state: ViewState | undefined;
  private frame = 0;
  private rowHeight = ROW_HEIGHT;

  constructor(
    private readonly report: Report,
    private readonly handlers: TableHandlers,
    emptyAction: HTMLElement,
  ) {
    this.head = el('div', { class: 'grid-row grid-head', attrs: { role: 'row' } });
    this.body = el('div', { class: 'grid-body', attrs: { role: 'rowgroup' } });
    this.empty =
      report.size === 0
        ? el('div', { class: 'grid-empty', attrs: { hidden: '' } }, el('p', {}, 'The scan produced no findings.'))
        : el('div', { class: 'grid-empty', attrs: { hidden: '' } }, el('p', {}, 'No findings match these filters.'), emptyAction);
    this.scroller = el(
      'div',
      { class: 'grid-scroll', attrs: { role: 'table', 'aria-label': 'Findings', id: 'findings-table' } },
      el('div', { attrs: { role: 'rowgroup' }, class: 'grid-head-group' }, this.head),
      this.body,
    );
    this.scroller.addEventListener('scroll', () => this.schedule(), { passive: true });
    this.body.addEventListener('keydown', (event) => this.moveFocus(event));
    new ResizeObserver(() => {
      // Crossing the phone breakpoint changes the row height: the same rows, at new offsets.
      if (this.state && this.styledRowHeight() !== this.rowHeight) this.layout();
      this.schedule();
    }).observe(this.scroller);
    this.element = el('div', { class: 'grid' }, this.scroller, this.empty);
  }

  show(findings: Int32Array, state: ViewState): void {
    const regrouped = findings !== this.findings || state.view !== this.state?.view;
    this.findings = findings;
    this.state = state;
    if (regrouped) {
      this.groups = state.view === 'checks' ? groupByCheck(this.report, findings) : [];
      // A view narrowed to one check shows its findings straight away.
      if (this.groups.length === 1) this.expanded.add(this.groups[0]!.check);
      this.layout();
    }
    this.renderHead();
    this.render();
  }

  /** Brings a finding's row into view, expanding its check if needed. */
  reveal(finding: number): void {
    if (this.state?.view === 'checks') {
      const check = this.report.check[finding]!;
      if (!this.expanded.has(check)) {
        this.expanded.add(check);
        this.layout();
      }
    }
    const row = this.rows.indexOf(finding);
    if (row < 0) return;
    this.scrollTo(row);
    this.render();
  }

  private styledRowHeight(): number {
    const height = parseFloat(getComputedStyle(this.scroller).getPropertyValue('--row'));
    return height > 0 ? height : ROW_HEIGHT;
  }

  private scrollTo(row: number): void {
    const top = row * this.rowHeight;
    const { scrollTop, clientHeight } = this.scroller;
    const headHeight = this.head.offsetHeight;
    if (top < scrollTop || top + this.rowHeight > scrollTop + clientHeight - headHeight) {
      this.scroller.scrollTop = Math.max(0, top - clientHeight / 3);
    }
  }

  /** Arrow keys move between rows, including rows not rendered yet. */
  private moveFocus(event: KeyboardEvent): void {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const current = event.target instanceof HTMLElement ? event.target.closest('[aria-rowindex]') : null;
    if (step === 0 || !current) return;
    const row = rowOf(current) + step;
    if (row < 0 || row >= this.rows.length) return;
    event.preventDefault();
    this.scrollTo(row);
    this.render(row);
  }

  private toggle(check: number): void {
    if (!this.expanded.delete(check)) this.expanded.add(check);
    this.layout();
    this.render();
  }

  private layout(): void {
    this.rowHeight = this.styledRowHeight();
    if (this.state?.view === 'checks') {
      const rows: number[] = [];
      this.groups.forEach((group, index) => {
        rows.push(~index);
        if (this.expanded.has(group.check)) rows.push(...group.findings);
      });
      this.rows = Int32Array.from(rows);
    } else {
      this.rows = this.findings;
    }
    this.body.style.height = `${this.rows.length * this.rowHeight}px`;
    this.empty.hidden = this.rows.length > 0;
    this.scroller.hidden = this.rows.length === 0;
    this.scroller.setAttribute('aria-rowcount', String(this.rows.length + 1));
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private renderHead(): void {
    const state = this.state!;
    this.head.replaceChildren(
      ...COLUMNS.map(({ label, sort }) => {
        if (!sort) return el('div', { class: 'cell', attrs: { role: 'columnheader' } }, state.view === 'checks' ? GROUP_SUMMARY_LABEL : label);
        const active = state.sort === sort;
        const order = active ? (state.descending ? 'descending' : 'ascending') : 'none';
        return el(
          'div',
          { class: 'cell', attrs: { role: 'columnheader', 'aria-sort': order } },
          el(
            'button',
            { class: `sort${active ? ' active' : ''}`, attrs: { type: 'button', 'data-sort': sort }, on: { click: () => this.handlers.sort(sort) } },
            label,
            el('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' } }, active ? (state.descending ? '▼' : '▲') : '↕'),
          ),
        );
      }),
    );
  }

  /**
   * Renders the rows in view. Rows are rebuilt, so the keyboard focus moves to the new element of
   * the same row (or to `focusRow`).
   */
  private render(focusRow?: number): void {
    const focused = this.body.contains(document.activeElement) ? document.activeElement : null;
    const keepFocus = focusRow ?? (focused ? rowOf(focused) : undefined);
    const { scrollTop, clientHeight } = this.scroller;
    const first = Math.max(0, Math.floor(scrollTop / this.rowHeight) - OVERSCAN);
    const last = Math.min(this.rows.length, Math.ceil((scrollTop + Math.max(clientHeight, this.rowHeight * 12)) / this.rowHeight) + OVERSCAN);
    const elements: HTMLElement[] = [];
    for (let index = first; index < last; index++) {
      const row = this.rows[index]!;
      const element = row < 0 ? this.groupRow(this.groups[~row]!) : this.findingRow(row);
      element.style.transform = `translateY(${index * this.rowHeight}px)`;
      element.setAttribute('aria-rowindex', String(index + 2));
      elements.push(element);
    }
    this.body.replaceChildren(...elements);
    if (keepFocus !== undefined) this.body.querySelector<HTMLElement>(`[aria-rowindex="${keepFocus + 2}"]`)?.focus({ preventScroll: true });
  }

  private groupRow(group: CheckGroup): HTMLElement {
    const { report } = this;
    const check = report.checks[group.check]!;
    const expanded = this.expanded.has(group.check);
    const toggle = () => this.toggle(group.check);
    const worst = report.statuses.findIndex((_, index) => group.byStatus[index]! > 0);
    const headline =
      worst >= 0
        ? el('span', { class: `count-chip s-${report.statuses[worst]!.toLowerCase()}` }, `${count(group.byStatus[worst]!)} ${report.statuses[worst]}`)
        : el('span', { class: 'count-chip s-muted' }, `${count(group.muted)} muted`);
    const regions = [...group.regions];
    return el(
      'div',
      {
        class: `grid-row group${expanded ? ' expanded' : ''}`,
        attrs: { role: 'row', tabindex: '0', 'aria-expanded': String(expanded), 'data-check': check.id },
        on: { click: toggle, keydown: (event) => activateOnKey(event, toggle) },
      },
      el('div', { class: 'cell chips', attrs: { role: 'cell' } }, el('span', { class: 'chevron', attrs: { 'aria-hidden': 'true' } }, '›'), headline),
      el('div', { class: 'cell', attrs: { role: 'cell' } }, severityBadge(check.severity)),
      el('div', { class: 'cell stack', attrs: { role: 'cell' } }, el('span', { class: 'title' }, check.title), el('code', { class: 'sub' }, check.id)),
      el('div', { class: 'cell', attrs: { role: 'cell' } }, check.service),
      el('div', { class: 'cell', attrs: { role: 'cell' } }, regions.length === 1 ? report.regions[regions[0]!]! : plural(regions.length, 'region')),
      el('div', { class: 'cell', attrs: { role: 'cell' } }, plural(group.findings.length, 'finding')),
      el('div', { class: 'cell', attrs: { role: 'cell' } }, shareBar(report, group)),
    );
  }

  private findingRow(finding: number): HTMLElement {
    const { report } = this;
    const check = report.checkOf(finding);
    const status = report.statusOf(finding);
    const muted = report.muted[finding] === 1;
    const id = report.resourceId(finding);
    const name = report.resourceName(finding);
    const open = () => this.handlers.open(finding);
    const nested = this.state?.view === 'checks';
    return el(
      'div',
      {
        class: `grid-row finding${nested ? ' nested' : ''}${this.state?.finding === finding ? ' selected' : ''}${muted ? ' muted' : ''}`,
        attrs: { role: 'row', tabindex: '0', 'data-finding': String(finding) },
        on: { click: open, keydown: (event) => activateOnKey(event, open) },
      },
      el('div', { class: 'cell chips', attrs: { role: 'cell' } }, statusBadge(status, muted), muted && mutedBadge()),
      el('div', { class: 'cell', attrs: { role: 'cell' } }, severityBadge(report.severityOf(finding))),
      el('div', { class: 'cell stack', attrs: { role: 'cell' } }, el('span', { class: 'title' }, check.title), el('code', { class: 'sub' }, check.id)),
      el('div', { class: 'cell', attrs: { role: 'cell' } }, check.service),
      regionCell(report, finding),
      el(
        'div',
        { class: 'cell stack', attrs: { role: 'cell' } },
        el('span', { class: 'resource' }, id),
        el('span', { class: 'sub' }, name !== id ? name : report.resourceArn(finding)),
      ),
      el('div', { class: 'cell detail', attrs: { role: 'cell' } }, report.detail(finding)),
    );
  }
}

/** The region, and in an organization scan the account under it: the same resource ID recurs across accounts. */
function regionCell(report: Report, finding: number): HTMLElement {
  const account = report.accountOf(finding);
  if (!account) return el('div', { class: 'cell', attrs: { role: 'cell' } }, report.regionOf(finding));
  return el(
    'div',
    { class: 'cell stack', attrs: { role: 'cell' } },
    el('span', {}, report.regionOf(finding)),
    el('span', { class: 'sub', attrs: { 'data-account': account.id, title: report.accountLabel(account) } }, account.name || account.id),
  );
}

/** Rows carry their 1-based index among all rows, the header being row 1. */
function rowOf(element: Element): number {
  return Number(element.getAttribute('aria-rowindex')) - 2;
}

function activateOnKey(event: KeyboardEvent, action: () => void): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  action();
}

/** A check's findings as one bar split by status, and the count of each. */
function shareBar(report: Report, group: CheckGroup): HTMLElement {
  const parts = [
    ...report.statuses.map((status, index) => [status.toLowerCase(), group.byStatus[index]!] as const),
    ['muted', group.muted] as const,
  ].filter(([, n]) => n > 0);
  return el(
    'div',
    { class: 'share' },
    el(
      'div',
      { class: 'share-bar', attrs: { 'aria-hidden': 'true' } },
      ...parts.map(([status, n]) => el('span', { class: `b-${status}`, attrs: { style: `flex-grow:${n}` } })),
    ),
    el('span', { class: 'share-counts' }, ...parts.map(([status, n]) => el('span', { class: `s-${status}` }, `${count(n)} ${status}`))),
  );
}
