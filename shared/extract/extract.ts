/**
 * extractInvoice: a PDF without structured data → the invoice its visible text shows, each value
 * with a confidence and the place it was printed. Runs wherever pdf.js runs (Node, workerd, the
 * browser); takes bytes, never a path. Never throws: a file that cannot be read gives an `error`
 * and empty fields, never a guess.
 */
import { dec, decimalsOf, formatDecimal } from '../model/decimal';
import { buildBlocks } from './blocks';
import { buildInvoice } from './build-invoice';
import { type Candidate, clamp, toField } from './candidate';
import {
  type AmountsState,
  completeVatLines,
  crossCheck,
  deriveAmountDue,
  normaliseCreditNote,
  repairSigns,
} from './cross-check';
import { detectDateOrder } from './dates';
import { PageIndex } from './find';
import { readHeader } from './header';
import { findIdentifiers } from './identifiers';
import { buildLayout, type Layout, unionBox } from './layout';
import { type LineReading, readLineTable } from './line-table';
import { detectNumberStyle } from './numbers';
import { readParties } from './parties';
import { type PdfText, readPdfText } from './pdf-text';
import { readTotals } from './totals';
import {
  DEFAULT_EXTRACT_OPTIONS,
  type ExtractedFields,
  type ExtractedLine,
  type ExtractedTerm,
  type ExtractedVatRow,
  type ExtractionError,
  type ExtractionResult,
  type ExtractionWarning,
  type ExtractOptions,
  type PageInfo,
} from './types';
import { readVatLines } from './vat-lines';
import { readVatTable } from './vat-table';

/** Fewer visible characters than this over all pages read: no text layer. */
const MIN_TEXT_CHARACTERS = 20;
/** A page with fewer characters than this among pages with text is a scanned page. */
const MIN_PAGE_CHARACTERS = 5;
const LINE_CONFIDENCE = 0.7;
const ROW_CONFIDENCE = 0.75;
const VAT_LINE_CONFIDENCE = 0.65;

export async function extractInvoice(
  pdfBytes: Uint8Array,
  options: ExtractOptions = {},
): Promise<ExtractionResult> {
  const limits = {
    maxPages: options.maxPages ?? DEFAULT_EXTRACT_OPTIONS.maxPages,
    maxBytes: options.maxBytes ?? DEFAULT_EXTRACT_OPTIONS.maxBytes,
    maxItems: options.maxItems ?? DEFAULT_EXTRACT_OPTIONS.maxItems,
    ...(options.password === undefined ? {} : { password: options.password }),
  };
  if (pdfBytes.byteLength > limits.maxBytes) {
    return failed({
      code: 'too-large',
      message: {
        fr: `Fichier trop volumineux (${size(pdfBytes.byteLength, 'fr')} ; maximum ${size(limits.maxBytes, 'fr')}).`,
        en: `File too large (${size(pdfBytes.byteLength, 'en')}; at most ${size(limits.maxBytes, 'en')}).`,
      },
    });
  }
  if (!looksLikePdf(pdfBytes)) {
    return failed({
      code: 'unreadable',
      message: {
        fr: "Ce fichier n'est pas un PDF (signature %PDF absente).",
        en: 'This file is not a PDF (no %PDF signature).',
      },
    });
  }
  const outcome = await readPdfText(pdfBytes, limits);
  if (!outcome.ok) return failed(outcome.error);
  try {
    return readText(outcome.text, limits.maxPages);
  } catch {
    // A layout the reader cannot cope with must not crash the caller.
    return failed(
      {
        code: 'unreadable',
        message: {
          fr: 'Le texte de ce PDF n’a pas pu être analysé.',
          en: 'The text of this PDF could not be analysed.',
        },
      },
      outcome.text.pageCount,
      true,
    );
  }
}

/** `20 Mo`, `97 Ko`, `512 octets` (`MB`, `KB`, `bytes` in English). */
function size(bytes: number, language: 'fr' | 'en'): string {
  const units = language === 'fr' ? ['octets', 'Ko', 'Mo'] : ['bytes', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${language === 'fr' ? text.replace('.', ',') : text} ${units[unit]}`;
}

/** `%PDF-` within the first kilobyte, where readers accept it. */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, Math.min(bytes.length, 1024));
  for (let at = 0; at + 4 < head.length; at++) {
    if (
      head[at] === 0x25 &&
      head[at + 1] === 0x50 &&
      head[at + 2] === 0x44 &&
      head[at + 3] === 0x46
    ) {
      return true;
    }
  }
  return false;
}

function failed(error: ExtractionError, pageCount = 0, textLayer = false): ExtractionResult {
  return {
    fields: {},
    lines: [],
    vatBreakdown: [],
    invoice: {},
    warnings: [],
    pages: [],
    pageCount,
    textLayer,
    error,
  };
}

function readText(text: PdfText, maxPages: number): ExtractionResult {
  const layout = buildLayout(text.pages);
  const pages: PageInfo[] = layout.pages.map((page) => ({
    number: page.number,
    width: page.width,
    height: page.height,
    characters: page.characters,
  }));
  const characters = pages.reduce((total, page) => total + page.characters, 0);
  if (characters < MIN_TEXT_CHARACTERS) {
    return {
      ...failed(
        {
          code: 'no-text-layer',
          message: {
            fr: 'PDF scanné sans couche texte : utilisez un OCR',
            en: 'Scanned PDF without a text layer: use OCR',
          },
        },
        text.pageCount,
      ),
      pages,
    };
  }
  const warnings: ExtractionWarning[] = [...limitWarnings(text, maxPages, pages)];
  const reading = readLayout(layout);
  warnings.push(...reading.warnings);
  return {
    fields: reading.fields,
    lines: reading.lines,
    vatBreakdown: reading.vatBreakdown,
    invoice: buildInvoice(reading.fields, reading.vatBreakdown, reading.lines),
    warnings,
    pages,
    pageCount: text.pageCount,
    textLayer: true,
  };
}

function limitWarnings(
  text: PdfText,
  maxPages: number,
  pages: readonly PageInfo[],
): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  if (text.pageCount > maxPages) {
    warnings.push({
      code: 'pages-truncated',
      message: {
        fr: `Seules les ${maxPages} premières pages sur ${text.pageCount} ont été lues.`,
        en: `Only the first ${maxPages} of ${text.pageCount} pages were read.`,
      },
    });
  }
  if (text.itemsTruncated) {
    warnings.push({
      code: 'items-truncated',
      message: {
        fr: 'Texte trop abondant : la fin du document n’a pas été lue.',
        en: 'Too much text: the end of the document was not read.',
      },
    });
  }
  for (const page of pages) {
    if (page.characters < MIN_PAGE_CHARACTERS) {
      warnings.push({
        code: 'page-without-text',
        message: {
          fr: `Page ${page.number} sans texte (page scannée ?) : son contenu n’a pas été lu.`,
          en: `Page ${page.number} has no text (a scanned page?): its content was not read.`,
        },
      });
    }
  }
  return warnings;
}

interface LayoutReading {
  readonly fields: ExtractedFields;
  readonly lines: ExtractedLine[];
  readonly vatBreakdown: ExtractedVatRow[];
  readonly warnings: ExtractionWarning[];
}

function readLayout(layout: Layout): LayoutReading {
  const texts = layout.segments.map((segment) => segment.text);
  const style = detectNumberStyle(texts);
  const order = detectDateOrder(texts);
  const index = new PageIndex(layout);
  const warnings: ExtractionWarning[] = [];

  const blocks = buildBlocks(index);
  const parties = readParties(blocks, findIdentifiers(index, blocks));
  warnings.push(...parties.warnings);
  const header = readHeader({ index, style, order });

  const vatTable = readVatTable(index, style);
  const stopAt = new Set((vatTable?.header ?? []).map((segment) => segment.id));
  const lineTable = readLineTable(index, style, stopAt);
  const skip = new Set([...stopAt, ...(lineTable?.header ?? []).map((segment) => segment.id)]);
  const totals = readTotals(index, style, skip);
  const lineSegments = (lineTable?.rows ?? []).flatMap((row) =>
    row.segments.map((segment) => segment.id),
  );
  const vatRows = vatTable?.rows ?? readVatLines(index, style, new Set([...skip, ...lineSegments]));

  const state: AmountsState = {
    totals: { ...totals.fields },
    rows: vatRows.map((reading) => ({
      reading,
      confidence: vatTable ? ROW_CONFIDENCE : VAT_LINE_CONFIDENCE,
    })),
    lines: (lineTable?.rows ?? []).map((reading) => ({ reading, confidence: LINE_CONFIDENCE })),
  };
  if (!vatTable) warnings.push(...completeVatLines(state));
  warnings.push(...normaliseCreditNote(state, header['BT-3']?.value));
  warnings.push(...repairSigns(state));
  warnings.push(...crossCheck(state));
  warnings.push(...deriveAmountDue(state));
  if (state.rows.length === 0) {
    warnings.push({
      code: 'no-vat-table',
      message: {
        fr: 'Aucun tableau de TVA reconnu : le récapitulatif par taux reste vide.',
        en: 'No VAT table recognised: the breakdown per rate stays empty.',
      },
    });
  }
  if (!lineTable) {
    warnings.push({
      code: 'no-line-table',
      message: {
        fr: 'Aucun tableau de lignes reconnu : les lignes de la facture restent vides.',
        en: 'No line-item table recognised: the invoice lines stay empty.',
      },
    });
  }

  const candidates: Partial<Record<ExtractedTerm, Candidate>> = {
    ...header,
    ...parties.fields,
    ...state.totals,
  };
  const fields: ExtractedFields = {};
  for (const [term, candidate] of Object.entries(candidates) as [ExtractedTerm, Candidate][]) {
    fields[term] = toField(candidate);
  }
  return {
    fields,
    lines: state.lines.map(({ reading, confidence }) => toExtractedLine(reading, confidence)),
    vatBreakdown: state.rows.map(({ reading, confidence }) => ({
      ...(reading.rate === undefined ? {} : { 'BT-119': reading.rate }),
      ...(reading.base === undefined ? {} : { 'BT-116': reading.base }),
      'BT-117': reading.amount,
      ...(reading.category === undefined ? {} : { 'BT-118': reading.category }),
      confidence: clamp(confidence),
      page: reading.segments[0]?.page ?? 1,
      box: unionBox(reading.segments),
      source: reading.source,
    })),
    warnings,
  };
}

function toExtractedLine(reading: LineReading, confidence: number): ExtractedLine {
  return {
    ...(reading.name === undefined ? {} : { 'BT-153': reading.name }),
    ...(reading.quantity === undefined ? {} : { 'BT-129': reading.quantity }),
    ...linePrices(reading),
    'BT-131': reading.net,
    ...(reading.rate === undefined ? {} : { 'BT-152': reading.rate }),
    confidence: clamp(confidence),
    page: reading.segments[0]?.page ?? 1,
    box: unionBox(reading.segments),
    source: reading.source,
  };
}

/**
 * A discount column means the printed price is before discount: it is the gross price (BT-148),
 * and the net price (BT-146) follows from it, rounded half up to the printed decimals (2 at least).
 */
function linePrices(reading: LineReading): Pick<ExtractedLine, 'BT-146' | 'BT-148'> {
  const { unitPrice, discountPercent } = reading;
  if (unitPrice === undefined) return {};
  if (discountPercent === undefined || dec(discountPercent).isZero())
    return { 'BT-146': unitPrice };
  const places = Math.max(2, decimalsOf(unitPrice));
  const net = dec(unitPrice)
    .times(dec('100').minus(dec(discountPercent)))
    .dividedBy(100);
  return { 'BT-148': unitPrice, 'BT-146': formatDecimal(net, places) };
}
