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
 *
 * The paths compile into a tree of path states (a nondeterministic automaton: an element is in
 * several at once, `anywhere` always among them). The walk uses scan states instead
 * (path-scanner.ts), each standing for one such set, so that it allocates nothing per element.
 */
import { namespaceOfPrefix } from '../../../syntax/namespaces';
import type { XmlAttribute, XmlElement } from '../../../xml';

/** A state of the automaton: the paths that have matched the steps leading here. */
export interface PathState {
  /** Rank among the states of the automaton, to name a set of states. */
  readonly rank: number;
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
}

/** Nodes reached by each rule's path, in document order. */
export type PathHits = Map<string, (XmlElement | XmlAttribute)[]>;

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

function addId<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}

/** Compiles `[rule id, path]` pairs; a path outside the subset above throws (a bug in our tables). */
export function compilePaths(entries: readonly (readonly [string, string])[]): CompiledPaths {
  let states = 0;
  const newState = (): PathState => ({
    rank: states++,
    next: new Map(),
    elementRules: [],
    attributeRules: new Map(),
  });
  const nextState = (state: PathState, name: ElementName): PathState => {
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
  };

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
    let reached = [deep ? anywhere : fromRoot];
    for (const step of steps) {
      const names = stepNames(step, path);
      reached = reached.flatMap((state) => names.map((name) => nextState(state, name)));
    }
    for (const state of reached) {
      if (attribute !== undefined) addId(state.attributeRules, attribute, id);
      else if (steps.length > 0) state.elementRules.push(id);
      else throw new Error(`Empty path for ${id}.`);
    }
  }
  return { fromRoot, anywhere };
}
