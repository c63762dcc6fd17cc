import { trimXmlSpace } from './chars';
import type { XmlElement } from './tree';

/**
 * Direct navigation by namespace URI and local name, for readers that walk a known structure.
 * `ns` is a URI (see `NS` in shared/syntax/namespaces.ts), never a prefix.
 */

/** First child element with this name, if any. */
export function child(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  for (const c of el.children) if (c.localName === local && c.namespace === ns) return c;
  return undefined;
}

/** All child elements with this name, in document order. */
export function children(el: XmlElement, ns: string, local: string): XmlElement[] {
  return el.children.filter((c) => c.localName === local && c.namespace === ns);
}

/**
 * Descendant elements in document order (the element itself excluded), all of them or those with
 * this name. Iterative: depth is bounded by the parser, but no walk here relies on it.
 */
export function descendants(el: XmlElement, ns?: string, local?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) pending.push(el.children[i] as XmlElement);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (
      (ns === undefined || next.namespace === ns) &&
      (local === undefined || next.localName === local)
    ) {
      found.push(next);
    }
    const kids = next.children;
    for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i] as XmlElement);
  }
  return found;
}

/** Value of an attribute; unprefixed attributes are in no namespace, hence `ns` defaults to ''. */
export function attr(el: XmlElement, local: string, ns = ''): string | undefined {
  for (const a of el.attributes) if (a.localName === local && a.namespace === ns) return a.value;
  return undefined;
}

/**
 * The element's direct text without leading and trailing XML whitespace (a no-break space is
 * kept: it is content). Passing `undefined` gives `undefined`, so `textOf(child(…))` chains.
 */
export function textOf(el: XmlElement): string;
export function textOf(el: XmlElement | undefined): string | undefined;
export function textOf(el: XmlElement | undefined): string | undefined {
  return el === undefined ? undefined : trimXmlSpace(el.text);
}
