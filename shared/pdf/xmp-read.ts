/**
 * Reads the catalog's XMP packet: the invoice schema (Factur-X `fx`, or a ZUGFeRD / Order-X
 * one), the PDF/A identification and the PDF/A extension schemas that describe custom
 * properties. The packet goes through the project's hardened XML reader, which refuses DTDs
 * (an XMP packet never has one).
 *
 * XMP allows a simple property as an element (`<fx:Version>1.0</fx:Version>`) or as an attribute
 * of its `rdf:Description` (`fx:Version="1.0"`): both forms are read.
 */
import type { PDFCatalog } from '@cantoo/pdf-lib';
import type { LocalizedText } from '../i18n/text';
import { attr, children, descendants, parseXml, textOf, type XmlElement } from '../xml';
import { entry, streamAt } from './objects';
import { decodeStreamData } from './stream-data';
import { type ContainerFamily, INVOICE_XMP_SCHEMAS, XMP_NS } from './xmp-schemas';

export interface FacturxXmp {
  /** The invoice schema found in the packet; `undefined` when there is none. */
  readonly schema?: { readonly namespace: string; readonly family: ContainerFamily };
  readonly documentType?: string;
  readonly documentFileName?: string;
  readonly version?: string;
  readonly conformanceLevel?: string;
  /** `pdfaid:part` and `pdfaid:conformance`, as written. */
  readonly pdfaPart?: string;
  readonly pdfaConformance?: string;
  /**
   * The properties a PDF/A extension schema describes for the invoice schema's namespace;
   * `undefined` when no extension schema describes it (a PDF/A validator then rejects the file).
   */
  readonly extensionProperties?: readonly string[];
  /** Other invoice schemas present besides the one read (namespaces). */
  readonly otherSchemas: readonly string[];
}

export type XmpReadResult =
  | { readonly status: 'absent' }
  | { readonly status: 'unreadable'; readonly reason: LocalizedText }
  | { readonly status: 'read'; readonly xmp: FacturxXmp };

/** XMP packets are a few kilobytes; this leaves room for thumbnails and history. */
const MAX_XMP_BYTES = 4 * 1024 * 1024;

export function readCatalogXmp(catalog: PDFCatalog): XmpReadResult {
  if (entry(catalog, 'Metadata') === undefined) return { status: 'absent' };
  const stream = streamAt(catalog, 'Metadata');
  if (!stream) {
    return unreadable(
      "l'entrée /Metadata n'est pas un flux",
      'the /Metadata entry is not a stream',
    );
  }
  const data = decodeStreamData(stream, MAX_XMP_BYTES);
  if (!data.ok) return { status: 'unreadable', reason: data.reason };
  const parsed = parseXml(data.bytes, { maxBytes: MAX_XMP_BYTES });
  if (!parsed.ok) return { status: 'unreadable', reason: parsed.error.message };
  return { status: 'read', xmp: readPacket(parsed.document.root) };
}

function unreadable(fr: string, en: string): XmpReadResult {
  return { status: 'unreadable', reason: { fr, en } };
}

export function readPacket(root: XmlElement): FacturxXmp {
  const descriptions = [root, ...descendants(root)].filter(
    (el) => el.namespace === XMP_NS.rdf && el.localName === 'Description',
  );
  const property = (namespace: string, name: string): string | undefined => {
    for (const description of descriptions) {
      const value = attr(description, name, namespace);
      if (value !== undefined) return value.trim();
      const element = children(description, namespace, name)[0];
      if (element) return textOf(element);
    }
    return undefined;
  };
  const present = INVOICE_XMP_SCHEMAS.filter((schema) =>
    descriptions.some((d) => usesNamespace(d, schema.namespace)),
  );
  const schema = present[0];
  const described = describedProperties(root);
  return {
    ...(schema ? { schema: { namespace: schema.namespace, family: schema.family } } : {}),
    ...optional('documentType', schema && property(schema.namespace, 'DocumentType')),
    ...optional('documentFileName', schema && property(schema.namespace, 'DocumentFileName')),
    ...optional('version', schema && property(schema.namespace, 'Version')),
    ...optional('conformanceLevel', schema && property(schema.namespace, 'ConformanceLevel')),
    ...optional('pdfaPart', property(XMP_NS.pdfaid, 'part')),
    ...optional('pdfaConformance', property(XMP_NS.pdfaid, 'conformance')),
    ...(schema && described.has(schema.namespace)
      ? { extensionProperties: described.get(schema.namespace) }
      : {}),
    otherSchemas: present.slice(1).map((s) => s.namespace),
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function usesNamespace(description: XmlElement, namespace: string): boolean {
  return (
    description.attributes.some((a) => a.namespace === namespace) ||
    description.children.some((c) => c.namespace === namespace)
  );
}

/**
 * PDF/A extension schemas (ISO 19005-1 §6.7.8, kept by parts 2 and 3): namespace URI → names of
 * the properties described. Each schema is a `pdfaSchema:namespaceURI` with its sibling
 * `pdfaSchema:property` sequence, in element or attribute form.
 */
function describedProperties(root: XmlElement): Map<string, string[]> {
  const described = new Map<string, string[]>();
  const schemaNodes = [root, ...descendants(root)].filter(
    (el) =>
      attr(el, 'namespaceURI', XMP_NS.pdfaSchema) !== undefined ||
      el.children.some((c) => c.namespace === XMP_NS.pdfaSchema && c.localName === 'namespaceURI'),
  );
  for (const node of schemaNodes) {
    const uri =
      attr(node, 'namespaceURI', XMP_NS.pdfaSchema) ??
      textOf(children(node, XMP_NS.pdfaSchema, 'namespaceURI')[0]);
    if (!uri) continue;
    const names: string[] = [];
    for (const property of children(node, XMP_NS.pdfaSchema, 'property')) {
      for (const el of descendants(property)) {
        const name =
          el.namespace === XMP_NS.pdfaProperty && el.localName === 'name'
            ? textOf(el)
            : attr(el, 'name', XMP_NS.pdfaProperty);
        if (name) names.push(name);
      }
    }
    described.set(uri.trim(), [...(described.get(uri.trim()) ?? []), ...names]);
  }
  return described;
}
