/** Fixtures and read-back helpers of the conversion core tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { SourceFormat } from '../../../shared/convert';
import { type Invoice, parseInvoiceJson, toInvoiceJson } from '../../../shared/model';
import { readFacturxPdf } from '../../../shared/pdf';
import { detectDocument } from '../../../shared/syntax/detect';
import { parseXml } from '../../../shared/xml';
import { sampleInvoice } from '../model/sample-invoice';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

export const UBL = 'en16931/examples/ubl/ubl-tc434-example1.xml';
export const CII = 'en16931/examples/cii/CII_example1.xml';
export const FACTURX_PDF = 'facturx-pdf/EN16931/Facture_UE_EN16931.pdf';
export const MINIMUM_PDF = 'facturx-pdf/Minimum/Avoir_FR_type381_MINIMUM.pdf';
export const EXTENDED_PDF = 'facturx-pdf/Extended/Avoir_FR_type381_EXTENDED.pdf';
/** A PDF without XML, and its Factur-X twin: the twin's XML says what the page shows. */
export const PLAIN_PDF = 'facturx-pdf/Custom/2023-6013_facture.pdf';
export const PLAIN_TWIN = 'facturx-pdf/Custom/2023-6013_facture_facturx_en16931.pdf';

const utf8 = new TextEncoder();

export function jsonBytes(invoice: Invoice = sampleInvoice()): Uint8Array {
  return utf8.encode(toInvoiceJson(invoice));
}

/** One file of every form the core reads. */
export function sourceFiles(): Record<SourceFormat, Uint8Array> {
  return {
    ubl: fixture(UBL),
    cii: fixture(CII),
    facturx: fixture(FACTURX_PDF),
    json: jsonBytes(),
    pdf: fixture(PLAIN_PDF),
  };
}

export { modelOfXml } from '../../support/model-of-xml';

export function syntaxOfXml(xml: Uint8Array): string | undefined {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return detectDocument(parsed.document.root).syntax;
}

export function modelOfJson(bytes: Uint8Array): Invoice {
  const parsed = parseInvoiceJson(new TextDecoder().decode(bytes));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.invoice;
}

/** The XML inside a Factur-X PDF and its page count; throws when there is none. */
export async function facturxOf(pdf: Uint8Array): Promise<{ xml: Uint8Array; pages: number }> {
  const read = await readFacturxPdf(pdf);
  if (!read.ok) throw new Error(read.error.message.en);
  return { xml: read.xml, pages: read.pages };
}

export async function pagesOf(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
