/**
 * Opens a PDF with the library, after the preflight checks, turning every failure into an error
 * value. Encrypted files are opened without decryption only to be refused: nothing here tries a
 * password.
 */
import { ParseSpeeds, type PDFCatalog, PDFDocument } from '@cantoo/pdf-lib';
import { damaged, encrypted, type PdfOpenError, tooComplex } from './errors';
import type { PdfLimits } from './limits';
import { preflight } from './preflight';

export type LoadResult =
  | { readonly ok: true; readonly document: PDFDocument; readonly catalog: PDFCatalog }
  | { readonly ok: false; readonly error: PdfOpenError };

export async function loadPdf(bytes: Uint8Array, limits: PdfLimits): Promise<LoadResult> {
  const refused = preflight(bytes, limits);
  if (refused) return { ok: false, error: refused };
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      // The document is read, or rewritten with its own metadata kept: nothing stamps it.
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
      throwOnInvalidObject: false,
    });
  } catch (cause) {
    return { ok: false, error: damaged(describe(cause)) };
  }
  if (document.isEncrypted) return { ok: false, error: encrypted() };
  if (document.context.enumerateIndirectObjects().length > limits.maxObjects) {
    return {
      ok: false,
      error: tooComplex({
        fr: `il contient plus de ${limits.maxObjects} objets`,
        en: `it holds more than ${limits.maxObjects} objects`,
      }),
    };
  }
  let catalog: PDFCatalog;
  try {
    catalog = document.catalog;
  } catch (cause) {
    return { ok: false, error: damaged(describe(cause)) };
  }
  // The library falls back on an empty object when the trailer's /Root is lost.
  if (!catalog || typeof catalog.lookup !== 'function') {
    return { ok: false, error: damaged('/Root') };
  }
  return { ok: true, document, catalog };
}

/** The library's message, shortened: enough for a support ticket, not a stack trace. */
function describe(cause: unknown): string | undefined {
  if (!(cause instanceof Error)) return undefined;
  const text = cause.message.replace(/\s+/g, ' ').trim();
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
