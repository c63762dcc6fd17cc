/**
 * The visible text of a PDF with the position of every piece, read by pdf.js (through unpdf, which
 * ships a build that runs in Node, workerd and the browser). Only the page content streams are
 * read: embedded files (a Factur-X XML) are never opened here.
 */
import { getDocumentProxy } from 'unpdf';
import type { ExtractionError } from './types';

/** A run of text as pdf.js gives it, in page space with the origin at the TOP-left corner. */
export interface TextRun {
  readonly text: string;
  /** Left edge. */
  readonly x: number;
  /** Baseline, measured from the top of the page. */
  readonly baseline: number;
  readonly width: number;
  /** Font size in points (the height of the text matrix). */
  readonly size: number;
}

export interface TextPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
}

export interface PdfText {
  readonly pageCount: number;
  readonly pages: readonly TextPage[];
  /** True when `maxItems` stopped the reading before the end of the last page read. */
  readonly itemsTruncated: boolean;
}

export interface PdfTextLimits {
  readonly maxPages: number;
  readonly maxItems: number;
  readonly password?: string;
}

// The parts of pdf.js's API used here, typed locally: the library's own declarations bring DOM
// types that the domain core does not compile against.
interface PdfTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
}
interface PdfPage {
  getViewport(options: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: readonly unknown[] }>;
  cleanup(): void;
}
interface PdfDocument {
  readonly numPages: number;
  getPage(number: number): Promise<PdfPage>;
  readonly loadingTask: { destroy(): Promise<void> };
}

export type PdfTextOutcome =
  | { readonly ok: true; readonly text: PdfText }
  | { readonly ok: false; readonly error: ExtractionError };

/** Opens the PDF and reads the text of its first `maxPages` pages. Never throws. */
export async function readPdfText(
  bytes: Uint8Array,
  limits: PdfTextLimits,
): Promise<PdfTextOutcome> {
  let document: PdfDocument;
  try {
    // pdf.js may take over the buffer it is given: hand it a copy so the caller's bytes stay intact.
    document = (await getDocumentProxy(bytes.slice(), {
      password: limits.password,
      verbosity: 0,
      stopAtErrors: false,
    })) as unknown as PdfDocument;
  } catch (cause) {
    return { ok: false, error: openError(cause) };
  }
  try {
    const pages: TextPage[] = [];
    const pageCount = document.numPages;
    let budget = limits.maxItems;
    for (let number = 1; number <= Math.min(pageCount, limits.maxPages); number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (budget <= 0) break;
        budget--;
        const run = toRun(item, viewport.height);
        if (run) runs.push(run);
      }
      page.cleanup();
      pages.push({ number, width: viewport.width, height: viewport.height, runs });
      if (budget <= 0) return { ok: true, text: { pageCount, pages, itemsTruncated: true } };
    }
    return { ok: true, text: { pageCount, pages, itemsTruncated: false } };
  } catch (cause) {
    return { ok: false, error: openError(cause) };
  } finally {
    await document.loadingTask.destroy().catch(() => undefined);
  }
}

function isTextItem(item: unknown): item is PdfTextItem {
  if (typeof item !== 'object' || item === null) return false;
  const candidate = item as Partial<PdfTextItem>;
  return (
    typeof candidate.str === 'string' &&
    Array.isArray(candidate.transform) &&
    typeof candidate.width === 'number'
  );
}

/**
 * Keeps horizontal text only: rotated text (a vertical legal mention along the margin) would mix
 * with the lines it crosses.
 */
function toRun(item: unknown, pageHeight: number): TextRun | undefined {
  if (!isTextItem(item)) return undefined;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  if (Math.abs(b) > Math.abs(a) * 0.05 || Math.abs(c) > Math.abs(d) * 0.05 || a <= 0 || d <= 0) {
    return undefined;
  }
  if (!Number.isFinite(e) || !Number.isFinite(f) || !Number.isFinite(item.width)) return undefined;
  const text = item.str;
  if (text.trim() === '') return undefined;
  return { text, x: e, baseline: pageHeight - f, width: item.width, size: d };
}

function openError(cause: unknown): ExtractionError {
  const name =
    typeof cause === 'object' && cause !== null ? (cause as { name?: unknown }).name : '';
  if (name === 'PasswordException') {
    return {
      code: 'encrypted',
      message: {
        fr: 'PDF protégé par un mot de passe : impossible de lire son texte.',
        en: 'Password-protected PDF: its text cannot be read.',
      },
    };
  }
  return {
    code: 'unreadable',
    message: {
      fr: "Fichier illisible : ce n'est pas un PDF, ou il est endommagé.",
      en: 'Unreadable file: not a PDF, or a damaged one.',
    },
  };
}
