/**
 * Source locations for the reader's source map and findings, computed once per element. The
 * XPaths are exactly those of `xpathOf` (shared/xml/xpath.ts): conventional prefixes, a position
 * only among same-named siblings. `xpathOf` counts the siblings of every step again for each node;
 * a line of a 1,000-line invoice would cost a scan of the 1,000 lines for each of its terms, so
 * here the steps of all the children of a parent are worked out in one pass and kept.
 */
import type { SourceLocation } from '../../rules/finding';
import type { XmlAttribute, XmlElement } from '../../xml';
import { conventionalPrefix } from '../namespaces';

function qualifiedName(namespace: string, localName: string): string {
  if (namespace === '') return localName;
  const prefix = conventionalPrefix(namespace);
  return prefix === undefined ? `*:${localName}` : `${prefix}:${localName}`;
}

export class Locator {
  private readonly paths = new Map<XmlElement, string>();
  private readonly steps = new Map<XmlElement, string>();

  xpath(element: XmlElement): string {
    const known = this.paths.get(element);
    if (known !== undefined) return known;
    const parent = element.parent;
    const path =
      parent === undefined
        ? `/${qualifiedName(element.namespace, element.localName)}`
        : `${this.xpath(parent)}/${this.stepOf(element, parent)}`;
    this.paths.set(element, path);
    return path;
  }

  attributeXpath(attribute: XmlAttribute): string {
    return `${this.xpath(attribute.parent)}/@${qualifiedName(attribute.namespace, attribute.localName)}`;
  }

  location(element: XmlElement): SourceLocation {
    return { xpath: this.xpath(element), line: element.line, column: element.column };
  }

  private stepOf(element: XmlElement, parent: XmlElement): string {
    let step = this.steps.get(element);
    if (step === undefined) {
      this.nameChildren(parent);
      step = this.steps.get(element) as string;
    }
    return step;
  }

  /** Gives every child of `parent` its step, with `[n]` only where the name repeats. */
  private nameChildren(parent: XmlElement): void {
    const counts = new Map<string, number>();
    const keys: string[] = [];
    for (const c of parent.children) {
      const key = `${c.namespace} ${c.localName}`;
      keys.push(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const seen = new Map<string, number>();
    parent.children.forEach((c, index) => {
      const key = keys[index] as string;
      const name = qualifiedName(c.namespace, c.localName);
      if ((counts.get(key) ?? 0) > 1) {
        const position = (seen.get(key) ?? 0) + 1;
        seen.set(key, position);
        this.steps.set(c, `${name}[${position}]`);
      } else {
        this.steps.set(c, name);
      }
    });
  }
}
