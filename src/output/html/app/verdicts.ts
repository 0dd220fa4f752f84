import { el } from './dom.js';
import { count } from './format.js';

/** Requirement verdicts as a reader meets them; the payload spells them as the CSV does. */
const LABELS: Record<string, string> = {
  NOT_APPLICABLE: 'N/A',
  NOT_AUTOMATED_YET: 'Not automated',
  NOT_ASSESSED: 'Not assessed',
};

const MEANINGS: Record<string, string> = {
  FAIL: 'At least one unmuted finding of its checks failed.',
  ERROR: 'Some evidence could not be read, and nothing failed.',
  PASS: 'Every mapped check ran and passed.',
  MANUAL: 'No automated check can evidence it: a person has to.',
  NOT_APPLICABLE: 'Its checks ran and found no resources to judge.',
  NOT_AUTOMATED_YET: 'It maps a check scanner does not have yet.',
  NOT_ASSESSED: 'Its checks were not part of this scan.',
};

export function verdictLabel(verdict: string): string {
  return LABELS[verdict] ?? verdict;
}

export function verdictMeaning(verdict: string): string {
  return MEANINGS[verdict] ?? verdict;
}

/** The class suffix of a verdict's colour: `s-not-applicable`, `b-not-applicable`. */
export function verdictSlug(verdict: string): string {
  return verdict.toLowerCase().replace(/_/g, '-');
}

export function verdictBadge(verdict: string): HTMLElement {
  return el(
    'span',
    { class: `badge status verdict s-${verdictSlug(verdict)}`, attrs: { title: verdictMeaning(verdict), 'data-verdict': verdict } },
    verdictLabel(verdict),
  );
}

/** Requirements by verdict as one bar; `counts` follows `verdicts`. */
export function verdictBar(verdicts: readonly string[], counts: readonly number[], large = false): HTMLElement {
  return el(
    'div',
    { class: `share-bar${large ? ' large' : ''}`, attrs: { 'aria-hidden': 'true' } },
    ...verdicts.map((verdict, index) =>
      counts[index]! > 0 ? el('span', { class: `b-${verdictSlug(verdict)}`, attrs: { style: `flex-grow:${counts[index]}` } }) : null,
    ),
  );
}

/** "3 FAIL · 12 PASS · 4 N/A": the verdicts that occur, each with its count. */
export function verdictCounts(verdicts: readonly string[], counts: readonly number[]): HTMLElement {
  return el(
    'span',
    { class: 'verdict-counts' },
    ...verdicts.map((verdict, index) =>
      counts[index]! > 0
        ? el('span', { class: `count-chip s-${verdictSlug(verdict)}`, attrs: { 'data-verdict': verdict, title: verdictMeaning(verdict) } }, `${count(counts[index]!)} ${verdictLabel(verdict)}`)
        : null,
    ),
  );
}

/** Requirements per verdict among `requirements`, in `verdicts` order. */
export function tally(verdicts: readonly string[], requirements: readonly { verdict: number }[]): number[] {
  const counts = verdicts.map(() => 0);
  for (const { verdict } of requirements) counts[verdict]!++;
  return counts;
}

/** What a requirement's findings counts stand for, in the payload's order. */
const FINDING_COUNT_LABELS = ['PASS', 'FAIL', 'muted', 'ERROR', 'MANUAL'] as const;
const FINDING_COUNT_CLASSES = ['s-pass', 's-fail', 's-muted', 's-error', 's-manual'] as const;

/** A requirement's findings by outcome, those that occur only; muted ones apart whatever their status. */
export function findingCounts(counts: readonly number[]): HTMLElement {
  const shown = FINDING_COUNT_LABELS.map((label, index) => [label, index] as const).filter(([, index]) => counts[index]! > 0);
  return el(
    'span',
    { class: 'finding-counts' },
    ...shown.map(([label, index]) => el('span', { class: `count-chip ${FINDING_COUNT_CLASSES[index]}`, attrs: { 'data-count': label } }, `${count(counts[index]!)} ${label}`)),
    shown.length === 0 ? el('span', { class: 'count-chip s-muted' }, 'no findings') : null,
  );
}
