import type { FrameworkFacts } from '../payload.js';
import type { Report } from './data.js';
import { el } from './dom.js';
import { count, shareText, utc } from './format.js';
import type { SectionNode } from './sections.js';
import { verdictLabel } from './verdicts.js';

/**
 * One framework on one sheet of paper: what was scanned and when, the score, verdict counts, a line
 * per section and the failing requirements. Only printing shows it; on screen the page shows the
 * same facts interactively. Built with its framework page, as it is small.
 */
export function frameworkPrintSheet(report: Report, framework: FrameworkFacts, tree: SectionNode): HTMLElement {
  const { scan, compliance } = report;
  const { verdicts } = compliance;
  const pass = verdicts.indexOf('PASS');
  const fail = verdicts.indexOf('FAIL');
  const account = scan.accountAlias ? `${scan.accountId} (${scan.accountAlias})` : scan.accountId;
  const failing = framework.requirements.filter((requirement) => requirement.verdict === fail);
  const sectionRow = (node: SectionNode) => {
    const verdictsOf = node.requirements.map((index) => framework.requirements[index]!.verdict);
    const passed = verdictsOf.filter((verdict) => verdict === pass).length;
    const failed = verdictsOf.filter((verdict) => verdict === fail).length;
    return el(
      'tr',
      {},
      el('td', {}, node.name),
      el('td', { class: 'n' }, count(passed)),
      el('td', { class: 'n' }, count(failed)),
      el('td', { class: 'n' }, count(verdictsOf.length - passed - failed)),
    );
  };
  return el(
    'section',
    { class: 'print-sheet' },
    el('p', { class: 'eyebrow' }, 'Compliance summary'),
    el('h1', {}, framework.title),
    el(
      'p',
      { class: 'sheet-scan' },
      [scan.name, `AWS account ${account}`, `scanned ${utc(scan.startedAt)}`, `scanner ${scan.scannerVersion}`, framework.name].filter(Boolean).join(' · '),
    ),
    el(
      'dl',
      { class: 'sheet-figures' },
      el('div', {}, el('dt', {}, 'Score'), el('dd', {}, framework.score === null ? '—' : shareText(framework.score))),
      el('div', {}, el('dt', {}, 'Coverage'), el('dd', {}, shareText(framework.coverage))),
      el('div', {}, el('dt', {}, 'Requirements'), el('dd', {}, count(framework.requirements.length))),
      ...verdicts.map((verdict, index) =>
        framework.verdictCounts[index]! > 0 ? el('div', { attrs: { 'data-verdict': verdict } }, el('dt', {}, verdictLabel(verdict)), el('dd', {}, count(framework.verdictCounts[index]!))) : null,
      ),
    ),
    el('p', { class: 'sheet-note' }, 'Score: passing share of the requirements the scan could judge (PASS, FAIL, ERROR). Coverage: share of requirements with automated checks.'),
    tree.children.length > 0 &&
      el(
        'table',
        { class: 'plain sheet-sections' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Section'), el('th', { class: 'n' }, 'Pass'), el('th', { class: 'n' }, 'Fail'), el('th', { class: 'n' }, 'Other'))),
        el('tbody', {}, ...tree.children.map(sectionRow)),
      ),
    el('h2', {}, failing.length === 0 ? 'No requirement fails' : `Failing requirements (${count(failing.length)})`),
    failing.length > 0 &&
      el(
        'ul',
        { class: 'sheet-failing' },
        ...failing.map((requirement) => el('li', {}, el('strong', {}, requirement.id), ' ', requirement.title ?? requirement.checks.join(', '))),
      ),
  );
}
