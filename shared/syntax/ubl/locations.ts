/**
 * Source locations of the elements a reading touches. The XPaths are those of `xpathOf`
 * (shared/xml/xpath.ts: conventional prefixes, `[n]` only among same-named siblings), built here
 * from the parent's path and the element's own step, each worked out once: `xpathOf` counts the
 * siblings of every step again for each element, which on a 1,000-line invoice means scanning the
 * 1,000 lines for each term of each line.
 */
import type { SourceLocation } from '../../rules/finding';
import type { XmlElement } from '../../xml/tree';
import { conventionalPrefix } from '../namespaces';

/** Up to this many children, siblings are counted pairwise. */
const SMALL = 24;

export class ElementLocations {
  // Indexed by the element's rank in document order (`order`): arrays, not maps keyed by objects.
  private readonly locations: (SourceLocation | undefined)[] = [];
  private readonly paths: (string | undefined)[] = [];
  private readonly steps: (string | undefined)[] = [];

  /** One location object per element, shared by every pointer that names it. */
  of(element: XmlElement): SourceLocation {
    let location = this.locations[element.order];
    if (location === undefined) {
      location = { xpath: this.xpath(element), line: element.line, column: element.column };
      this.locations[element.order] = location;
    }
    return location;
  }

  xpath(element: XmlElement): string {
    let path = this.paths[element.order];
    if (path === undefined) {
      const { parent } = element;
      path =
        parent === undefined
          ? `/${nameOf(element)}`
          : `${this.xpath(parent)}/${this.stepOf(element, parent)}`;
      this.paths[element.order] = path;
    }
    return path;
  }

  private stepOf(element: XmlElement, parent: XmlElement): string {
    let step = this.steps[element.order];
    if (step === undefined) {
      this.nameChildren(parent);
      step = this.steps[element.order] as string;
    }
    return step;
  }

  /** Steps of all the children of `parent` in one pass: `[n]` only where a name repeats. */
  private nameChildren(parent: XmlElement): void {
    const { children } = parent;
    if (children.length <= SMALL) {
      // A line or a party: a few children, compared pairwise without building any map.
      for (const c of children) {
        let count = 0;
        let position = 0;
        for (const other of children) {
          if (other.localName !== c.localName || other.namespace !== c.namespace) continue;
          count++;
          if (other === c) position = count;
        }
        this.steps[c.order] = count === 1 ? nameOf(c) : `${nameOf(c)}[${position}]`;
      }
      return;
    }
    // The document element of a long invoice: grouped by local name, the parser's own strings as
    // keys, so that no new string is hashed per child.
    const byName = new Map<string, XmlElement[]>();
    for (const c of children) {
      const same = byName.get(c.localName);
      if (same === undefined) byName.set(c.localName, [c]);
      else same.push(c);
    }
    for (const same of byName.values()) {
      const namespace = (same[0] as XmlElement).namespace;
      if (same.every((c) => c.namespace === namespace)) this.number(same);
      else this.numberByNamespace(same);
    }
  }

  /** Same local name in several namespaces (rare): positions count within each namespace. */
  private numberByNamespace(sameName: readonly XmlElement[]): void {
    const byNamespace = new Map<string, XmlElement[]>();
    for (const c of sameName) {
      const same = byNamespace.get(c.namespace);
      if (same === undefined) byNamespace.set(c.namespace, [c]);
      else same.push(c);
    }
    for (const same of byNamespace.values()) this.number(same);
  }

  /** Siblings of one name: the name alone if it is unique, else with each one's position. */
  private number(same: readonly XmlElement[]): void {
    const name = nameOf(same[0] as XmlElement);
    if (same.length === 1) {
      this.steps[(same[0] as XmlElement).order] = name;
      return;
    }
    for (const [index, c] of same.entries()) this.steps[c.order] = `${name}[${index + 1}]`;
  }
}

function nameOf(element: XmlElement): string {
  if (element.namespace === '') return element.localName;
  const prefix = conventionalPrefix(element.namespace);
  return prefix === undefined ? `*:${element.localName}` : `${prefix}:${element.localName}`;
}
