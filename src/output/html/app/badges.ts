import { capitalise } from './format.js';
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
