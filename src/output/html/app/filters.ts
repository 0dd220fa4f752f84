import type { OrganizationFacts } from '../payload.js';
import type { Report } from './data.js';
import { el } from './dom.js';
import { capitalise, count } from './format.js';
import type { Facets } from './query.js';
import { DEFAULT_STATE, type MutedMode, type View, type ViewState } from './state.js';

/** Typing pauses this long before the table filters, so each keystroke does not re-run a search. */
const SEARCH_DELAY_MS = 150;

type Change = (filters: Partial<ViewState>) => void;

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** A row of toggle buttons, each with the count it would show; none pressed means all. */
class ChipGroup {
  readonly element: HTMLElement;
  private readonly buttons: HTMLButtonElement[];

  constructor(
    label: string,
    private readonly values: readonly string[],
    className: (value: string) => string,
    text: (value: string) => string,
    onToggle: (value: string) => void,
  ) {
    this.buttons = values.map((value) =>
      el(
        'button',
        { class: `chip ${className(value)}`, attrs: { type: 'button', 'data-value': value, 'aria-pressed': 'false' }, on: { click: () => onToggle(value) } },
        el('span', { class: 'chip-label' }, text(value)),
        el('span', { class: 'chip-count' }, '0'),
      ),
    );
    this.element = el('div', { class: 'chip-group', attrs: { role: 'group', 'aria-label': label } }, el('span', { class: 'group-label' }, label), ...this.buttons);
  }

  update(chosen: readonly string[], counts: Uint32Array): void {
    this.buttons.forEach((button, index) => {
      button.setAttribute('aria-pressed', String(chosen.includes(this.values[index]!)));
      button.lastElementChild!.textContent = count(counts[index]!);
    });
  }
}

/** A drop-down of one filter's values, each with the count it would show. */
class Choice {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;

  constructor(
    label: string,
    private readonly everything: string,
    private readonly values: readonly string[],
    private readonly text: (value: string) => string,
    onPick: (value: string | null) => void,
  ) {
    this.select = el('select', { attrs: { 'aria-label': label, 'data-filter': label.toLowerCase() }, on: { change: () => onPick(this.select.value || null) } });
    this.element = el('label', { class: 'choice' }, el('span', { class: 'group-label' }, label), this.select);
  }

  /** `total` is the sum of `counts` unless values overlap (a unit holds the units below it). */
  update(chosen: string | null, counts: Uint32Array, total = counts.reduce((a, b) => a + b, 0)): void {
    this.select.replaceChildren(
      el('option', { attrs: { value: '' } }, `${this.everything} (${count(total)})`),
      ...this.values.map((value, index) => el('option', { attrs: { value } }, `${this.text(value)} (${count(counts[index]!)})`)),
    );
    this.select.value = chosen ?? '';
    this.select.classList.toggle('active', chosen !== null);
  }
}

/** A unit with the units above it, so two units of the same name in different places tell apart. */
function unitLabel(organization: OrganizationFacts, index: number): string {
  const names: string[] = [];
  for (let unit = index; unit >= 0; unit = organization.units[unit]!.parent) {
    names.unshift(organization.units[unit]!.name);
  }
  return names.join(' › ');
}

/** Search, view switch and every filter above the findings table; it only reports what the user asks. */
export class FilterBar {
  readonly element: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly shown: HTMLElement;
  private readonly views: HTMLButtonElement[];
  private readonly status: ChipGroup;
  private readonly severity: ChipGroup;
  private readonly service: Choice;
  private readonly region: Choice;
  private readonly check: Choice;
  private readonly muted: HTMLSelectElement;
  /** Present in an organization scan only. */
  private readonly account: Choice | null;
  private readonly unit: Choice | null;
  private state: ViewState = DEFAULT_STATE;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly report: Report,
    change: Change,
  ) {
    this.search = el('input', {
      class: 'search',
      attrs: { type: 'search', id: 'search', placeholder: 'Search checks, resources, tags and details', 'aria-label': 'Search findings', autocomplete: 'off' },
    });
    this.search.addEventListener('input', () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => change({ query: this.search.value }), SEARCH_DELAY_MS);
    });
    this.shown = el('p', { class: 'shown', attrs: { id: 'shown-count', 'aria-live': 'polite' } });
    const viewButton = (view: View, label: string) =>
      el('button', { attrs: { type: 'button', 'data-view': view, 'aria-pressed': 'false' }, on: { click: () => change({ view }) } }, label);
    this.views = [viewButton('checks', 'By check'), viewButton('findings', 'All findings')];
    const reset = el(
      'button',
      { class: 'reset', attrs: { type: 'button' }, on: { click: () => change({ ...DEFAULT_STATE, view: this.state.view }) } },
      'Clear filters',
    );
    this.status = new ChipGroup('Status', report.statuses, (s) => `s-${s.toLowerCase()}`, (s) => s, (s) => change({ status: toggled(this.state.status, s) }));
    this.severity = new ChipGroup(
      'Severity',
      report.severities,
      (s) => `v-${s}`,
      capitalise,
      (s) => change({ severity: toggled(this.state.severity, s) }),
    );
    this.service = new Choice('Service', 'All services', report.services, (s) => s, (service) => change({ service }));
    this.region = new Choice('Region', 'All regions', report.regions, (r) => r, (region) => change({ region }));
    const checkIds = report.checks.map((c) => c.id);
    const titles = new Map(report.checks.map((c) => [c.id, c.title]));
    this.check = new Choice('Check', 'All checks', checkIds, (id) => titles.get(id)!, (check) => change({ check }));
    const { organization } = report;
    const accountLabels = new Map(organization?.accounts.map((account) => [account.id, report.accountLabel(account)]));
    const unitLabels = new Map(organization?.units.map((unit, index) => [unit.id, unitLabel(organization, index)]));
    this.account = organization
      ? new Choice('Account', 'All accounts', [...accountLabels.keys()], (id) => accountLabels.get(id)!, (account) => change({ account }))
      : null;
    this.unit = organization ? new Choice('OU', 'All OUs', [...unitLabels.keys()], (id) => unitLabels.get(id)!, (unit) => change({ unit })) : null;
    this.muted = el(
      'select',
      { attrs: { 'aria-label': 'Muted', 'data-filter': 'muted' }, on: { change: () => change({ muted: this.muted.value as MutedMode }) } },
      el('option', { attrs: { value: 'all' } }, 'Muted and unmuted'),
      el('option', { attrs: { value: 'hide' } }, 'Hide muted'),
      el('option', { attrs: { value: 'only' } }, 'Only muted'),
    );
    this.element = el(
      'div',
      { class: 'toolbar' },
      el('div', { class: 'toolbar-row' }, this.search, el('div', { class: 'segmented', attrs: { role: 'group', 'aria-label': 'View' } }, ...this.views), reset),
      el('div', { class: 'toolbar-row' }, this.status.element, this.severity.element),
      el(
        'div',
        { class: 'toolbar-row' },
        this.service.element,
        this.region.element,
        this.check.element,
        el('label', { class: 'choice' }, el('span', { class: 'group-label' }, 'Muted'), this.muted),
      ),
      organization && el('div', { class: 'toolbar-row' }, this.unit!.element, this.account!.element),
      this.shown,
    );
  }

  update(state: ViewState, facets: Facets, shown: number): void {
    this.state = state;
    if (document.activeElement !== this.search) this.search.value = state.query;
    for (const button of this.views) button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
    this.status.update(state.status, facets.status);
    this.severity.update(state.severity, facets.severity);
    this.service.update(state.service, facets.service);
    this.region.update(state.region, facets.region);
    this.check.update(state.check, facets.check);
    this.account?.update(state.account, facets.account);
    this.unit?.update(state.unit, facets.unit, facets.anyUnit);
    this.muted.value = state.muted;
    this.muted.classList.toggle('active', state.muted !== 'all');
    const total = this.report.size;
    this.shown.textContent = shown === total ? `${count(total)} findings` : `${count(shown)} of ${count(total)} findings match`;
  }
}
