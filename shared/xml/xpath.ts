import { conventionalPrefix } from '../syntax/namespaces';
import type { XmlElement, XmlNode } from './tree';

/**
 * Canonical XPath of a node, for findings: `/ubl:Invoice/cac:InvoiceLine[2]/cbc:ID`,
 * `/ubl:Invoice/cbc:DocumentCurrencyCode`, `/rsm:CrossIndustryInvoice/…/ram:ID/@schemeID`.
 *
 * - Prefixes are the conventional ones of namespaces.ts, never the document's own, so the same
 *   element gets the same path whatever prefixes its producer chose. An element in a namespace we
 *   do not know is written `*:localName`; one in no namespace by its bare local name.
 * - A position `[n]` (1-based, among same-named siblings) is given only where the element has
 *   same-named siblings, so a lone element reads without `[1]`.
 *
 * The result is accepted by `select` (see select.ts) and finds the node again.
 */
export function xpathOf(node: XmlNode): string {
  const steps: string[] = [];
  let element: XmlElement | undefined = node.kind === 'attribute' ? node.parent : node;
  if (node.kind === 'attribute') steps.push(`@${qualifiedName(node.namespace, node.localName)}`);
  while (element !== undefined) {
    steps.push(stepOf(element));
    element = element.parent;
  }
  return `/${steps.reverse().join('/')}`;
}

function stepOf(element: XmlElement): string {
  const name = qualifiedName(element.namespace, element.localName);
  const siblings = element.parent?.children;
  if (siblings === undefined) return name;
  let same = 0;
  let position = 0;
  for (const sibling of siblings) {
    if (sibling.localName === element.localName && sibling.namespace === element.namespace) {
      same++;
      if (sibling === element) position = same;
    }
  }
  return same > 1 ? `${name}[${position}]` : name;
}

function qualifiedName(namespace: string, localName: string): string {
  if (namespace === '') return localName;
  const prefix = conventionalPrefix(namespace);
  return prefix === undefined ? `*:${localName}` : `${prefix}:${localName}`;
}
