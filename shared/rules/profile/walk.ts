/**
 * `//ram:<name>` for the profile rules: one walk of the document builds an index of its `ram` and
 * `udt` elements by local name (document order) and the list of its leaf elements, kept per tree,
 * so that the many rules whose context starts with `//` do not walk the tree again each.
 */
import { NS } from '../../syntax/namespaces';
import type { XmlElement } from '../../xml';

const RAM = NS.ram;
const UDT = NS.udt;
// Read-only by its type, not frozen: V8 iterates a frozen array through the generic iterator
// protocol, slowing every `for…of` over a result that may be this one.
const NOTHING: readonly XmlElement[] = [];

interface DocumentIndex {
  readonly ram: ReadonlyMap<string, readonly XmlElement[]>;
  readonly udt: ReadonlyMap<string, readonly XmlElement[]>;
  /** Elements without child elements, document order. */
  readonly leaves: readonly XmlElement[];
}

const indexes = new WeakMap<XmlElement, DocumentIndex>();

function indexOf(root: XmlElement): DocumentIndex {
  const known = indexes.get(root);
  if (known !== undefined) return known;
  const ram = new Map<string, XmlElement[]>();
  const udt = new Map<string, XmlElement[]>();
  const leaves: XmlElement[] = [];
  const pending: XmlElement[] = [root];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const byName = next.namespace === RAM ? ram : next.namespace === UDT ? udt : undefined;
    if (byName !== undefined) {
      const list = byName.get(next.localName);
      if (list === undefined) byName.set(next.localName, [next]);
      else list.push(next);
    }
    const children = next.children;
    if (children.length === 0) leaves.push(next);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as XmlElement);
  }
  const index = { ram, udt, leaves };
  indexes.set(root, index);
  return index;
}

/** Every `ram:<local>` element of the document `root` belongs to, in document order. */
export function descendantsNamed(root: XmlElement, local: string): readonly XmlElement[] {
  return indexOf(root).ram.get(local) ?? NOTHING;
}

/** Every `udt:<local>` element of the document, in document order. */
export function udtDescendantsNamed(root: XmlElement, local: string): readonly XmlElement[] {
  return indexOf(root).udt.get(local) ?? NOTHING;
}

/** Every element of the document without child elements, in document order. */
export function leavesOf(root: XmlElement): readonly XmlElement[] {
  return indexOf(root).leaves;
}
