/**
 * What reading an invoice from the visible text of a PDF gives back. Every value says how sure the
 * reading is and where on the page it was printed, so that a person can check it against the page.
 */
import type { LocalizedText } from '../i18n/text';
import type { Invoice } from '../model';

/**
 * A rectangle on a page, in PDF points, origin at the TOP-left corner of the page (y grows
 * downwards, as on screen): `[x, y, width, height]`. Multiply by `scale` of a rendered page to
 * place it over the image.
 */
export type Box = readonly [x: number, y: number, width: number, height: number];

/** The business terms the reader looks for at document level. */
export const EXTRACTED_TERMS = [
  'BT-1',
  'BT-2',
  'BT-3',
  'BT-5',
  'BT-9',
  'BT-10',
  'BT-12',
  'BT-13',
  'BT-20',
  'BT-27',
  'BT-29',
  'BT-30',
  'BT-31',
  'BT-44',
  'BT-46',
  'BT-47',
  'BT-48',
  'BT-84',
  'BT-86',
  'BT-109',
  'BT-110',
  'BT-112',
  'BT-113',
  'BT-115',
] as const;
export type ExtractedTerm = (typeof EXTRACTED_TERMS)[number];

/** One value read from the page. */
export interface ExtractedField {
  /**
   * The value in the model's form: ISO date, canonical decimal string, code, identifier without
   * separators, or text as printed.
   */
  readonly value: string;
  /** ISO 6523 scheme of an identifier: 0009 for a SIRET, 0002 for a SIREN. */
  readonly scheme?: string;
  /** 0 (a guess) … 1 (certain). */
  readonly confidence: number;
  /** Page number, from 1. */
  readonly page: number;
  readonly box: Box;
  /** The printed text the value was read from (label included when it was on the same line). */
  readonly source: string;
  /**
   * Set when the value was not printed as such but follows from printed values (the amount due
   * equal to the total when no payment is printed); `source` says from what.
   */
  readonly derived?: boolean;
}

export type ExtractedFields = Partial<Record<ExtractedTerm, ExtractedField>>;

/** A row of the line-item table. Amounts are canonical decimal strings. */
export interface ExtractedLine {
  /** BT-153 item name (the description column, its lines joined). */
  readonly 'BT-153'?: string;
  /** BT-129 invoiced quantity. */
  readonly 'BT-129'?: string;
  /** BT-146 item net price (after a printed discount, when the row has one). */
  readonly 'BT-146'?: string;
  /** BT-148 item gross price, when a discount column shows the printed price is before discount. */
  readonly 'BT-148'?: string;
  /** BT-131 line net amount. */
  readonly 'BT-131'?: string;
  /** BT-152 VAT rate, percent. */
  readonly 'BT-152'?: string;
  readonly confidence: number;
  readonly page: number;
  readonly box: Box;
  /** The row's printed text, cells separated by ` | `. */
  readonly source: string;
}

/** A row of the VAT breakdown table. */
export interface ExtractedVatRow {
  /** BT-119 rate, percent; absent when the row prints none (outside the scope of VAT). */
  readonly 'BT-119'?: string;
  /** BT-116 taxable amount (absent when only the VAT amount is printed, `TVA 20 % : 20,00`). */
  readonly 'BT-116'?: string;
  /** BT-117 VAT amount. */
  readonly 'BT-117'?: string;
  /** BT-118 category code, only when the table prints it (S, E, K, O …). */
  readonly 'BT-118'?: string;
  readonly confidence: number;
  readonly page: number;
  readonly box: Box;
  readonly source: string;
}

export const EXTRACTION_WARNING_CODES = [
  'identifier-invalid',
  'amounts-inconsistent',
  'sign-corrected',
  'credit-note-signs',
  'derived-value',
  'pages-truncated',
  'page-without-text',
  'items-truncated',
  'date-order-guessed',
  'no-line-table',
  'no-vat-table',
] as const;
export type ExtractionWarningCode = (typeof EXTRACTION_WARNING_CODES)[number];

export interface ExtractionWarning {
  readonly code: ExtractionWarningCode;
  readonly message: LocalizedText;
  /** The term concerned, when there is one. */
  readonly term?: string;
}

export const EXTRACTION_ERROR_CODES = [
  /** Not a PDF, or a PDF pdf.js cannot parse. */
  'unreadable',
  /** Protected by a password the reader does not have. */
  'encrypted',
  /** More bytes than `maxBytes`. */
  'too-large',
  /** No text layer: a scan or a picture. */
  'no-text-layer',
] as const;
export type ExtractionErrorCode = (typeof EXTRACTION_ERROR_CODES)[number];

export interface ExtractionError {
  readonly code: ExtractionErrorCode;
  readonly message: LocalizedText;
}

export interface PageInfo {
  /** From 1. */
  readonly number: number;
  /** In PDF points. */
  readonly width: number;
  readonly height: number;
  /** Characters of visible text found on the page (0 for a scanned page). */
  readonly characters: number;
}

export interface ExtractionResult {
  readonly fields: ExtractedFields;
  readonly lines: readonly ExtractedLine[];
  readonly vatBreakdown: readonly ExtractedVatRow[];
  /** The model built from what was found, and only from that: a term not found is absent. */
  readonly invoice: Invoice;
  readonly warnings: readonly ExtractionWarning[];
  /** The pages read (at most `maxPages`). */
  readonly pages: readonly PageInfo[];
  /** Pages in the file, read or not (0 when it could not be opened). */
  readonly pageCount: number;
  /** False when the file has no usable text (scan, picture) or could not be read at all. */
  readonly textLayer: boolean;
  /** Set when nothing could be read: the fields are then empty, never guessed. */
  readonly error?: ExtractionError;
}

export interface ExtractOptions {
  /** Pages read at most, from the first (default 50). Later pages are left out with a warning. */
  readonly maxPages?: number;
  /** Larger files are refused (default 20 MB). */
  readonly maxBytes?: number;
  /** Text items read at most over all pages (default 100,000): bounds the layout work. */
  readonly maxItems?: number;
  /** Password of an encrypted PDF, when the caller has it. */
  readonly password?: string;
}

export const DEFAULT_EXTRACT_OPTIONS = {
  maxPages: 50,
  maxBytes: 20 * 1024 * 1024,
  maxItems: 100_000,
} as const;
