/**
 * Which embedded file is the invoice. Known names first (`factur-x.xml`, `zugferd-invoice.xml`,
 * `xrechnung.xml`, `order-x.xml`, any case); failing that, the content decides: an XML file whose
 * root is an invoice (CII, UBL, ZUGFeRD 1.0). Several candidates holding the same bytes are one
 * invoice listed twice (left over by an incremental update); different ones are an error.
 */
import { detectDocument } from '../syntax/detect';
import { parseXml } from '../xml';
import type { FileSpecEntry } from './attachments';
import { attachmentUnreadable, noInvoice, type PdfReadError, severalInvoices } from './errors';
import type { PdfLimits } from './limits';
import { decodeStreamData } from './stream-data';
import { KNOWN_INVOICE_FILE_NAMES } from './xmp-schemas';

export type InvoiceChoice =
  | {
      readonly ok: true;
      readonly invoice: FileSpecEntry;
      readonly xml: Uint8Array;
      readonly others: readonly FileSpecEntry[];
      /** Other attachments whose content is an XML invoice too. */
      readonly invoiceLike: ReadonlySet<FileSpecEntry>;
    }
  | { readonly ok: false; readonly error: PdfReadError };

const INVOICE_KINDS = new Set(['cii-invoice', 'ubl-invoice', 'ubl-credit-note', 'zugferd-1']);

export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

export function isKnownInvoiceName(name: string): boolean {
  return KNOWN_INVOICE_FILE_NAMES.includes(baseName(name).toLowerCase());
}

export function chooseInvoice(files: readonly FileSpecEntry[], limits: PdfLimits): InvoiceChoice {
  const embedded = files.filter((f) => f.stream !== undefined);
  const known = embedded
    .filter((f) => isKnownInvoiceName(f.name))
    .sort((a, b) => rank(a.name) - rank(b.name));
  const sniffed = new Map<FileSpecEntry, Uint8Array>();
  for (const file of embedded) {
    if (known.includes(file) || !mayBeXml(file)) continue;
    const xml = invoiceXmlOf(file, limits);
    if (xml) sniffed.set(file, xml);
  }

  const candidates = known.length > 0 ? known : [...sniffed.keys()];
  if (candidates.length === 0) return { ok: false, error: noInvoice(files.map((f) => f.name)) };

  const decoded: Uint8Array[] = [];
  for (const file of candidates) {
    const sniffedBytes = sniffed.get(file);
    if (sniffedBytes) {
      decoded.push(sniffedBytes);
      continue;
    }
    const data = decode(file, limits);
    if (!data.ok) return { ok: false, error: attachmentUnreadable(file.name, data.reason) };
    decoded.push(data.bytes);
  }
  const first = decoded[0] as Uint8Array;
  if (decoded.some((bytes) => !sameBytes(bytes, first))) {
    return { ok: false, error: severalInvoices(candidates.map((f) => f.name)) };
  }
  // Among identical copies, the one listed in both places is the one readers find.
  const invoice = [...candidates].sort((a, b) => placesOf(b) - placesOf(a))[0] as FileSpecEntry;
  const others = files.filter((f) => f !== invoice);
  const invoiceLike = new Set([...sniffed.keys()].filter((f) => f !== invoice));
  return { ok: true, invoice, xml: first, others, invoiceLike };
}

function rank(name: string): number {
  return KNOWN_INVOICE_FILE_NAMES.indexOf(baseName(name).toLowerCase());
}

function placesOf(file: FileSpecEntry): number {
  return Number(file.inNames) + Number(file.inCatalogAf) + Number(file.inPageAf);
}

function mayBeXml(file: FileSpecEntry): boolean {
  return /\.xml$/i.test(file.name) || (file.mimeType ?? '').toLowerCase().includes('xml');
}

function decode(file: FileSpecEntry, limits: PdfLimits) {
  if (!file.stream) {
    return {
      ok: false as const,
      reason: { fr: 'aucune donnée intégrée', en: 'no embedded data' },
    };
  }
  return decodeStreamData(file.stream, limits.maxAttachmentBytes);
}

/** The file's bytes when they are an XML invoice; `undefined` otherwise or when undecodable. */
function invoiceXmlOf(file: FileSpecEntry, limits: PdfLimits): Uint8Array | undefined {
  const data = decode(file, limits);
  if (!data.ok) return undefined;
  const parsed = parseXml(data.bytes);
  if (!parsed.ok) return undefined;
  return INVOICE_KINDS.has(detectDocument(parsed.document.root).kind) ? data.bytes : undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
