/**
 * Takes the invoice out of a Factur-X / ZUGFeRD PDF: the embedded XML, where and how it is
 * attached, the XMP metadata and what the `pdf` checks need. Never throws and never hangs: every
 * failure, the library's included, is an error value with a stable code (see errors.ts), and the
 * limits (limits.ts) bound what a hostile file can cost.
 */

import { type PDFCatalog, PDFDict } from '@cantoo/pdf-lib';
import type { LocalizedText } from '../i18n/text';
import { type FileSpecEntry, listAttachments } from './attachments';
import { damaged, type PdfReadError } from './errors';
import { chooseInvoice } from './invoice-attachment';
import { type PdfLimits, resolvePdfLimits } from './limits';
import { loadPdf } from './load';
import { arrayAt, itemOf, nameAt } from './objects';
import { type FacturxXmp, readCatalogXmp } from './xmp-read';

export type AttachmentSource = 'names' | 'af' | 'both';

export interface PdfAttachment {
  readonly name: string;
  /** `/AFRelationship` as written (`Data`, `Source`, `Alternative`…); absent when missing. */
  readonly relationship?: string;
  /** MIME type of the embedded file stream (`/Subtype`), absent when missing. */
  readonly mimeType?: string;
  readonly description?: string;
  /** Size declared in `/Params /Size`, when given. */
  readonly declaredSize?: number;
  /** `names`: only in `/Names/EmbeddedFiles`; `af`: only in an `/AF` array; `both`. */
  readonly source: AttachmentSource;
  readonly inNames: boolean;
  readonly inCatalogAf: boolean;
  readonly inPageAf: boolean;
  /** For other attachments: the content is an XML invoice too. */
  readonly invoiceLike?: boolean;
}

export interface FacturxPdf {
  readonly ok: true;
  /** The invoice XML, byte for byte as embedded. */
  readonly xml: Uint8Array;
  readonly attachment: PdfAttachment;
  readonly others: readonly PdfAttachment[];
  /** The XMP packet of the catalog; absent when the document has none. */
  readonly xmp?: FacturxXmp;
  /** Why the XMP packet could not be read, when it is there but unreadable. */
  readonly xmpUnreadable?: LocalizedText;
  readonly pages: number;
  readonly encrypted: false;
  /** `/S` of each output intent (`GTS_PDFA1` for PDF/A). */
  readonly outputIntents: readonly string[];
  /** Version in the file header (`1.7`). */
  readonly pdfVersion: string;
}

export type FacturxPdfResult = FacturxPdf | { readonly ok: false; readonly error: PdfReadError };

export interface ReadPdfOptions {
  readonly limits?: Partial<PdfLimits>;
}

export async function readFacturxPdf(
  bytes: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<FacturxPdfResult> {
  try {
    return await read(bytes, resolvePdfLimits(options.limits));
  } catch (cause) {
    // A failure of the library on objects it parsed lazily: the file is broken somewhere.
    const detail = cause instanceof Error ? cause.message.slice(0, 160) : undefined;
    return { ok: false, error: damaged(detail) };
  }
}

async function read(bytes: Uint8Array, limits: PdfLimits): Promise<FacturxPdfResult> {
  const loaded = await loadPdf(bytes, limits);
  if (!loaded.ok) return loaded;
  const { document, catalog } = loaded;
  const listed = listAttachments(catalog, limits);
  if (!listed.ok) return listed;
  const choice = chooseInvoice(listed.files, limits);
  if (!choice.ok) return choice;
  const xmp = readCatalogXmp(catalog);
  return {
    ok: true,
    xml: choice.xml,
    attachment: publicAttachment(choice.invoice),
    others: choice.others.map((f) => publicAttachment(f, choice.invoiceLike.has(f))),
    ...(xmp.status === 'read' ? { xmp: xmp.xmp } : {}),
    ...(xmp.status === 'unreadable' ? { xmpUnreadable: xmp.reason } : {}),
    pages: listed.pages,
    encrypted: false,
    outputIntents: outputIntentsOf(catalog),
    pdfVersion: headerVersion(document.context.header.toString()),
  };
}

function publicAttachment(file: FileSpecEntry, invoiceLike?: boolean): PdfAttachment {
  const inAf = file.inCatalogAf || file.inPageAf;
  return {
    name: file.name,
    ...(file.relationship !== undefined ? { relationship: file.relationship } : {}),
    ...(file.mimeType !== undefined ? { mimeType: file.mimeType } : {}),
    ...(file.description !== undefined ? { description: file.description } : {}),
    ...(file.declaredSize !== undefined ? { declaredSize: file.declaredSize } : {}),
    source: file.inNames && inAf ? 'both' : inAf ? 'af' : 'names',
    inNames: file.inNames,
    inCatalogAf: file.inCatalogAf,
    inPageAf: file.inPageAf,
    ...(invoiceLike ? { invoiceLike: true } : {}),
  };
}

function outputIntentsOf(catalog: PDFCatalog): string[] {
  const intents = arrayAt(catalog, 'OutputIntents');
  if (!intents) return [];
  const subtypes: string[] = [];
  for (let i = 0; i < intents.size(); i++) {
    const intent = itemOf(intents, i);
    if (intent instanceof PDFDict) subtypes.push(nameAt(intent, 'S') ?? '');
  }
  return subtypes;
}

function headerVersion(header: string): string {
  return /%PDF-(\d+\.\d+)/.exec(header)?.[1] ?? '';
}
