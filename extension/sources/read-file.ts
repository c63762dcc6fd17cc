/**
 * A dropped file → the invoice to check and fill, read on this computer: UBL or CII XML with the
 * project's XML layer and readers, a Factur-X PDF through the XML it carries (shared/pdf). A PDF
 * without an embedded invoice is a picture of an invoice: it can only be read by the edge's
 * extraction service, which means sending it away, so that is left to the clerk's decision
 * (`needs-extraction`).
 */
import type { LocalizedText } from '../../shared/i18n/text';
import type { Invoice } from '../../shared/model';
import { detectDocument } from '../../shared/syntax/detect';
import { readInvoice } from '../../shared/syntax/read';
import { parseXml } from '../../shared/xml';
import type { SourceKind } from '../storage/invoice-source';
import {
  PENDING_PDF_MAX_BYTES,
  PENDING_XML_MAX_BYTES,
  type PendingInvoice,
} from '../storage/pending-invoice';
import { bytesToBase64 } from './base64';
import { sniffFile } from './sniff';

/** Larger files are refused before any reading: no invoice is that large, and the panel must stay responsive. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface DroppedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type FileReading =
  | {
      readonly status: 'read';
      readonly pending: PendingInvoice;
      /** What the clerk should know: a file too large to keep for the syntax checks… */
      readonly notes: readonly LocalizedText[];
    }
  /** A PDF with no invoice inside: only the edge's extraction can read it. */
  | { readonly status: 'needs-extraction'; readonly file: DroppedFile }
  | { readonly status: 'refused'; readonly message: LocalizedText };

function refused(fr: string, en: string): FileReading {
  return { status: 'refused', message: { fr, en } };
}

export async function readInvoiceFile(file: DroppedFile, now: Date): Promise<FileReading> {
  if (file.bytes.length > MAX_FILE_BYTES) {
    return refused(
      `Fichier trop volumineux (${megabytes(file.bytes.length)} Mo) : ${MAX_FILE_BYTES / 1024 / 1024} Mo au plus.`,
      `File too large (${megabytes(file.bytes.length)} MB): ${MAX_FILE_BYTES / 1024 / 1024} MB at most.`,
    );
  }
  if (file.bytes.length === 0) return refused('Le fichier est vide.', 'The file is empty.');
  switch (sniffFile(file.bytes)) {
    case 'xml':
      return readXmlFile(file, now);
    case 'pdf':
      return readPdfFile(file, now);
    case 'unknown':
      return refused(
        "Ce fichier n'est ni un XML ni un PDF. Déposez une facture UBL ou CII (XML), ou un PDF (Factur-X ou non).",
        'This file is neither XML nor PDF. Drop a UBL or CII invoice (XML), or a PDF (Factur-X or not).',
      );
  }
}

type XmlRead =
  | { readonly ok: true; readonly invoice: Invoice; readonly kind: 'ubl' | 'cii' }
  | { readonly ok: false; readonly message: LocalizedText };

function readXml(bytes: Uint8Array): XmlRead {
  const parsed = parseXml(bytes);
  if (!parsed.ok) {
    const { error } = parsed;
    const line = error.line === undefined ? '' : ` (ligne ${error.line})`;
    const lineEn = error.line === undefined ? '' : ` (line ${error.line})`;
    return {
      ok: false,
      message: {
        fr: `XML illisible${line} : ${error.message.fr}`,
        en: `Unreadable XML${lineEn}: ${error.message.en}`,
      },
    };
  }
  const read = readInvoice(parsed.document);
  if ('error' in read) {
    return {
      ok: false,
      message: {
        fr: `Ce document n'est pas une facture UBL ou CII : ${read.error.fr}.`,
        en: `This document is not a UBL or CII invoice: ${read.error.en}.`,
      },
    };
  }
  const syntax = detectDocument(parsed.document.root).syntax;
  return { ok: true, invoice: read.invoice, kind: syntax === 'ubl' ? 'ubl' : 'cii' };
}

function source(kind: SourceKind, file: DroppedFile) {
  return { kind, fileName: file.name, size: file.bytes.length };
}

/** The XML is kept for the syntax checks when small enough; the note says when it is not. */
function keptXml(xml: Uint8Array, notes: LocalizedText[]): { xml?: string } {
  if (xml.length <= PENDING_XML_MAX_BYTES) return { xml: bytesToBase64(xml) };
  notes.push({
    fr: `XML de ${megabytes(xml.length)} Mo : trop gros pour être gardé, les contrôles de syntaxe et de schéma ne pourront plus être refaits après la fermeture du panneau.`,
    en: `${megabytes(xml.length)} MB XML: too large to keep; the syntax and schema checks cannot be run again once the panel is closed.`,
  });
  return {};
}

function readXmlFile(file: DroppedFile, now: Date): FileReading {
  const read = readXml(file.bytes);
  if (!read.ok) return { status: 'refused', message: read.message };
  const notes: LocalizedText[] = [];
  return {
    status: 'read',
    pending: {
      invoice: read.invoice,
      source: source(read.kind, file),
      chosenAt: now.toISOString(),
      ...keptXml(file.bytes, notes),
    },
    notes,
  };
}

async function readPdfFile(file: DroppedFile, now: Date): Promise<FileReading> {
  // pdf-lib is large: loaded only when a PDF is dropped.
  const { readFacturxPdf } = await import('../../shared/pdf');
  const pdf = await readFacturxPdf(file.bytes);
  if (!pdf.ok) {
    if (pdf.error.code === 'pdf-no-invoice') return { status: 'needs-extraction', file };
    return { status: 'refused', message: pdf.error.message };
  }
  const read = readXml(pdf.xml);
  if (!read.ok) {
    return refused(
      `Le PDF contient un fichier « ${pdf.attachment.name} » qui ne se lit pas comme une facture. ${read.message.fr}`,
      `The PDF holds a file "${pdf.attachment.name}" that does not read as an invoice. ${read.message.en}`,
    );
  }
  const notes: LocalizedText[] = [];
  return {
    status: 'read',
    pending: {
      invoice: read.invoice,
      source: source('facturx-pdf', file),
      chosenAt: now.toISOString(),
      ...keptXml(pdf.xml, notes),
      ...keptPdf(file.bytes, notes),
    },
    notes,
  };
}

/** The PDF goes on the portal as the invoice's main piece, when small enough to keep. */
export function keptPdf(pdf: Uint8Array, notes: LocalizedText[]): { pdf?: string } {
  if (pdf.length <= PENDING_PDF_MAX_BYTES) return { pdf: bytesToBase64(pdf) };
  notes.push({
    fr: `PDF de ${megabytes(pdf.length)} Mo : il ne sera pas joint automatiquement ; ajoutez-le vous-même dans « Pièces jointes ».`,
    en: `${megabytes(pdf.length)} MB PDF: it will not be attached automatically; add it yourself under « Pièces jointes ».`,
  });
  return {};
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
