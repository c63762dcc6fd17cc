/**
 * The automaton of the compiled paths (forbidden-paths.ts) made deterministic as documents need
 * it: a scan state stands for the set of path states an element is in, and caches its transitions,
 * so that the walk spends a lookup or two per element and allocates nothing.
 *
 * The cache is bounded whatever the documents. Scan states are shared by their set of path states,
 * and the paths, a few steps deep, allow only finitely many sets (932 with our tables) and
 * transitions between them (about 15,000). A name no path goes on with leads to `anywhere` alone;
 * a document can invent any number of those, so they are cached up to a fixed budget only.
 */
import type { XmlAttribute, XmlElement } from '../../../xml';
import type { CompiledPaths, PathHits, PathState } from './forbidden-paths';

export interface ScanState {
  /**
   * The path states of an element in this state, in the order the rules are recorded: `anywhere`
   * first, then those reached from each of the parent's path states in turn (`fromRoot` last, for
   * the root element).
   */
  readonly paths: readonly PathState[];
  /** Rules broken by an element in this state, path state by path state. */
  readonly elementRules: readonly string[];
  /** Rules broken by an attribute (in no namespace) of such an element, by local name. */
  readonly attributeRules: ReadonlyMap<string, readonly string[]>;
  /** States of the children met so far, by namespace then local name. */
  readonly next: Map<string, Map<string, ScanState>>;
}

const DEAD_END_BUDGET = 4096;

export class PathScanner {
  /** Every scan state built so far, by the ranks of its path states. */
  private readonly states = new Map<string, ScanState>();
  /** The state of an element no path reaches, and of the document node. */
  private readonly anywhereOnly: ScanState;
  /**
   * How many more transitions to `anywhere` alone may be cached: the 19 official UBL examples
   * together need 135, while a document inventing names would add its every name. Once spent, a
   * dead end is found again each time (a lookup per path state, no allocation).
   */
  private deadEndsLeft: number;
  /** The root element's state, by the state its name reaches from the document node. */
  private readonly roots = new Map<ScanState, ScanState>();

  constructor(
    private readonly compiled: CompiledPaths,
    deadEndBudget = DEAD_END_BUDGET,
  ) {
    this.deadEndsLeft = deadEndBudget;
    this.anywhereOnly = this.stateOf([compiled.anywhere]);
  }

  /** How many scan states the documents have needed so far. */
  get size(): number {
    return this.states.size;
  }

  /** The root element's state: `//` paths reach it as a child of the document node. */
  rootState(root: XmlElement): ScanState {
    const fromDocument = this.childState(this.anywhereOnly, root);
    let state = this.roots.get(fromDocument);
    if (state === undefined) {
      state = this.stateOf([...fromDocument.paths, this.compiled.fromRoot]);
      this.roots.set(fromDocument, state);
    }
    return state;
  }

  /** The state of `element`, a child of an element in state `parent`. */
  childState(parent: ScanState, element: XmlElement): ScanState {
    const { localName, namespace } = element;
    const cached = parent.next.get(namespace)?.get(localName);
    if (cached !== undefined) return cached;
    const state = this.follow(parent, localName, namespace) ?? this.anywhereOnly;
    if (state === this.anywhereOnly) {
      if (this.deadEndsLeft === 0) return state;
      this.deadEndsLeft--;
    }
    let byLocalName = parent.next.get(namespace);
    if (byLocalName === undefined) {
      byLocalName = new Map();
      parent.next.set(namespace, byLocalName);
    }
    byLocalName.set(localName, state);
    return state;
  }

  /**
   * The state a child of this name takes, `undefined` when no path goes on with the name: the
   * common case, found without allocating.
   */
  private follow(parent: ScanState, localName: string, namespace: string): ScanState | undefined {
    let paths: PathState[] | undefined;
    for (let p = 0; p < parent.paths.length; p++) {
      const reached = (parent.paths[p] as PathState).next.get(localName)?.get(namespace);
      if (reached === undefined) continue;
      paths ??= [this.compiled.anywhere];
      paths.push(reached);
    }
    return paths === undefined ? undefined : this.stateOf(paths);
  }

  private stateOf(paths: PathState[]): ScanState {
    const key = paths.map((state) => state.rank).join(' ');
    let state = this.states.get(key);
    if (state === undefined) {
      state = {
        paths,
        // `anywhere` and `fromRoot` end no path (an empty path does not compile): the rules are
        // those of the path states the element reached.
        elementRules: paths.flatMap((path) => path.elementRules),
        attributeRules: attributeRulesOf(paths),
        next: new Map(),
      };
      this.states.set(key, state);
    }
    return state;
  }
}

/**
 * The attribute rules of the path states, merged in their order. Most sets have those of
 * `anywhere` only: they share its table rather than each holding a copy.
 */
function attributeRulesOf(paths: readonly PathState[]): ReadonlyMap<string, readonly string[]> {
  const withRules = paths.filter((path) => path.attributeRules.size > 0);
  if (withRules.length === 1) return (withRules[0] as PathState).attributeRules;
  const merged = new Map<string, string[]>();
  for (const path of withRules) {
    for (const [name, ids] of path.attributeRules) {
      merged.set(name, [...(merged.get(name) ?? []), ...ids]);
    }
  }
  return merged;
}

/** Records the rules `element` and its attributes break, given the element's state. */
export function recordHits(element: XmlElement, state: ScanState, hits: PathHits): void {
  // Indexed loops: this runs for every element of every document.
  const elementRules = state.elementRules;
  for (let r = 0; r < elementRules.length; r++) addHit(hits, elementRules[r] as string, element);
  const attributes = element.attributes;
  for (let a = 0; a < attributes.length; a++) {
    const attribute = attributes[a] as XmlAttribute;
    if (attribute.namespace !== '') continue;
    const ids = state.attributeRules.get(attribute.localName);
    if (ids === undefined) continue;
    for (let r = 0; r < ids.length; r++) addHit(hits, ids[r] as string, attribute);
  }
}

function addHit(hits: PathHits, id: string, node: XmlElement | XmlAttribute): void {
  const list = hits.get(id);
  if (list === undefined) hits.set(id, [node]);
  else list.push(node);
}
