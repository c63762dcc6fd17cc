/**
 * Child-axis paths for the BR-FR adapters (`ram:A/ram:B`), compiled once and walked over the
 * children arrays: the adapters run on every document, sometimes with thousands of lines, and
 * need neither predicates nor descendants.
 */
import { namespaceOfPrefix } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import type { Place, SchemedValue, Value } from './types';

interface Step {
  readonly namespace: string;
  readonly localName: string;
}

const compiled = new Map<string, readonly Step[]>();

function stepsOf(path: string): readonly Step[] {
  let steps = compiled.get(path);
  if (steps === undefined) {
    steps = path.split('/').map((name) => {
      const colon = name.indexOf(':');
      const namespace = namespaceOfPrefix(name.slice(0, colon));
      if (colon < 1 || namespace === undefined) throw new Error(`Bad path step "${name}"`);
      return { namespace, localName: name.slice(colon + 1) };
    });
    compiled.set(path, steps);
  }
  return steps;
}

/**
 * Children of `element` with this name. Elements with many children (a UBL invoice holds its
 * lines, a CII transaction its line items) are indexed by local name once, so that looking up a
 * header element does not scan every line again.
 */
function childrenNamed(
  element: XmlElement,
  namespace: string,
  localName: string,
): readonly XmlElement[] {
  const { children } = element;
  if (children.length <= INDEX_THRESHOLD) {
    let found: XmlElement[] | undefined;
    for (const child of children) {
      if (child.localName !== localName || child.namespace !== namespace) continue;
      if (found === undefined) found = [child];
      else found.push(child);
    }
    return found ?? NONE;
  }
  let index = indexes.get(element);
  if (index === undefined) {
    index = new Map();
    // Indexed: this runs a few times per document, often before V8 optimises it, and then a
    // for…of allocates at each of the thousands of lines.
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as XmlElement;
      const list = index.get(child.localName);
      if (list === undefined) index.set(child.localName, [child]);
      else list.push(child);
    }
    indexes.set(element, index);
  }
  const named = index.get(localName) ?? NONE;
  return named.every((c) => c.namespace === namespace)
    ? named
    : named.filter((c) => c.namespace === namespace);
}

const INDEX_THRESHOLD = 16;
// Read-only by its type, not frozen: V8 iterates a frozen array through the generic iterator
// protocol, slowing every `for…of` over a result that may be this one.
const NONE: readonly XmlElement[] = [];
const indexes = new WeakMap<XmlElement, Map<string, XmlElement[]>>();
// Shared, like NONE: most paths a long invoice asks about on each line find nothing.
const NOTHING: readonly never[] = [];

/** Every element at `path` below `from`, in document order. */
export function all(from: XmlElement | undefined, path: string): readonly XmlElement[] {
  if (from === undefined) return NONE;
  let current: readonly XmlElement[] = [from];
  const steps = stepsOf(path);
  for (let s = 0; s < steps.length; s++) {
    const { namespace, localName } = steps[s] as Step;
    if (current.length === 1) {
      current = childrenNamed(current[0] as XmlElement, namespace, localName);
    } else {
      const next: XmlElement[] = [];
      for (const element of current) {
        for (const child of childrenNamed(element, namespace, localName)) next.push(child);
      }
      current = next;
    }
    if (current.length === 0) return NONE;
  }
  return current;
}

/** The first element at `path`, if any: depth first, which is document order on child steps. */
export function first(from: XmlElement | undefined, path: string): XmlElement | undefined {
  return from === undefined ? undefined : firstFrom(from, stepsOf(path), 0);
}

function firstFrom(
  element: XmlElement,
  steps: readonly Step[],
  at: number,
): XmlElement | undefined {
  const step = steps[at];
  if (step === undefined) return element;
  const { namespace, localName } = step;
  const { children } = element;
  if (children.length <= INDEX_THRESHOLD) {
    for (const child of children) {
      if (child.localName !== localName || child.namespace !== namespace) continue;
      const found = firstFrom(child, steps, at + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const child of childrenNamed(element, namespace, localName)) {
    const found = firstFrom(child, steps, at + 1);
    if (found !== undefined) return found;
  }
  return undefined;
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

/**
 * An element's value. Its place is made when asked for, which only a finding does: a long invoice
 * has several values per line, nearly all of them valid.
 */
class ElementValue implements Value {
  readonly text: string;

  constructor(private readonly element: XmlElement) {
    this.text = stringValue(element);
  }

  get place(): Place {
    return { node: this.element };
  }
}

export function valueOfElement(element: XmlElement): Value {
  return new ElementValue(element);
}

export function optionalValue(element: XmlElement | undefined): Value | undefined {
  return element === undefined ? undefined : valueOfElement(element);
}

export function valueAt(from: XmlElement | undefined, path: string): Value | undefined {
  const element = first(from, path);
  return element === undefined ? undefined : valueOfElement(element);
}

export function valuesAt(from: XmlElement | undefined, path: string): readonly Value[] {
  const steps = stepsOf(path);
  const [step] = steps;
  // One step: the values are made from the children directly, without a list of them first.
  if (steps.length === 1 && step !== undefined)
    return mapChildren(from, step.namespace, step.localName, valueOfElement);
  const found = all(from, path);
  return found.length === 0 ? NOTHING : found.map(valueOfElement);
}

export function schemedOf(element: XmlElement, schemeAttribute = 'schemeID'): SchemedValue {
  return {
    text: stringValue(element),
    place: { node: element },
    scheme: attribute(element, schemeAttribute),
  };
}

export function schemedAt(from: XmlElement | undefined, path: string): readonly SchemedValue[] {
  const found = all(from, path);
  return found.length === 0 ? NOTHING : found.map((element) => schemedOf(element));
}

/** The first child of `element` with this name. */
export function firstChild(
  element: XmlElement | undefined,
  namespace: string,
  localName: string,
): XmlElement | undefined {
  if (element === undefined) return undefined;
  const { children } = element;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as XmlElement;
    if (child.localName === localName && child.namespace === namespace) return child;
  }
  return undefined;
}

/**
 * The index of the first child of `element` at or after `from` with this name, or -1: a way to
 * walk the children of one name without collecting them in a list.
 */
export function nextChild(
  element: XmlElement,
  from: number,
  namespace: string,
  localName: string,
): number {
  const { children } = element;
  for (let i = from; i < children.length; i++) {
    const child = children[i] as XmlElement;
    if (child.localName === localName && child.namespace === namespace) return i;
  }
  return -1;
}

/** `read` of each child of `element` with this name, in document order (none: a shared list). */
export function mapChildren<T>(
  element: XmlElement | undefined,
  namespace: string,
  localName: string,
  read: (child: XmlElement) => T,
): readonly T[] {
  if (element === undefined) return NOTHING;
  let found: T[] | undefined;
  for (let i = nextChild(element, 0, namespace, localName); i !== -1; ) {
    const value = read(element.children[i] as XmlElement);
    if (found === undefined) found = [value];
    else found.push(value);
    i = nextChild(element, i + 1, namespace, localName);
  }
  return found ?? NOTHING;
}

/** How many children of `element` have this name. */
export function countChildren(element: XmlElement, namespace: string, localName: string): number {
  let count = 0;
  for (let i = nextChild(element, 0, namespace, localName); i !== -1; ) {
    count++;
    i = nextChild(element, i + 1, namespace, localName);
  }
  return count;
}

/** The children of `element` with this name, in document order (none: a shared empty list). */
export function childrenOf(
  element: XmlElement | undefined,
  namespace: string,
  localName: string,
): readonly XmlElement[] {
  return element === undefined ? NONE : childrenNamed(element, namespace, localName);
}
