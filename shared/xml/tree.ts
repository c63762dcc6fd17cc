import type { TextEncoding } from './decode';

/**
 * The element tree every reader and rule walks. Only what invoices need: elements, their
 * attributes and their direct text, with namespaces resolved and source positions kept. Comments
 * and processing instructions are dropped; mixed content keeps its text, not the interleaving.
 */
export interface XmlElement {
  readonly kind: 'element';
  /** Namespace URI; '' when the element is in no namespace. */
  readonly namespace: string;
  readonly localName: string;
  /** Prefix as written in the document; '' for none. */
  readonly prefix: string;
  /** Qualified name as written, e.g. `cbc:ID`. */
  readonly name: string;
  /** Attributes in document order, namespace declarations (`xmlns…`) excluded. */
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  /**
   * The element's own text nodes and CDATA sections, concatenated as written: references decoded,
   * line ends normalised to LF as XML requires, nothing trimmed. `textOf` gives the trimmed value.
   */
  readonly text: string;
  /** 1-based position of the `<` of the start tag. Columns count UTF-16 code units. */
  readonly line: number;
  readonly column: number;
  readonly parent: XmlElement | undefined;
  /** 0-based rank in document order; the root is 0. Sorting by it gives document order. */
  readonly order: number;
}

export interface XmlAttribute {
  readonly kind: 'attribute';
  /** '' for an unprefixed attribute: unprefixed attributes are in no namespace. */
  readonly namespace: string;
  readonly localName: string;
  readonly prefix: string;
  readonly name: string;
  /** Normalised value: references decoded, tab and line ends turned into spaces (XML §3.3.3). */
  readonly value: string;
  readonly parent: XmlElement;
}

export type XmlNode = XmlElement | XmlAttribute;

export interface XmlDocument {
  readonly root: XmlElement;
  /** How the bytes were decoded; `undefined` when the input was already a string. */
  readonly encoding: TextEncoding | undefined;
  /** `encoding` of the XML declaration as written, when present. */
  readonly declaredEncoding: string | undefined;
  /** `version` of the XML declaration, when present. */
  readonly xmlVersion: string | undefined;
  readonly elementCount: number;
}
