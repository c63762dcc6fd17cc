import type { XmlAttribute, XmlElement } from '../../../xml';
import { nameTest } from './names';

type Node = XmlElement | XmlAttribute;

interface TrieNode {
  readonly namespace: string;
  /** Slot of the path ending here, or -1. */
  slot: number;
  /**
   * Child element steps by local name; a node of the same local name in another namespace is
   * chained through `sibling` (rare: one map lookup per child is the common cost).
   */
  readonly children: Map<string, TrieNode>;
  sibling: TrieNode | undefined;
  /** Final attribute steps (attributes of the table are unprefixed): local name → slot. */
  readonly attributes: Map<string, number>;
}

/** What one path reached from one context node: how many nodes, and the first two. */
export interface PathHits {
  count: number;
  first: Node | undefined;
  second: Node | undefined;
}

/**
 * The relative paths of one rule's assertions, merged into a trie keyed by element names, so that
 * every path is evaluated in a single descent from the context node that only enters the children
 * some path names.
 */
export class PathSet {
  private readonly root: TrieNode = emptyNode('');
  private readonly slots = new Map<string, number>();

  /** Slot of a path (`ram:A/ram:B`, `ram:A/@x`, `@x`), added on first use. */
  add(path: string): number {
    const known = this.slots.get(path);
    if (known !== undefined) return known;
    const slot = this.slots.size;
    this.slots.set(path, slot);
    const steps = path.split('/');
    let node = this.root;
    steps.forEach((step, i) => {
      if (step.startsWith('@')) {
        if (i !== steps.length - 1) throw new Error(`"${path}": an attribute ends a path.`);
        node.attributes.set(step.slice(1), slot);
        return;
      }
      const test = nameTest(step);
      if (test.namespace === undefined || test.localName === undefined) {
        throw new Error(`"${path}": wildcards are not expected in assertion paths.`);
      }
      const first = node.children.get(test.localName);
      let next = first;
      while (next !== undefined && next.namespace !== test.namespace) next = next.sibling;
      if (next === undefined) {
        next = emptyNode(test.namespace);
        next.sibling = first;
        node.children.set(test.localName, next);
      }
      node = next;
    });
    if (!steps.at(-1)?.startsWith('@')) node.slot = slot;
    return slot;
  }

  get size(): number {
    return this.slots.size;
  }

  /**
   * Evaluates every path from `context`: hits by slot (a slot no path reached has none, or a hit
   * of count 0) and the slots reached, or `undefined` when no path reached anything, the common
   * case for the forbidden elements. Valid until the next call on this set.
   */
  evaluate(context: XmlElement): PathResult | undefined {
    const { hits, touched } = this.collector;
    for (let slot = touched.pop(); slot !== undefined; slot = touched.pop()) {
      const hit = hits[slot] as PathHits;
      hit.count = 0;
      hit.first = undefined;
      hit.second = undefined;
    }
    descend(context, this.root, this.collector);
    return touched.length === 0 ? undefined : this.collector;
  }

  /**
   * Reused from one call to the next (evaluation is synchronous, and the caller is done with the
   * hits before it evaluates another node): a rule is evaluated on every element of its context,
   * and a new array of hits each time was most of the table's allocations.
   */
  private readonly collector: Collector = { hits: [], touched: [] };
}

/** What the paths of a set reached from one context node. */
export interface PathResult {
  /** By slot; a slot not reached holds nothing or a hit of count 0. */
  readonly hits: readonly (PathHits | undefined)[];
  /** The slots reached, each once. */
  readonly touched: readonly number[];
}

interface Collector extends PathResult {
  readonly hits: (PathHits | undefined)[];
  /** Also the slots to reset before the next evaluation. */
  readonly touched: number[];
}

function emptyNode(namespace: string): TrieNode {
  return { namespace, slot: -1, children: new Map(), attributes: new Map(), sibling: undefined };
}

function record(collector: Collector, slot: number, node: Node): void {
  let hit = collector.hits[slot];
  if (hit === undefined) {
    hit = { count: 0, first: undefined, second: undefined };
    collector.hits[slot] = hit;
  }
  if (hit.count === 0) {
    hit.first = node;
    collector.touched.push(slot);
  } else {
    hit.second ??= node;
  }
  hit.count++;
}

function descend(element: XmlElement, trie: TrieNode, collector: Collector): void {
  // Indexed loops: this recursion runs for every child of every context node.
  if (trie.attributes.size > 0) {
    const { attributes } = element;
    for (let i = 0; i < attributes.length; i++) {
      const attribute = attributes[i] as XmlAttribute;
      if (attribute.namespace !== '') continue;
      const slot = trie.attributes.get(attribute.localName);
      if (slot !== undefined) record(collector, slot, attribute);
    }
  }
  if (trie.children.size === 0) return;
  const { children } = element;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as XmlElement;
    let next = trie.children.get(child.localName);
    while (next !== undefined && next.namespace !== child.namespace) next = next.sibling;
    if (next === undefined) continue;
    if (next.slot !== -1) record(collector, next.slot, child);
    descend(child, next, collector);
  }
}
