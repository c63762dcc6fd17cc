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

/**
 * XPath `string-length` of `text` from the index `from` on: characters, a pair of surrogates
 * counting as one.
 */
export function codePointLength(text: string, from = 0): number {
  let length = 0;
  for (let i = from; i < text.length; i++) {
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

/** XPath `string-length(substring-after(s, '.'))`, without cutting the string: 0 without a dot. */
export function lengthAfterFirstDot(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : codePointLength(text, dot + 1);
}

/** Value of an attribute in no namespace, as `@name` selects it. */
export function attributeValue(element: XmlElement, localName: string): string | undefined {
  for (const a of element.attributes) {
    if (a.localName === localName && a.namespace === '') return a.value;
  }
  return undefined;
}

/**
 * How many elements a path of child steps reaches from `from`, without building the list: the
 * count rules run on every line, and almost always find the count allowed.
 */
export function countAlongPath(from: XmlElement, steps: readonly ChildStep[]): number {
  return steps.length === 0 ? 0 : countFrom(from, steps, 0);
}

function countFrom(element: XmlElement, steps: readonly ChildStep[], depth: number): number {
  const step = steps[depth];
  if (step === undefined) return 0;
  const [namespace, localName, predicate] = step;
  const last = depth === steps.length - 1;
  let count = 0;
  for (const child of element.children) {
    if (child.localName !== localName || child.namespace !== namespace) continue;
    if (predicate !== undefined && !predicate(child)) continue;
    count += last ? 1 : countFrom(child, steps, depth + 1);
  }
  return count;
}
