/**
 * A fast evaluator for the paths of the CII binding (binding.ts). The paths are written in the
 * language of shared/xml/select.ts and mean the same there (a test checks it on every fixture), but
 * the binding uses only a small part of it, which is evaluated here without the intermediate arrays
 * and document-order sorting that the general `select` needs: a 1,000-line invoice runs some
 * 50,000 of these paths.
 *
 *   Path       ::= Step ('/' Step)* ('/' '@' Name)?
 *   Step       ::= '.' | '..' | Prefix ':' LocalName Predicate?
 *   Predicate  ::= '[' '@' Name '=' Literal ']' | '[' Prefix ':' LocalName '=' Literal ']'
 *
 * Results come in document order: each step keeps the order of the children it walks, and the only
 * step that goes up (`..`) is used where it leads back to a single element.
 */
import { textOf, type XmlAttribute, type XmlElement } from '../../xml';
import { namespaceOfPrefix } from '../namespaces';

interface Name {
  readonly namespace: string;
  readonly localName: string;
}

type Step =
  | { readonly axis: 'self' }
  | { readonly axis: 'parent' }
  | {
      readonly axis: 'child';
      readonly name: Name;
      /** `[@name='v']`: an attribute of the child; `[p:Name='v']`: a grandchild's trimmed text. */
      readonly predicate?: {
        readonly on: 'attribute' | 'child';
        readonly name: Name;
        readonly literal: string;
      };
    };

type ChildStep = Extract<Step, { axis: 'child' }>;

export interface BindingPath {
  readonly text: string;
  readonly steps: readonly Step[];
  /** The attribute the path ends with, if it reads one. */
  readonly attribute?: Name;
}

const compiled = new Map<string, BindingPath>();

export function bindingPath(text: string): BindingPath {
  let path = compiled.get(text);
  if (path === undefined) {
    path = compile(text);
    compiled.set(text, path);
  }
  return path;
}

const STEP = /^([a-z]+):([A-Za-z]+)(?:\[(@)?(?:([a-z]+):)?([A-Za-z]+)='([^']*)'\])?$/;
const ATTRIBUTE = /^@([A-Za-z]+)$/;

function compile(text: string): BindingPath {
  const fail = (why: string): never => {
    throw new Error(`Invalid CII binding path "${text}": ${why}.`);
  };
  const parts = text.split('/');
  const last = parts.at(-1) ?? '';
  const attributeMatch = ATTRIBUTE.exec(last);
  const stepParts = attributeMatch ? parts.slice(0, -1) : parts;
  const steps = stepParts.map((part): Step => {
    if (part === '.') return { axis: 'self' };
    if (part === '..') return { axis: 'parent' };
    if (part.startsWith('@')) fail('an attribute ends the path');
    const match = STEP.exec(part) ?? fail(`"${part}" is not a step`);
    const [, prefix, localName, at, predicatePrefix, predicateName, literal] = match;
    const name = { namespace: namespaceOf(prefix as string, fail), localName: localName as string };
    if (predicateName === undefined) return { axis: 'child', name };
    const onAttribute = at === '@';
    if (onAttribute === (predicatePrefix !== undefined)) fail(`predicate of "${part}"`);
    return {
      axis: 'child',
      name,
      predicate: {
        on: onAttribute ? 'attribute' : 'child',
        name: {
          namespace: onAttribute ? '' : namespaceOf(predicatePrefix as string, fail),
          localName: predicateName,
        },
        literal: literal as string,
      },
    };
  });
  if (!attributeMatch) return { text, steps };
  return { text, steps, attribute: { namespace: '', localName: attributeMatch[1] as string } };
}

function namespaceOf(prefix: string, fail: (why: string) => never): string {
  return namespaceOfPrefix(prefix) ?? fail(`unknown prefix "${prefix}"`);
}

function named(node: { namespace: string; localName: string }, name: Name): boolean {
  return node.localName === name.localName && node.namespace === name.namespace;
}

function passes(element: XmlElement, step: ChildStep): boolean {
  const { predicate } = step;
  if (predicate === undefined) return true;
  if (predicate.on === 'attribute') {
    const { attributes } = element;
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i] as XmlAttribute;
      if (named(a, predicate.name) && a.value === predicate.literal) return true;
    }
    return false;
  }
  const { children } = element;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as XmlElement;
    if (named(c, predicate.name) && textOf(c) === predicate.literal) return true;
  }
  return false;
}

function walk(element: XmlElement, steps: readonly Step[], index: number): void {
  const step = steps[index];
  if (step === undefined) {
    gathered.add(element);
    return;
  }
  switch (step.axis) {
    case 'self':
      walk(element, steps, index + 1);
      return;
    case 'parent':
      if (element.parent !== undefined) walk(element.parent, steps, index + 1);
      return;
    case 'child': {
      // Indexed: in these recursive walks a for…of over the children costs as much as the rest.
      const { children } = element;
      for (let i = 0; i < children.length; i++) {
        const c = children[i] as XmlElement;
        if (named(c, step.name) && passes(c, step)) walk(c, steps, index + 1);
      }
    }
  }
}

/**
 * The first element, in document order, the steps reach from `element` that has the attribute
 * (when one is named) and that `accept`s (with `acceptWith`, so that no closure is made per
 * lookup).
 */
function walkFirst<C>(
  element: XmlElement,
  steps: readonly Step[],
  index: number,
  attribute: Name | undefined,
  accept: Acceptor<C> | undefined,
  acceptWith: C,
): XmlElement | undefined {
  const step = steps[index];
  if (step === undefined) {
    if (attribute !== undefined && attributeOf(element, attribute) === undefined) return undefined;
    return accept === undefined || accept(element, acceptWith) ? element : undefined;
  }
  switch (step.axis) {
    case 'self':
      return walkFirst(element, steps, index + 1, attribute, accept, acceptWith);
    case 'parent':
      return (
        element.parent && walkFirst(element.parent, steps, index + 1, attribute, accept, acceptWith)
      );
    case 'child': {
      const { children } = element;
      for (let i = 0; i < children.length; i++) {
        const c = children[i] as XmlElement;
        if (!named(c, step.name) || !passes(c, step)) continue;
        const found = walkFirst(c, steps, index + 1, attribute, accept, acceptWith);
        if (found !== undefined) return found;
      }
      return undefined;
    }
  }
}

function attributeOf(element: XmlElement, name: Name): XmlAttribute | undefined {
  const { attributes } = element;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i] as XmlAttribute;
    if (named(a, name)) return a;
  }
  return undefined;
}

/** A test on the element a node belongs to, with what it needs besides the element. */
export type Acceptor<C> = (element: XmlElement, acceptWith: C) => boolean;

/**
 * The first node a path reaches whose element `accept`s, without collecting the others: most
 * terms are 0..1 and take the first match.
 */
export function firstNodeAt<C>(
  context: XmlElement,
  path: BindingPath,
  accept: Acceptor<C> | undefined,
  acceptWith: C,
): XmlElement | XmlAttribute | undefined {
  const { attribute } = path;
  const element = walkFirst(context, path.steps, 0, attribute, accept, acceptWith);
  return attribute === undefined ? element : element && attributeOf(element, attribute);
}

/** The first element the steps of a path reach, whatever attribute it ends with: `elementsAt(…)[0]`. */
export function firstElementAt(context: XmlElement, path: BindingPath): XmlElement | undefined {
  return walkFirst(context, path.steps, 0, undefined, undefined, undefined);
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Gathers the matches of one path before they are copied into a list of their exact size (or
 * none: most paths of most lines match nothing). A holder rather than a bare array: setting an
 * array's length to 0 drops its storage, and every walk that found something allocated anew.
 * Its slots are emptied after each use, so that it holds no tree.
 */
class Gathered {
  private readonly elements: (XmlElement | undefined)[] = [];
  private count = 0;

  /** Starts a gathering, whatever an interrupted one left. */
  reset(): void {
    this.release(0);
  }

  add(element: XmlElement): void {
    this.elements[this.count++] = element;
  }

  /** What was gathered, in a list of its own; the holder is emptied. */
  take(): readonly XmlElement[] {
    const { count } = this;
    if (count === 0) return NONE;
    const taken = this.elements.slice(0, count) as XmlElement[];
    this.release(count);
    return taken;
  }

  private release(count: number): void {
    for (let i = 0; i < count; i++) this.elements[i] = undefined;
    this.count = 0;
  }
}

const gathered = new Gathered();

/** The elements a path reaches from `context`, in document order (its final attribute ignored). */
export function elementsAt(context: XmlElement, path: BindingPath): readonly XmlElement[] {
  gathered.reset();
  walk(context, path.steps, 0);
  return gathered.take();
}

/** The nodes a path reaches: elements, or the attributes it ends with. */
export function nodesAt(
  context: XmlElement,
  path: BindingPath,
): readonly (XmlElement | XmlAttribute)[] {
  return withAttribute(elementsAt(context, path), path.attribute);
}

/** The elements, or their attribute `attribute` when the path ends with one. */
function withAttribute(
  elements: readonly XmlElement[],
  attribute: Name | undefined,
): readonly (XmlElement | XmlAttribute)[] {
  if (attribute === undefined || elements.length === 0) return elements;
  let out: XmlAttribute[] | undefined;
  for (let i = 0; i < elements.length; i++) {
    const found = attributeOf(elements[i] as XmlElement, attribute);
    if (found === undefined) continue;
    if (out === undefined) out = [found];
    else out.push(found);
  }
  return out ?? NONE;
}

/** The value at a path: an element's trimmed text or an attribute's value; undefined if none. */
export function valueAtPath(context: XmlElement, path: BindingPath): string | undefined {
  const node = firstNodeAt(context, path, undefined, undefined);
  if (node === undefined) return undefined;
  return node.kind === 'attribute' ? node.value : textOf(node);
}

/**
 * The children of one context element that the first steps of a set of paths name, found in one
 * pass over its children: then a path whose first child is absent matches nothing at once, and
 * one whose first child is the only one of its name goes on from it, instead of every path
 * scanning the children again (each line of an invoice has some thirty entries to read, most of
 * them absent). The lookups give what `firstNodeAt`, `firstElementAt` and `nodesAt` give.
 *
 * One instance serves one set of paths (a group's entries): `scan` a context, look up, `clear`.
 */
export class FirstSteps {
  /** Slot of each distinct first step, by local name then namespace. */
  private readonly slots = new Map<string, readonly { namespace: string; slot: number }[]>();
  /** After `scan`: by slot, the first child the step names and how many it names. */
  private readonly firsts: (XmlElement | undefined)[] = [];
  private readonly counts: number[] = [];

  /** The slot of the path's first step, or -1 when it is not a child step (`.`, `..`). */
  add(path: BindingPath): number {
    const step = path.steps[0];
    if (step?.axis !== 'child') return -1;
    const { namespace, localName } = step.name;
    const known = this.slots.get(localName) ?? [];
    const same = known.find((entry) => entry.namespace === namespace);
    if (same !== undefined) return same.slot;
    const slot = this.firsts.length;
    this.firsts.push(undefined);
    this.counts.push(0);
    this.slots.set(localName, [...known, { namespace, slot }]);
    return slot;
  }

  scan(context: XmlElement): void {
    // Counted from zero whatever the last reading left (`clear` is for the memory).
    this.counts.fill(0);
    const { children } = context;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as XmlElement;
      const entries = this.slots.get(child.localName);
      if (entries === undefined) continue;
      for (let e = 0; e < entries.length; e++) {
        const { namespace, slot } = entries[e] as { namespace: string; slot: number };
        if (namespace !== child.namespace) continue;
        const count = this.counts[slot] as number;
        if (count === 0) this.firsts[slot] = child;
        this.counts[slot] = count + 1;
      }
    }
  }

  /** Forgets the scanned children, so that the compiled binding holds no document. */
  clear(): void {
    for (let slot = 0; slot < this.firsts.length; slot++) {
      this.firsts[slot] = undefined;
      this.counts[slot] = 0;
    }
  }

  /**
   * The only child the path's first step can go through (`null` when the path must be walked in
   * full: several children of that name, or a first step that is not a child step), or
   * `undefined` when the path matches nothing.
   */
  private start(path: BindingPath, slot: number): XmlElement | null | undefined {
    if (slot === -1 || (this.counts[slot] as number) > 1) return null;
    const child = this.firsts[slot];
    return child !== undefined && passes(child, path.steps[0] as ChildStep) ? child : undefined;
  }

  firstNodeAt<C>(
    context: XmlElement,
    path: BindingPath,
    slot: number,
    accept: Acceptor<C> | undefined,
    acceptWith: C,
  ): XmlElement | XmlAttribute | undefined {
    const child = this.start(path, slot);
    if (child === null) return firstNodeAt(context, path, accept, acceptWith);
    if (child === undefined) return undefined;
    const { attribute } = path;
    const element = walkFirst(child, path.steps, 1, attribute, accept, acceptWith);
    return attribute === undefined ? element : element && attributeOf(element, attribute);
  }

  firstElementAt(context: XmlElement, path: BindingPath, slot: number): XmlElement | undefined {
    const child = this.start(path, slot);
    if (child === null) return firstElementAt(context, path);
    if (child === undefined) return undefined;
    return walkFirst(child, path.steps, 1, undefined, undefined, undefined);
  }

  nodesAt(
    context: XmlElement,
    path: BindingPath,
    slot: number,
  ): readonly (XmlElement | XmlAttribute)[] {
    const child = this.start(path, slot);
    if (child === null) return nodesAt(context, path);
    if (child === undefined) return NONE;
    gathered.reset();
    walk(child, path.steps, 1);
    return withAttribute(gathered.take(), path.attribute);
  }
}
