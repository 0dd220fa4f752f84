import { capitalise, count } from './format.js';
import { el } from './dom.js';

export function statusBadge(status: string, muted = false): HTMLElement {
  return el('span', { class: `badge status s-${status.toLowerCase()}${muted ? ' is-muted' : ''}`, attrs: { title: muted ? `${status}, muted` : status } }, status);
}

export function severityBadge(severity: string): HTMLElement {
  return el('span', { class: `badge sev v-${severity}` }, capitalise(severity));
}

export function mutedBadge(): HTMLElement {
  return el('span', { class: 'badge muted-tag' }, 'Muted');
}

/** "7 FAIL": a count of failures that cannot be read as a count of anything else. */
export function failCount(failures: number): HTMLElement {
  return el('span', { class: 'badge status s-fail fail-count' }, `${count(failures)} FAIL`);
}
