/**
 * Child-axis paths for the BR-FR adapters (`ram:A/ram:B`), compiled once and walked over the
 * children arrays: the adapters run on every document, sometimes with thousands of lines, and
 * need neither predicates nor descendants.
 */
import { namespaceOfPrefix } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import type { SchemedValue, Value } from './types';

type Step = readonly [namespace: string, localName: string];

const compiled = new Map<string, readonly Step[]>();

function stepsOf(path: string): readonly Step[] {
  let steps = compiled.get(path);
  if (steps === undefined) {
    steps = path.split('/').map((name) => {
      const colon = name.indexOf(':');
      const namespace = namespaceOfPrefix(name.slice(0, colon));
      if (colon < 1 || namespace === undefined) throw new Error(`Bad path step "${name}"`);
      return [namespace, name.slice(colon + 1)] as const;
    });
    compiled.set(path, steps);
  }
  return steps;
}

/** Every element at `path` below `from`, in document order. */
export function all(from: XmlElement | undefined, path: string): XmlElement[] {
  if (from === undefined) return [];
  let current: XmlElement[] = [from];
  for (const [namespace, localName] of stepsOf(path)) {
    const next: XmlElement[] = [];
    for (const element of current) {
      for (const child of element.children) {
        if (child.localName === localName && child.namespace === namespace) next.push(child);
      }
    }
    if (next.length === 0) return next;
    current = next;
  }
  return current;
}

/** The first element at `path`, if any. */
export function first(from: XmlElement | undefined, path: string): XmlElement | undefined {
  if (from === undefined) return undefined;
  let found: XmlElement | undefined = from;
  // Depth first along the first match of each step is not enough (`a/b` where the first `a` has
  // no `b`): fall back to the full walk when the quick descent fails.
  for (const [namespace, localName] of stepsOf(path)) {
    let next: XmlElement | undefined;
    for (const child of found.children) {
      if (child.localName === localName && child.namespace === namespace) {
        next = child;
        break;
      }
    }
    if (next === undefined) return all(from, path)[0];
    found = next;
  }
  return found;
}

/** XPath string value: the element's text, or the concatenated text of its descendants. */
export function stringValue(element: XmlElement): string {
  if (element.children.length === 0) return element.text;
  let text = element.text;
  for (const child of element.children) text += stringValue(child);
  return text;
}

/** An attribute without namespace, as XPath `@name` reads it. */
export function attribute(element: XmlElement, name: string): string | undefined {
  for (const a of element.attributes)
    if (a.localName === name && a.namespace === '') return a.value;
  return undefined;
}

export function valueOfElement(element: XmlElement): Value {
  return { text: stringValue(element), place: { node: element } };
}

export function valueAt(from: XmlElement | undefined, path: string): Value | undefined {
  const element = first(from, path);
  return element === undefined ? undefined : valueOfElement(element);
}

export function valuesAt(from: XmlElement | undefined, path: string): Value[] {
  return all(from, path).map(valueOfElement);
}

export function schemedOf(element: XmlElement, schemeAttribute = 'schemeID'): SchemedValue {
  return {
    text: stringValue(element),
    place: { node: element },
    scheme: attribute(element, schemeAttribute),
  };
}

export function schemedAt(from: XmlElement | undefined, path: string): SchemedValue[] {
  return all(from, path).map((element) => schemedOf(element));
}

/** Every element of the subtree (the root included), in document order, without recursion. */
export function* everyElement(root: XmlElement): Generator<XmlElement> {
  const pending: XmlElement[] = [root];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    yield next;
    const kids = next.children;
    for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i] as XmlElement);
  }
}
