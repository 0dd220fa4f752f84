/**
 * The only way the app makes elements. Children are nodes or text, and strings always become text
 * nodes: account data (resource names, tags, details) can never be parsed as markup.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Attribute values are set as values, never parsed; `href` goes through `webLink` only. */
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) element.addEventListener(type, listener as EventListener);
  append(element, children);
  return element;
}

export function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'number' ? String(child) : child);
  }
}

/** Only web addresses become links: a `javascript:` or `data:` URL in metadata stays text. */
export function webLink(url: string | null, label: string): HTMLAnchorElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return el('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, label);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the report page has no #${id}`);
  return element as T;
}
