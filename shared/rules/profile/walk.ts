/**
 * `//ram:<name>` for the profile rules: one walk of the document builds an index of its `ram`
 * elements by local name (document order), kept per tree, so that the many rules whose context
 * starts with `//` do not walk the tree again each.
 */
import { NS } from '../../syntax/namespaces';
import type { XmlElement } from '../../xml';

const RAM = NS.ram;
const NOTHING: readonly XmlElement[] = Object.freeze([]);
const indexes = new WeakMap<XmlElement, ReadonlyMap<string, readonly XmlElement[]>>();

function indexOf(root: XmlElement): ReadonlyMap<string, readonly XmlElement[]> {
  let index = indexes.get(root);
  if (index !== undefined) return index;
  const byName = new Map<string, XmlElement[]>();
  const pending: XmlElement[] = [root];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.namespace === RAM) {
      const list = byName.get(next.localName);
      if (list === undefined) byName.set(next.localName, [next]);
      else list.push(next);
    }
    const children = next.children;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as XmlElement);
  }
  index = byName;
  indexes.set(root, index);
  return index;
}

/** Every `ram:<local>` element of the document `root` belongs to, in document order. */
export function descendantsNamed(root: XmlElement, local: string): readonly XmlElement[] {
  return indexOf(root).get(local) ?? NOTHING;
}
