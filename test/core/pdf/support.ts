/** Fixtures and PDF surgery for the pdf tests: each broken file is built from a good one here. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFDocument as PDFDocumentType,
  PDFName,
  PDFRawStream,
} from '@cantoo/pdf-lib';
import type { DetectedDocument } from '../../../shared/syntax/detect';
import { detectDocument } from '../../../shared/syntax/detect';
import { parseXml } from '../../../shared/xml';

const PDF_FIXTURES = join(import.meta.dirname, '../../fixtures/facturx-pdf');
const XML_FIXTURES = join(import.meta.dirname, '../../fixtures/facturx');

/** The FNFE sample PDFs copied as fixtures, by profile folder, and whether they embed XML. */
export const SAMPLE_PDFS: ReadonlyArray<{ profile: string; name: string; embedsXml: boolean }> = [
  { profile: 'Minimum', name: 'Avoir_FR_type381_MINIMUM', embedsXml: true },
  { profile: 'BasicWL', name: 'Avoir_FR_type381_BASICWL', embedsXml: true },
  { profile: 'Basic', name: 'Avoir_FR_type381_BASIC', embedsXml: true },
  { profile: 'EN16931', name: 'Avoir_FR_type381_EN16931', embedsXml: true },
  {
    profile: 'EN16931',
    name: 'Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931',
    embedsXml: true,
  },
  { profile: 'Extended', name: 'Avoir_FR_type381_EXTENDED', embedsXml: true },
  { profile: 'Custom', name: '2023-6013_facture_facturx_en16931', embedsXml: true },
  { profile: 'Custom', name: '2023-6013_facture', embedsXml: false },
  { profile: 'Custom', name: '2023-6026_facture_minimum', embedsXml: false },
];

export function samplePdf(profile: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(PDF_FIXTURES, profile, `${name}.pdf`)));
}

export function sampleXml(profile: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(XML_FIXTURES, profile, `${name}.xml`)));
}

/** A good Factur-X EN 16931 sample (Data relationship, one attachment, uncompressed XMP). */
export const GOOD = { profile: 'EN16931', name: 'Avoir_FR_type381_EN16931' } as const;
/** A plain PDF without attachment. */
export const PLAIN = { profile: 'Custom', name: '2023-6013_facture' } as const;

export function detect(xml: Uint8Array): DetectedDocument {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return detectDocument(parsed.document.root);
}

export async function open(bytes: Uint8Array): Promise<PDFDocumentType> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** Loads `bytes`, lets `edit` change the document, saves it. */
export async function mutate(
  bytes: Uint8Array,
  edit: (doc: PDFDocumentType) => void | Promise<void>,
): Promise<Uint8Array> {
  const doc = await open(bytes);
  await edit(doc);
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}

/** The file specification of the first catalog /AF entry. */
export function firstFileSpec(doc: PDFDocumentType): PDFDict {
  const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
  return af.lookup(0, PDFDict);
}

export function embeddedStream(spec: PDFDict): PDFRawStream {
  return rawStream(spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F')));
}

export function rawStream(object: unknown): PDFRawStream {
  if (!(object instanceof PDFRawStream)) throw new Error('expected a stream');
  return object;
}

/** Replaces the catalog's XMP packet by `text` (uncompressed). */
export function setXmp(doc: PDFDocumentType, text: string): void {
  const stream = doc.context.stream(new TextEncoder().encode(text), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** The catalog's XMP packet as text. */
export function xmpText(doc: PDFDocumentType): string {
  const stream = rawStream(doc.catalog.lookup(PDFName.of('Metadata')));
  return new TextDecoder().decode(stream.contents);
}

export async function xmpOf(bytes: Uint8Array): Promise<string> {
  return xmpText(await open(bytes));
}
