import type { CheckFacts, FrameworkFacts, RequirementFacts } from '../payload.js';
import { failCount, mutedBadge, severityBadge, statusBadge } from './badges.js';
import type { Report } from './data.js';
import { remediationContent } from './details.js';
import { append, el, type Child } from './dom.js';
import { plural } from './format.js';
import { findingCounts, verdictBadge } from './verdicts.js';

/** Findings listed per check in the panel; the findings table shows the rest. */
const FINDINGS_SHOWN = 25;

export interface RequirementNavigation {
  /** Closes the requirement, back to its framework. */
  closeRequirement(): void;
  /** The findings page, filtered to one check, and to one account of an organization scan. */
  showCheck(checkId: string, account: string | null): void;
  /** The findings page with one finding's details open. */
  showFinding(finding: number): void;
}

/** The side panel with one requirement: why it has its verdict, its checks, their findings and fixes. */
export class RequirementPanel {
  readonly element: HTMLElement;
  private readonly content: HTMLElement;
  private shown: RequirementFacts | null = null;
  /** In an organization scan, the account whose findings the panel lists; null for all. */
  account: number | null = null;

  constructor(
    private readonly report: Report,
    private readonly navigation: RequirementNavigation,
  ) {
    const close = el(
      'button',
      { class: 'close', attrs: { type: 'button', 'aria-label': 'Close the requirement' }, on: { click: () => navigation.closeRequirement() } },
      '×',
    );
    this.content = el('div', { class: 'panel-content' });
    this.element = el(
      'aside',
      { class: 'panel requirement-panel', attrs: { id: 'requirement', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'requirement-title', hidden: '' } },
      close,
      this.content,
    );
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.shown && this.element.checkVisibility()) navigation.closeRequirement();
    });
  }

  show(framework: FrameworkFacts | null, requirementId: string | null): void {
    const requirement = framework?.requirements.find((candidate) => candidate.id === requirementId) ?? null;
    if (requirement === this.shown) return;
    const previous = this.shown;
    this.shown = requirement;
    this.element.hidden = requirement === null;
    this.content.replaceChildren();
    if (!framework || !requirement) {
      // Back to the row the requirement was opened from, so the keyboard carries on from there.
      if (previous) document.querySelector<HTMLElement>(`[data-requirement="${CSS.escape(previous.id)}"]`)?.focus({ preventScroll: true });
      return;
    }
    append(this.content, this.render(framework, requirement));
    this.element.scrollTop = 0;
    this.element.querySelector<HTMLElement>('.close')?.focus({ preventScroll: true });
  }

  private render(framework: FrameworkFacts, requirement: RequirementFacts): Child[] {
    const { verdicts } = this.report.compliance;
    return [
      el(
        'header',
        { class: 'panel-header' },
        el('div', { class: 'chips' }, verdictBadge(verdicts[requirement.verdict]!), requirement.profile && el('span', { class: 'badge profile' }, requirement.profile)),
        el('h2', { attrs: { id: 'requirement-title' } }, requirement.title ?? `Requirement ${requirement.id}`),
        el('p', { class: 'sub' }, `${framework.title} · ${requirement.id}`, requirement.section.length > 0 && ` · ${requirement.section.join(' › ')}`),
      ),
      requirement.notes.length > 0 &&
        el(
          'section',
          { class: 'panel-section requirement-notes' },
          el('h3', {}, 'Why it cannot pass as things stand'),
          el('ul', {}, ...requirement.notes.map((note) => el('li', {}, note))),
        ),
      el(
        'section',
        { class: 'panel-section' },
        el('h3', {}, requirement.checks.length === 0 ? 'Checks' : `Findings of its ${plural(requirement.checks.length, 'check')}`),
        requirement.checks.length === 0
          ? el('p', {}, 'No automated check can evidence this requirement: a person has to review it.')
          : findingCounts(requirement.counts),
      ),
      ...requirement.checks.map((checkId) => this.check(checkId)),
    ];
  }

  private check(checkId: string): HTMLElement {
    const { report } = this;
    const facts = report.checks.find((check) => check.id === checkId);
    const title = facts?.title ?? report.compliance.checkTitles[checkId] ?? checkId;
    const { account } = this;
    const findings = this.failingFirst(account === null ? report.findingsOf(checkId) : report.findingsOf(checkId).filter((finding) => report.account[finding] === account));
    const fail = report.statuses.indexOf('FAIL');
    const failing = findings.filter((finding) => report.status[finding] === fail && !report.muted[finding]).length;
    return el(
      'article',
      { class: 'requirement-check', attrs: { 'data-check': checkId } },
      el(
        'h4',
        {},
        failing > 0 && failCount(failing),
        facts && severityBadge(facts.severity),
        el('span', { class: 'check-title' }, title),
      ),
      el('code', { class: 'sub' }, checkId),
      findings.length === 0 ? el('p', { class: 'quiet' }, 'No findings of this check in this report.') : this.findingsTable(findings),
      findings.length > FINDINGS_SHOWN &&
        el(
          'button',
          { class: 'reset', attrs: { type: 'button', 'data-action': 'show-check' }, on: { click: () => this.navigation.showCheck(checkId, account === null ? null : report.organization!.accounts[account]!.id) } },
          `Show all ${plural(findings.length, 'finding')} of this check in the findings table`,
        ),
      facts && this.remediation(facts, failing > 0),
    );
  }

  /** Unmuted failures first, as the findings table sorts by status; muted findings last. */
  private failingFirst(findings: readonly number[]): number[] {
    const { report } = this;
    const rank = (finding: number) => report.status[finding]! + report.muted[finding]! * report.statuses.length;
    return [...findings].sort((a, b) => rank(a) - rank(b) || a - b);
  }

  private findingsTable(findings: readonly number[]): HTMLElement {
    const { report } = this;
    return el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { class: 'plain requirement-findings' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Status'), el('th', {}, 'Resource'), el('th', {}, 'Region'), el('th', {}, 'Status detail'))),
        el(
          'tbody',
          {},
          ...findings.slice(0, FINDINGS_SHOWN).map((finding) => {
            const muted = report.muted[finding] === 1;
            return el(
              'tr',
              { attrs: { 'data-finding': String(finding) }, class: muted ? 'muted' : '' },
              el('td', { class: 'nowrap' }, statusBadge(report.statusOf(finding), muted), muted && ' ', muted && mutedBadge()),
              el(
                'td',
                { class: 'break' },
                el(
                  'button',
                  {
                    class: 'link-button mono',
                    attrs: { type: 'button', title: 'Open this finding in the findings table' },
                    on: { click: () => this.navigation.showFinding(finding) },
                  },
                  report.resourceId(finding),
                ),
              ),
              el('td', { class: 'nowrap' }, report.regionOf(finding)),
              el('td', { class: 'break' }, report.detail(finding)),
            );
          }),
        ),
      ),
    );
  }

  private remediation(check: CheckFacts, failing: boolean): HTMLElement {
    return el('details', { class: 'requirement-remediation', attrs: failing ? { open: '' } : {} }, el('summary', {}, 'How to fix it'), ...remediationContent(check));
  }
}
