import {
  XmlDocument as LibDocument,
  XmlElement as LibElement,
  XmlCData,
  XmlParseError,
  XmlText,
  type XmlTreeNode,
} from 'libxml2-wasm';
import type { XmlElement } from '../../../shared/xml';

/**
 * libxml2 (the reference XML parser, compiled to WebAssembly) as an independent oracle: what our
 * parser accepts and builds must match what libxml2 accepts and builds.
 */

/** One element, reduced to what both trees must agree on. */
export interface ElementFacts {
  readonly namespace: string;
  readonly localName: string;
  readonly attributes: readonly string[];
  readonly text: string;
}

export type OracleVerdict =
  | { readonly wellFormed: true; readonly elements: ElementFacts[]; readonly lines: number[] }
  | { readonly wellFormed: false; readonly message: string };

export function libxml2Read(input: string | Uint8Array): OracleVerdict {
  let doc: LibDocument;
  try {
    doc = typeof input === 'string' ? LibDocument.fromString(input) : LibDocument.fromBuffer(input);
  } catch (error) {
    if (error instanceof XmlParseError) return { wellFormed: false, message: error.message };
    throw error;
  }
  try {
    const elements: ElementFacts[] = [];
    const lines: number[] = [];
    const pending: LibElement[] = [doc.root];
    for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
      let text = '';
      const kids: LibElement[] = [];
      for (let node: XmlTreeNode | null = element.firstChild; node !== null; node = node.next) {
        if (node instanceof LibElement) kids.push(node);
        else if (node instanceof XmlText || node instanceof XmlCData) text += node.content;
      }
      elements.push({
        namespace: element.namespaceUri,
        localName: element.name,
        attributes: element.attrs.map((a) => `{${a.namespaceUri}}${a.name}=${a.value}`),
        text,
      });
      lines.push(element.line);
      pending.push(...kids.reverse());
    }
    return { wellFormed: true, elements, lines };
  } finally {
    doc.dispose();
  }
}

/** Our tree reduced the same way, in document order. */
export function factsOf(root: XmlElement): ElementFacts[] {
  const facts: ElementFacts[] = [];
  const pending: XmlElement[] = [root];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    facts.push({
      namespace: element.namespace,
      localName: element.localName,
      attributes: element.attributes.map((a) => `{${a.namespace}}${a.localName}=${a.value}`),
      text: element.text,
    });
    pending.push(...[...element.children].reverse());
  }
  return facts;
}

/** Elements of our tree in document order. */
export function elementsOf(root: XmlElement): XmlElement[] {
  const all: XmlElement[] = [];
  const pending: XmlElement[] = [root];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    all.push(element);
    pending.push(...[...element.children].reverse());
  }
  return all;
}
