import type { FrameworkFacts, RequirementFacts } from '../payload.js';
import { accountFrameworks } from './account-compliance.js';
import { frameworkPrintSheet } from './compliance-print.js';
import type { Report } from './data.js';
import { append, el, type Child } from './dom.js';
import { count, plural, shareText } from './format.js';
import { RequirementPanel, type RequirementNavigation } from './requirement.js';
import { sectionTree, type SectionNode } from './sections.js';
import type { ComplianceRoute } from './state.js';
import { findingCounts, tally, verdictBadge, verdictBar, verdictCounts, verdictLabel, verdictMeaning, verdictSlug } from './verdicts.js';

/** The frameworks asked for most, first and in this order; the rest follow by title. */
const FEATURED = [
  'cis_7.0_aws',
  'cis_6.0_aws',
  'aws_foundational_security_best_practices_aws',
  'pci_4.0_aws',
  'iso27001_2022_aws',
  'nist_800_53_revision_5_aws',
  'soc2_aws',
  'hipaa_aws',
  'prowler_threatscore_aws',
];

export interface ComplianceNavigation extends RequirementNavigation {
  go(route: ComplianceRoute): void;
}

function featuredFirst(frameworks: readonly FrameworkFacts[]): FrameworkFacts[] {
  const rank = (framework: FrameworkFacts) => {
    const featured = FEATURED.indexOf(framework.name);
    return featured < 0 ? FEATURED.length : featured;
  };
  return [...frameworks].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

function scoreText(framework: FrameworkFacts): string {
  return framework.score === null ? '—' : shareText(framework.score);
}

function figure(label: string, value: string, testId: string, title: string): HTMLElement {
  return el('div', { class: 'figure', attrs: { title } }, el('span', { class: 'figure-value', attrs: { 'data-testid': testId } }, value), el('span', { class: 'figure-label' }, label));
}

const SCORE_MEANING = 'Share of the judged requirements (PASS, FAIL, ERROR) that pass; — when the scan judged none.';
const COVERAGE_MEANING = 'Share of the requirements that have automated checks.';

function frameworkFigures(framework: FrameworkFacts): HTMLElement {
  return el(
    'div',
    { class: 'figures' },
    figure('Score', scoreText(framework), 'score', SCORE_MEANING),
    figure('Coverage', shareText(framework.coverage), 'coverage', COVERAGE_MEANING),
    figure('Requirements', count(framework.requirements.length), 'requirements', 'Requirements in the framework.'),
  );
}

/**
 * The compliance page: a card per framework, then one framework's section tree, then one
 * requirement's checks and findings in a side panel. Built only when first shown, and a
 * framework's requirements only as its sections open, so 5,000 requirements cost nothing until read.
 */
export class ComplianceView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly panel: RequirementPanel;
  private shownFramework: string | null | undefined;
  private cardFilter = '';
  /** In an organization scan, the account whose verdicts show; null for the organization as a whole. */
  private account: number | null = null;
  private frameworks: readonly FrameworkFacts[];
  private route: ComplianceRoute = { framework: null, requirement: null };

  constructor(
    private readonly report: Report,
    private readonly navigation: ComplianceNavigation,
  ) {
    this.frameworks = report.compliance.frameworks;
    this.body = el('div', { class: 'compliance-body' });
    this.panel = new RequirementPanel(report, navigation);
    this.element = el(
      'section',
      { class: 'compliance', attrs: { id: 'compliance', 'aria-label': 'Compliance', hidden: '' } },
      this.accountPicker(),
      this.body,
      this.panel.element,
    );
  }

  /** Whole organization or one scanned account; absent unless the report holds verdicts per account. */
  private accountPicker(): HTMLElement | null {
    const { organization, compliance } = this.report;
    if (!organization || !compliance.byAccount) return null;
    const judged = organization.accounts.flatMap((account, index) => ((compliance.byAccount!.accounts[index] ?? []).length > 0 ? [{ account, index }] : []));
    const select = el(
      'select',
      { attrs: { 'aria-label': 'Account', 'data-filter': 'compliance-account' } },
      el('option', { attrs: { value: '' } }, `The whole organization (${plural(judged.length, 'scanned account')})`),
      ...judged.map(({ account, index }) => el('option', { attrs: { value: String(index) } }, this.report.accountLabel(account))),
    );
    select.addEventListener('change', () => {
      this.account = select.value === '' ? null : Number(select.value);
      this.frameworks = (this.account === null ? null : accountFrameworks(this.report, this.account)) ?? this.report.compliance.frameworks;
      this.panel.account = this.account;
      this.shownFramework = undefined;
      this.panel.show(null, null);
      this.show(this.route);
    });
    return el(
      'div',
      { class: 'card screen-only account-pick' },
      el('label', { class: 'choice' }, el('span', { class: 'group-label' }, 'Verdicts of'), select),
      el('p', { class: 'quiet' }, 'Each account is judged on its own findings; the organization fails a requirement when any account fails it.'),
    );
  }

  show(route: ComplianceRoute): void {
    this.route = route;
    const framework = this.frameworks.find((candidate) => candidate.name === route.framework) ?? null;
    if (route.framework !== this.shownFramework) {
      this.shownFramework = route.framework;
      this.body.replaceChildren(framework ? new FrameworkPage(this.report, framework, this.navigation).element : this.renderCards());
      scrollTo({ top: 0 });
    }
    this.panel.show(framework, route.requirement);
  }

  private renderCards(): HTMLElement {
    const { compliance } = this.report;
    const cards = featuredFirst(this.frameworks).map((framework) => ({ framework, card: this.card(framework) }));
    const empty = el('p', { class: 'grid-empty', attrs: { hidden: '' } }, 'No framework matches the filter.');
    const filter = el('input', {
      class: 'search',
      attrs: { type: 'search', id: 'framework-filter', placeholder: 'Filter frameworks by name', 'aria-label': 'Filter frameworks', autocomplete: 'off' },
    });
    const apply = () => {
      this.cardFilter = filter.value;
      const needle = filter.value.trim().toLowerCase();
      let shown = 0;
      for (const { framework, card } of cards) {
        card.hidden = needle !== '' && !`${framework.title}\n${framework.name}`.toLowerCase().includes(needle);
        if (!card.hidden) shown++;
      }
      empty.hidden = shown > 0;
    };
    filter.value = this.cardFilter;
    filter.addEventListener('input', apply);
    apply();
    return el(
      'div',
      { class: 'card frameworks' },
      el('h2', {}, 'Compliance'),
      el(
        'p',
        { class: 'lead' },
        `How this scan's findings answer ${plural(compliance.frameworks.length, 'framework')}. A requirement fails when any unmuted finding of its checks fails. `,
        'Score: the share of judged requirements (PASS, FAIL, ERROR) that pass. Coverage: the share of requirements with automated checks; the rest need a person.',
      ),
      el('div', { class: 'toolbar-row' }, filter),
      el('div', { class: 'framework-grid' }, ...cards.map(({ card }) => card)),
      empty,
    );
  }

  private card(framework: FrameworkFacts): HTMLElement {
    const { verdicts } = this.report.compliance;
    return el(
      'button',
      {
        class: 'framework-card',
        attrs: { type: 'button', 'data-framework': framework.name },
        on: { click: () => this.navigation.go({ framework: framework.name, requirement: null }) },
      },
      el('span', { class: 'card-title' }, framework.title),
      el('code', { class: 'sub' }, framework.name),
      frameworkFigures(framework),
      verdictBar(verdicts, framework.verdictCounts),
      verdictCounts(verdicts, framework.verdictCounts),
    );
  }
}

/** One framework: its figures, a verdict filter, and its sections with their requirements. */
class FrameworkPage {
  readonly element: HTMLElement;
  private readonly tree: SectionNode;
  private readonly treeElement: HTMLElement;
  private readonly shownCount: HTMLElement;
  private readonly chips: HTMLButtonElement[];
  private readonly chosen = new Set<number>();
  /** Fills a section's contents the first time it opens. */
  private readonly fillers = new WeakMap<HTMLDetailsElement, () => void>();

  constructor(
    private readonly report: Report,
    private readonly framework: FrameworkFacts,
    private readonly navigation: ComplianceNavigation,
  ) {
    const { verdicts } = report.compliance;
    this.tree = sectionTree(framework);
    this.treeElement = el('div', { class: 'section-tree' });
    this.shownCount = el('p', { class: 'shown', attrs: { id: 'requirements-shown', 'aria-live': 'polite' } });
    this.chips = verdicts.map((verdict, index) =>
      el(
        'button',
        {
          class: `chip s-${verdictSlug(verdict)}`,
          attrs: { type: 'button', 'data-verdict': verdict, 'aria-pressed': 'false', title: verdictMeaning(verdict) },
          on: { click: () => this.toggleVerdict(index) },
        },
        el('span', { class: 'chip-label' }, verdictLabel(verdict)),
        el('span', { class: 'chip-count' }, count(framework.verdictCounts[index]!)),
      ),
    );
    const printButton = el('button', { class: 'print-button', attrs: { type: 'button', 'data-action': 'print' }, on: { click: () => window.print() } }, 'Print summary');
    const nested = this.tree.children.length > 0;
    this.element = el(
      'div',
      { class: 'framework-page' },
      el(
        'div',
        { class: 'card screen-only' },
        el(
          'button',
          { class: 'reset back', attrs: { type: 'button' }, on: { click: () => navigation.go({ framework: null, requirement: null }) } },
          '‹ All frameworks',
        ),
        el(
          'div',
          { class: 'framework-head' },
          el('div', {}, el('h2', { attrs: { id: 'framework-title' } }, framework.title), el('code', { class: 'sub' }, framework.name)),
          printButton,
        ),
        el('p', { class: 'lead' }, framework.description),
        el(
          'div',
          { class: 'framework-summary' },
          frameworkFigures(framework),
          el('div', { class: 'framework-verdicts' }, verdictBar(verdicts, framework.verdictCounts, true), verdictCounts(verdicts, framework.verdictCounts)),
        ),
      ),
      el(
        'div',
        { class: 'card screen-only requirements' },
        el('h2', {}, 'Requirements'),
        el(
          'div',
          { class: 'toolbar' },
          el(
            'div',
            { class: 'toolbar-row' },
            el('div', { class: 'chip-group', attrs: { role: 'group', 'aria-label': 'Verdict' } }, el('span', { class: 'group-label' }, 'Verdict'), ...this.chips),
          ),
          nested &&
            el(
              'div',
              { class: 'toolbar-row' },
              el('button', { class: 'reset', attrs: { type: 'button', 'data-action': 'expand' }, on: { click: () => this.expandAll() } }, 'Open all sections'),
              el('button', { class: 'reset', attrs: { type: 'button', 'data-action': 'collapse' }, on: { click: () => this.render(false) } }, 'Close all sections'),
            ),
          this.shownCount,
        ),
        this.treeElement,
      ),
      frameworkPrintSheet(report, framework, this.tree),
    );
    this.render();
  }

  private toggleVerdict(verdict: number): void {
    if (!this.chosen.delete(verdict)) this.chosen.add(verdict);
    this.chips.forEach((chip, index) => chip.setAttribute('aria-pressed', String(this.chosen.has(index))));
    this.render();
  }

  private matches(requirement: number): boolean {
    return this.chosen.size === 0 || this.chosen.has(this.framework.requirements[requirement]!.verdict);
  }

  /** Sections closed, or (by default, with a verdict chosen) every section that holds a match open. */
  private render(expand = this.chosen.size > 0): void {
    const shown = this.tree.requirements.filter((index) => this.matches(index)).length;
    const total = this.framework.requirements.length;
    this.shownCount.textContent = shown === total ? plural(total, 'requirement') : `${count(shown)} of ${plural(total, 'requirement')} match`;
    this.treeElement.replaceChildren();
    append(this.treeElement, this.contents(this.tree, 0));
    if (expand) this.expandAll();
  }

  private expandAll(): void {
    for (let closed = this.closedSections(); closed.length > 0; closed = this.closedSections()) {
      for (const section of closed) {
        this.fillers.get(section)?.();
        section.open = true;
      }
    }
  }

  private closedSections(): HTMLDetailsElement[] {
    return [...this.treeElement.querySelectorAll<HTMLDetailsElement>('details.section:not([open])')];
  }

  /** A section's requirements and subsections in the framework's order, runs of requirements as one list. */
  private contents(node: SectionNode, depth: number): Child[] {
    const children: Child[] = [];
    let list: HTMLElement | null = null;
    for (const entry of node.entries) {
      if (typeof entry === 'number') {
        if (!this.matches(entry)) continue;
        if (!list) children.push((list = el('ul', { class: 'requirement-list' })));
        list.append(this.requirementRow(this.framework.requirements[entry]!));
      } else if (entry.requirements.some((index) => this.matches(index))) {
        children.push(this.section(entry, depth));
        list = null;
      }
    }
    return children;
  }

  private section(node: SectionNode, depth: number): HTMLElement {
    const { verdicts } = this.report.compliance;
    const counts = tally(verdicts, node.requirements.map((index) => this.framework.requirements[index]!));
    const body = el('div', { class: 'section-body' });
    const details = el(
      'details',
      { class: `section depth-${Math.min(depth, 2)}`, attrs: { 'data-section': node.name } },
      el(
        'summary',
        {},
        el('span', { class: 'section-name' }, node.name),
        el('span', { class: 'section-size' }, plural(node.requirements.length, 'requirement')),
        verdictCounts(verdicts, counts),
        verdictBar(verdicts, counts),
      ),
      body,
    );
    let filled = false;
    const fill = () => {
      if (filled) return;
      filled = true;
      append(body, this.contents(node, depth + 1));
    };
    this.fillers.set(details, fill);
    details.addEventListener('toggle', () => details.open && fill());
    return details;
  }

  private requirementRow(requirement: RequirementFacts): HTMLElement {
    const { verdicts, checkTitles } = this.report.compliance;
    const verdict = verdicts[requirement.verdict]!;
    const open = () => this.navigation.go({ framework: this.framework.name, requirement: requirement.id });
    const title: Child =
      requirement.title ??
      el(
        'span',
        { class: 'check-list' },
        ...requirement.checks.map((check) => el('span', {}, el('code', {}, check), ' ', checkTitles[check] ?? '')),
        requirement.checks.length === 0 ? 'No automated check' : null,
      );
    return el(
      'li',
      {},
      el(
        'button',
        { class: 'requirement-row', attrs: { type: 'button', 'data-requirement': requirement.id, 'data-verdict': verdict }, on: { click: open } },
        el('span', { class: 'requirement-id' }, requirement.id),
        el('span', { class: 'requirement-title' }, title),
        el('span', { class: 'requirement-facts' }, requirement.profile && el('span', { class: 'badge profile' }, requirement.profile), verdictBadge(verdict), findingCounts(requirement.counts)),
      ),
    );
  }
}
