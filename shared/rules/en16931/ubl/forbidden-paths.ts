/**
 * The "must not be present" paths of the UBL syntax binding, compiled into one automaton so that a
 * single walk of the document finds the nodes of every rule at once, instead of one path search
 * per rule (there are about 700 of them).
 *
 * Paths are the schematron's own XPaths, relative to the root element, in this subset:
 *
 *   Path  ::= '//'? Step ('/' Step)* ('/' '@' Name)?  |  '//' '@' Name
 *   Step  ::= QName | '(' QName ('|' QName)+ ')'
 *
 * `//` is XPath's descendant-or-self: `//cac:X` is every `cac:X` of the document, the root
 * included, and `//@a` every attribute `a` (in no namespace) of any element.
 */
import { namespaceOfPrefix } from '../../../syntax/namespaces';
import type { XmlAttribute, XmlElement } from '../../../xml';

/** A state of the automaton: the paths that have matched the steps leading here. */
export interface PathState {
  /** Next states by element local name, then namespace URI. */
  readonly next: Map<string, Map<string, PathState>>;
  /** Rules whose path ends with the element that reached this state. */
  readonly elementRules: string[];
  /** Rules whose path ends with an attribute (in no namespace) of that element, by local name. */
  readonly attributeRules: Map<string, string[]>;
}

export interface CompiledPaths {
  /** State of the root element: relative paths start here. */
  readonly fromRoot: PathState;
  /** State every element is in: paths starting with `//`. */
  readonly anywhere: PathState;
  /** `[anywhere]`, the states of an element no path reaches otherwise. */
  readonly anywhereOnly: readonly PathState[];
}

/** Nodes reached by each rule's path, in document order. */
export type PathHits = Map<string, (XmlElement | XmlAttribute)[]>;

function newState(): PathState {
  return { next: new Map(), elementRules: [], attributeRules: new Map() };
}

interface ElementName {
  readonly namespace: string;
  readonly localName: string;
}

const QNAME = /^([A-Za-z]+):([A-Za-z][A-Za-z0-9]*)$/;

function elementName(qname: string, path: string): ElementName {
  const [, prefix, localName] = QNAME.exec(qname) ?? [];
  const namespace = prefix === undefined ? undefined : namespaceOfPrefix(prefix);
  if (namespace === undefined || localName === undefined) {
    throw new Error(`Unknown prefix or malformed name "${qname}" in the path "${path}".`);
  }
  return { namespace, localName };
}

/** Alternatives of one step: `cac:X` or `(cac:X|cac:Y)`. */
function stepNames(step: string, path: string): ElementName[] {
  const union = /^\((.+)\)$/.exec(step);
  const names = union?.[1] ? union[1].split('|') : [step];
  return names.map((name) => elementName(name, path));
}

function nextState(state: PathState, name: ElementName): PathState {
  let byNamespace = state.next.get(name.localName);
  if (byNamespace === undefined) {
    byNamespace = new Map();
    state.next.set(name.localName, byNamespace);
  }
  let found = byNamespace.get(name.namespace);
  if (found === undefined) {
    found = newState();
    byNamespace.set(name.namespace, found);
  }
  return found;
}

function addId<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}

/** Compiles `[rule id, path]` pairs; a path outside the subset above throws (a bug in our tables). */
export function compilePaths(entries: readonly (readonly [string, string])[]): CompiledPaths {
  const fromRoot = newState();
  const anywhere = newState();
  for (const [id, path] of entries) {
    const deep = path.startsWith('//');
    const steps = (deep ? path.slice(2) : path).split('/');
    const last = steps[steps.length - 1];
    const attribute = last?.startsWith('@') ? last.slice(1) : undefined;
    if (attribute !== undefined) steps.pop();
    if (
      steps.some((s) => s === '') ||
      (attribute !== undefined && !/^[A-Za-z]+$/.test(attribute))
    ) {
      throw new Error(`Unsupported path "${path}" for ${id}.`);
    }
    let states = [deep ? anywhere : fromRoot];
    for (const step of steps) {
      const names = stepNames(step, path);
      states = states.flatMap((state) => names.map((name) => nextState(state, name)));
    }
    for (const state of states) {
      if (attribute !== undefined) addId(state.attributeRules, attribute, id);
      else if (steps.length > 0) state.elementRules.push(id);
      else throw new Error(`Empty path for ${id}.`);
    }
  }
  return { fromRoot, anywhere, anywhereOnly: [anywhere] };
}

/**
 * States of `element` given its parent's (the automaton is a tree: no state is reached twice from
 * the same parent state), recording the rules it breaks. `anywhere` is among the states of every
 * element; the caller adds `fromRoot` to those of the root element.
 */
export function enterElement(
  element: XmlElement,
  parentStates: readonly PathState[],
  compiled: CompiledPaths,
  hits: PathHits,
): readonly PathState[] {
  let states: PathState[] | undefined;
  // Indexed loops: this runs for every element of every document.
  for (let i = 0; i < parentStates.length; i++) {
    const reached = (parentStates[i] as PathState).next
      .get(element.localName)
      ?.get(element.namespace);
    if (reached === undefined) continue;
    states ??= [compiled.anywhere];
    states.push(reached);
    for (const id of reached.elementRules) addHit(hits, id, element);
  }
  // Most elements reach no state: they share one array instead of allocating their own.
  return states ?? compiled.anywhereOnly;
}

/** Records the attributes of `element` that break a rule, given the element's states. */
export function checkAttributes(
  element: XmlElement,
  states: readonly PathState[],
  hits: PathHits,
): void {
  const attributes = element.attributes;
  for (let a = 0; a < attributes.length; a++) {
    const attribute = attributes[a] as XmlAttribute;
    if (attribute.namespace !== '') continue;
    for (let s = 0; s < states.length; s++) {
      const ids = (states[s] as PathState).attributeRules.get(attribute.localName);
      if (ids === undefined) continue;
      for (const id of ids) addHit(hits, id, attribute);
    }
  }
}

function addHit(hits: PathHits, id: string, node: XmlElement | XmlAttribute): void {
  const list = hits.get(id);
  if (list === undefined) hits.set(id, [node]);
  else list.push(node);
}
