/**
 * XPath 2 value semantics the UBL schematron relies on, for exact reproductions of its tests: a
 * general comparison `cbc:X = '130'` compares the string value as written (no trimming), and
 * `string-length` counts characters (code points), not UTF-16 units.
 */
import type { XmlElement } from '../../../xml';

/**
 * String value of an element: its text, and its descendants' text. Exact for the leaf elements the
 * rules compare; for mixed content the tree keeps the element's own text first.
 */
export function stringValue(element: XmlElement): string {
  if (element.children.length === 0) return element.text;
  let value = element.text;
  for (const child of element.children) value += stringValue(child);
  return value;
}

/** Child elements with this namespace and local name, in document order. */
export function childrenNamed(
  element: XmlElement,
  namespace: string,
  localName: string,
): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (child.localName === localName && child.namespace === namespace) found.push(child);
  }
  return found;
}

/** One child step of a path: namespace, local name, and an optional predicate on the child. */
export type ChildStep = readonly [
  namespace: string,
  localName: string,
  predicate?: (element: XmlElement) => boolean,
];

/** The elements a relative path of child steps reaches from each of `from`, in document order. */
export function followChildren(
  from: readonly XmlElement[],
  steps: readonly ChildStep[],
): XmlElement[] {
  let current: readonly XmlElement[] = from;
  for (const [namespace, localName, predicate] of steps) {
    const next: XmlElement[] = [];
    for (const element of current) {
      for (const child of element.children) {
        if (child.localName !== localName || child.namespace !== namespace) continue;
        if (predicate === undefined || predicate(child)) next.push(child);
      }
    }
    current = next;
  }
  return [...current];
}

/** XPath `string-length`: characters, a pair of surrogates counting as one. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** XPath `substring-after(s, '.')`: '' when there is no dot. */
export function afterFirstDot(text: string): string {
  const dot = text.indexOf('.');
  return dot < 0 ? '' : text.slice(dot + 1);
}

/** Value of an attribute in no namespace, as `@name` selects it. */
export function attributeValue(element: XmlElement, localName: string): string | undefined {
  for (const a of element.attributes) {
    if (a.localName === localName && a.namespace === '') return a.value;
  }
  return undefined;
}

/** What `countAlongPath` found. */
export interface PathCount {
  /** How many elements the path reaches. */
  count: number;
  /** The element at the asked index, in document order, if the path reaches that many. */
  at: XmlElement | undefined;
}

/**
 * Counts the elements a path of child steps reaches from `from`, and finds the one at `index`
 * (0-based, document order), without building the list: the count rules run on every line.
 */
export function countAlongPath(
  from: XmlElement,
  steps: readonly ChildStep[],
  index: number,
): PathCount {
  const found: PathCount = { count: 0, at: undefined };
  if (steps.length > 0) countFrom(from, steps, 0, index, found);
  return found;
}

function countFrom(
  element: XmlElement,
  steps: readonly ChildStep[],
  depth: number,
  index: number,
  found: PathCount,
): void {
  const step = steps[depth];
  if (step === undefined) return;
  const [namespace, localName, predicate] = step;
  const last = depth === steps.length - 1;
  for (const child of element.children) {
    if (child.localName !== localName || child.namespace !== namespace) continue;
    if (predicate !== undefined && !predicate(child)) continue;
    if (!last) countFrom(child, steps, depth + 1, index, found);
    else {
      if (found.count === index) found.at = child;
      found.count++;
    }
  }
}
