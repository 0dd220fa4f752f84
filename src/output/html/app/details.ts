import { mutedBadge, severityBadge, statusBadge } from './badges.js';
import type { CheckFacts } from '../payload.js';
import type { Report } from './data.js';
import { append, el, webLink, type Child } from './dom.js';
import { fillResource } from './remediation.js';

/** Copies `text`; falls back to a selection where the clipboard API is refused (some file:// pages). */
async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const scratch = el('textarea', { class: 'scratch' }, text);
    document.body.append(scratch);
    scratch.select();
    document.execCommand('copy');
    scratch.remove();
  }
  button.textContent = 'Copied';
  setTimeout(() => (button.textContent = 'Copy'), 1500);
}

function snippet(label: string, code: string | null): HTMLElement | null {
  if (!code) return null;
  const button = el('button', { class: 'copy', attrs: { type: 'button', 'aria-label': `Copy the ${label} snippet` } }, 'Copy');
  button.addEventListener('click', () => void copy(code, button));
  return el('figure', { class: 'snippet' }, el('figcaption', {}, el('span', {}, label), button), el('pre', {}, el('code', {}, code)));
}

/**
 * How to fix what a check finds: its advice, snippets and links. `code` may fill in the snippets'
 * placeholders for one resource; shown for a check as a whole they stay as the check wrote them.
 */
export function remediationContent(check: CheckFacts, code: (snippetText: string | null) => string | null = (text) => text): Child[] {
  const { remediation } = check;
  const links = [webLink(remediation.url, 'Remediation guide'), webLink(check.relatedUrl, 'More about this check')].filter((link) => link !== null);
  return [
    el('p', {}, remediation.text),
    snippet('AWS CLI', code(remediation.cli)),
    snippet('Terraform', code(remediation.terraform)),
    snippet('CloudFormation', code(remediation.cloudFormation)),
    snippet('Other', code(remediation.other)),
    links.length > 0 && el('p', { class: 'links' }, ...links),
  ];
}

function section(title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'panel-section' }, el('h3', {}, title), ...children);
}

function fact(term: string, value: Child, mono = false): HTMLElement {
  return el('div', { class: 'fact' }, el('dt', {}, term), el('dd', { class: mono ? 'mono' : '' }, value));
}

/** The account a finding belongs to; in an organization scan with its name and organizational unit. */
function accountFacts(report: Report, finding: number): Child[] {
  const account = report.accountOf(finding);
  if (!account) return [fact('Account', report.scan.accountId, true)];
  return [fact('Account', report.accountLabel(account), true), fact('OU', report.unitPath(report.account[finding]!))];
}

/** The side panel with everything about one finding and how to fix it. */
export class DetailsPanel {
  readonly element: HTMLElement;
  private readonly content: HTMLElement;
  private returnFocus: Element | null = null;

  constructor(
    private readonly report: Report,
    onClose: () => void,
  ) {
    const close = el('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'Close the details' }, on: { click: onClose } }, '×');
    this.content = el('div', { class: 'panel-content' });
    this.element = el(
      'aside',
      { class: 'panel', attrs: { id: 'details', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'details-title', hidden: '' } },
      close,
      this.content,
    );
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.element.hidden) onClose();
    });
  }

  show(finding: number | null): void {
    if (finding === null) {
      if (this.element.hidden) return;
      this.element.hidden = true;
      if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) this.returnFocus.focus();
      return;
    }
    if (this.element.hidden) this.returnFocus = document.activeElement;
    this.content.replaceChildren();
    append(this.content, this.render(finding));
    this.element.hidden = false;
    this.element.scrollTop = 0;
    this.element.querySelector<HTMLElement>('.close')?.focus({ preventScroll: true });
  }

  private render(finding: number): Child[] {
    const { report } = this;
    const check = report.checkOf(finding);
    const muted = report.muted[finding] === 1;
    const tags = report.tags(finding);
    const resource = { id: report.resourceId(finding), arn: report.resourceArn(finding) };
    const code = (snippetText: string | null) => snippetText && fillResource(snippetText, resource);
    return [
      el(
        'header',
        { class: 'panel-header' },
        el('div', { class: 'chips' }, statusBadge(report.statusOf(finding), muted), muted && mutedBadge(), severityBadge(report.severityOf(finding))),
        el('h2', { attrs: { id: 'details-title' } }, check.title),
        el('code', { class: 'sub' }, check.id),
      ),
      el('p', { class: 'status-detail' }, report.detail(finding)),
      section(
        'Resource',
        el(
          'dl',
          { class: 'facts-list' },
          fact('ID', report.resourceId(finding), true),
          report.resourceName(finding) !== report.resourceId(finding) && fact('Name', report.resourceName(finding)),
          fact('ARN', report.resourceArn(finding), true),
          fact('Region', report.regionOf(finding)),
          ...accountFacts(report, finding),
          fact('Service', check.service),
        ),
        tags.length > 0 &&
          el(
            'table',
            { class: 'tags' },
            el('thead', {}, el('tr', {}, el('th', {}, 'Tag'), el('th', {}, 'Value'))),
            el('tbody', {}, ...tags.map(([key, value]) => el('tr', {}, el('td', {}, key), el('td', {}, value)))),
          ),
      ),
      section('What the check looks at', el('p', {}, check.description)),
      section('Risk', el('p', {}, check.risk)),
      section('Remediation', ...remediationContent(check, code)),
    ];
  }
}
