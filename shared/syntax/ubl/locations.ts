/**
 * Source locations of the elements a reading touches. The XPaths are those of `xpathOf`
 * (shared/xml/xpath.ts: conventional prefixes, `[n]` only among same-named siblings), built here
 * from the parent's path and the element's own step, each worked out once: `xpathOf` counts the
 * siblings of every step again for each element, which on a 1,000-line invoice means scanning the
 * 1,000 lines for each term of each line.
 */
import type { SourceLocation } from '../../rules/finding';
import type { XmlAttribute, XmlElement } from '../../xml/tree';
import { conventionalPrefix } from '../namespaces';

/** The locations of each parsed tree, kept with it (see `locationsOf`). */
const BY_TREE = new WeakMap<XmlElement, ElementLocations>();

/**
 * The shared locations of the tree `element` belongs to: the findings of every rule about one
 * document then count the siblings of each step once, as the readers do.
 */
export function locationsOf(element: XmlElement): ElementLocations {
  let top = element;
  while (top.parent !== undefined) top = top.parent;
  let locations = BY_TREE.get(top);
  if (locations === undefined) {
    locations = new ElementLocations();
    BY_TREE.set(top, locations);
  }
  return locations;
}

/** Up to this many children, siblings are counted pairwise. */
const SMALL = 24;

export class ElementLocations {
  // Keyed by the element's rank in document order (`order`), not by the object. Maps, not arrays:
  // a handful of located elements deep in a long invoice would make arrays as long as the document.
  private readonly locations = new Map<number, SourceLocation>();
  private readonly paths = new Map<number, string>();
  private readonly steps = new Map<number, string>();
  /** The children of each long parent (by its order), by local name then namespace. */
  private readonly siblingGroups = new Map<number, Map<string, Map<string, XmlElement[]>>>();

  /** One location object per element, shared by every pointer that names it. */
  of(element: XmlElement): SourceLocation {
    let location = this.locations.get(element.order);
    if (location === undefined) {
      location = { xpath: this.xpath(element), line: element.line, column: element.column };
      this.locations.set(element.order, location);
    }
    return location;
  }

  xpath(element: XmlElement): string {
    let path = this.paths.get(element.order);
    if (path === undefined) {
      const { parent } = element;
      path =
        parent === undefined
          ? `/${nameOf(element)}`
          : `${this.xpath(parent)}/${this.stepOf(element, parent)}`;
      this.paths.set(element.order, path);
    }
    return path;
  }

  private stepOf(element: XmlElement, parent: XmlElement): string {
    let step = this.steps.get(element.order);
    if (step === undefined) {
      if (parent.children.length <= SMALL) {
        this.nameChildren(parent);
        step = this.steps.get(element.order) as string;
      } else {
        step = this.stepAmongMany(element, parent);
        this.steps.set(element.order, step);
      }
    }
    return step;
  }

  /** Steps of all the children of a small `parent` in one pass: `[n]` only where a name repeats. */
  private nameChildren(parent: XmlElement): void {
    const { children } = parent;
    // A line or a party: a few children, compared pairwise without building any map.
    for (const c of children) {
      let count = 0;
      let position = 0;
      for (const other of children) {
        if (other.localName !== c.localName || other.namespace !== c.namespace) continue;
        count++;
        if (other === c) position = count;
      }
      this.steps.set(c.order, count === 1 ? nameOf(c) : `${nameOf(c)}[${position}]`);
    }
  }

  /**
   * The step of one child of a long list (the document element of a long invoice): its position
   * among the siblings of its name (in its namespace), grouped once per parent. Only the children
   * a finding points to get a step, not the thousand lines around them.
   */
  private stepAmongMany(element: XmlElement, parent: XmlElement): string {
    let groups = this.siblingGroups.get(parent.order);
    if (groups === undefined) {
      // Keyed by the parser's own strings, so that no new string is hashed per child.
      groups = new Map();
      for (const c of parent.children) {
        let byNamespace = groups.get(c.localName);
        if (byNamespace === undefined) {
          byNamespace = new Map();
          groups.set(c.localName, byNamespace);
        }
        const same = byNamespace.get(c.namespace);
        if (same === undefined) byNamespace.set(c.namespace, [c]);
        else same.push(c);
      }
      this.siblingGroups.set(parent.order, groups);
    }
    const same = groups.get(element.localName)?.get(element.namespace) as readonly XmlElement[];
    const name = nameOf(element);
    return same.length === 1 ? name : `${name}[${same.indexOf(element) + 1}]`;
  }
}

/**
 * Lookups a table answers by scanning its entries before it builds its map: a validation asks for
 * the sources of its few findings, not for the 14,000 places of a 1,000-line invoice.
 */
const SCANNED_LOOKUPS = 32;

const CHUNK_BITS = 10;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/**
 * The source map a reader returns (`SourceMap`): a `Map` whose entries are recorded as they are
 * read, as a pointer and an element, and turned into locations only when asked. Building every
 * location, XPath included, and hashing every pointer into the map cost more than the rest of the
 * reading; most are never looked at. A lookup scans the recorded entries until `SCANNED_LOOKUPS`
 * have been made; then, or as soon as the table is iterated or sized, the map is filled, in the
 * order of recording. The values are plain `{ xpath, line, column }` objects, one per element.
 */
export class SourceTable extends Map<string, SourceLocation> {
  // Private fields, not properties: the table compares equal to a `Map` with the same entries.
  readonly #locations: ElementLocations;
  // In chunks of a fixed size: a long invoice records some 15,000 places, and one array grown by
  // `push` would copy itself again and again on the way (several times its final size in all).
  readonly #pointers: string[][] = [];
  readonly #elements: XmlElement[][] = [];
  #count = 0;
  /** Indexes of the pointers of each length: a lookup compares only pointers as long as its own. */
  readonly #byLength: number[][] = [];
  #filled = false;
  #lookups = 0;

  constructor(locations: ElementLocations) {
    super();
    this.#locations = locations;
  }

  /** Records that the model place `at` comes from `element`; a later record of `at` wins. */
  record(at: string, element: XmlElement): void {
    if (this.#filled) super.set(at, this.#locations.of(element));
    else {
      const index = this.#count++;
      const lengthBucket = this.#byLength[at.length];
      if (lengthBucket === undefined) this.#byLength[at.length] = [index];
      else lengthBucket.push(index);
      const slot = index & CHUNK_MASK;
      if (slot === 0) {
        this.#pointers.push(new Array<string>(CHUNK_SIZE));
        this.#elements.push(new Array<XmlElement>(CHUNK_SIZE));
      }
      (this.#pointers[index >> CHUNK_BITS] as string[])[slot] = at;
      (this.#elements[index >> CHUNK_BITS] as XmlElement[])[slot] = element;
    }
  }

  override get(at: string): SourceLocation | undefined {
    if (this.#filled) return super.get(at);
    if (++this.#lookups > SCANNED_LOOKUPS) return this.#fill().get(at);
    const index = this.#lastIndexOf(at);
    return index === -1 ? undefined : this.#locations.of(this.#elementAt(index));
  }

  override has(at: string): boolean {
    if (this.#filled) return super.has(at);
    if (++this.#lookups > SCANNED_LOOKUPS) return this.#fill().has(at);
    return this.#lastIndexOf(at) !== -1;
  }

  #pointerAt(index: number): string {
    return (this.#pointers[index >> CHUNK_BITS] as string[])[index & CHUNK_MASK] as string;
  }

  #elementAt(index: number): XmlElement {
    return (this.#elements[index >> CHUNK_BITS] as XmlElement[])[index & CHUNK_MASK] as XmlElement;
  }

  /** Index of the last record of `at`, or -1. */
  #lastIndexOf(at: string): number {
    const sameLength = this.#byLength[at.length];
    if (sameLength === undefined) return -1;
    for (let i = sameLength.length - 1; i >= 0; i--) {
      const index = sameLength[i] as number;
      if (this.#pointerAt(index) === at) return index;
    }
    return -1;
  }

  override get size(): number {
    return this.#fill().#sizeOfMap();
  }

  override set(at: string, location: SourceLocation): this {
    this.#fill();
    return super.set(at, location);
  }

  override delete(at: string): boolean {
    this.#fill();
    return super.delete(at);
  }

  override clear(): void {
    this.#fill();
    super.clear();
  }

  override forEach(
    callback: (location: SourceLocation, at: string, map: Map<string, SourceLocation>) => void,
    thisArg?: unknown,
  ): void {
    this.#fill();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[string, SourceLocation]> {
    this.#fill();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.#fill();
    return super.keys();
  }

  override values(): MapIterator<SourceLocation> {
    this.#fill();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, SourceLocation]> {
    this.#fill();
    return super[Symbol.iterator]();
  }

  #sizeOfMap(): number {
    return super.size;
  }

  #fill(): this {
    if (!this.#filled) {
      this.#filled = true;
      const locations = this.#locations;
      for (let i = 0; i < this.#count; i++) {
        super.set(this.#pointerAt(i), locations.of(this.#elementAt(i)));
      }
      this.#pointers.length = 0;
      this.#elements.length = 0;
      this.#count = 0;
      this.#byLength.length = 0;
    }
    return this;
  }
}

function nameOf(node: XmlElement | XmlAttribute): string {
  if (node.namespace === '') return node.localName;
  const prefix = conventionalPrefix(node.namespace);
  return prefix === undefined ? `*:${node.localName}` : `${prefix}:${node.localName}`;
}

/** The XPath of an attribute, as `xpathOf` writes it: its element's, then `@name`. */
export function attributeXpath(locations: ElementLocations, attribute: XmlAttribute): string {
  return `${locations.xpath(attribute.parent)}/@${nameOf(attribute)}`;
}
