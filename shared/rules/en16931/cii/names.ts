import { namespaceOfPrefix } from '../../../syntax/namespaces';
import type { XmlAttribute, XmlElement } from '../../../xml';

/** A name test of the table: `undefined` parts match anything. */
export interface NameTest {
  readonly namespace: string | undefined;
  readonly localName: string | undefined;
}

/**
 * Parses `ram:X`, `ram:*`, `*` or `X` (no namespace), with the conventional prefixes. The table
 * is generated from the official schematron, so an unknown prefix is a bug: it throws.
 */
export function nameTest(qname: string): NameTest {
  if (qname === '*') return { namespace: undefined, localName: undefined };
  const colon = qname.indexOf(':');
  if (colon === -1) return { namespace: '', localName: qname };
  const prefix = qname.slice(0, colon);
  const namespace = namespaceOfPrefix(prefix);
  if (namespace === undefined) throw new Error(`Unknown prefix "${prefix}" in "${qname}".`);
  const local = qname.slice(colon + 1);
  return { namespace, localName: local === '*' ? undefined : local };
}

export function matchesName(node: XmlElement | XmlAttribute, test: NameTest): boolean {
  return (
    (test.localName === undefined || node.localName === test.localName) &&
    (test.namespace === undefined || node.namespace === test.namespace)
  );
}

/**
 * XPath string value of an element: its text and that of its descendants. The tree keeps an
 * element's own text apart from its children's, so for mixed content the order may differ from
 * the document's; the values compared here (codes, dates) are leaves, where it is exact.
 */
export function stringValue(element: XmlElement): string {
  if (element.children.length === 0) return element.text;
  let value = element.text;
  for (const child of element.children) value += stringValue(child);
  return value;
}

/** Child elements with this conventional name, in document order. */
export function childrenNamed(element: XmlElement, test: NameTest): XmlElement[] {
  return element.children.filter((c) => matchesName(c, test));
}
