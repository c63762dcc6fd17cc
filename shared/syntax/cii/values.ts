/**
 * Turning the text of a CII element into the value the model holds for a term: dates of format
 * 102 into `YYYY-MM-DD`, xs:decimal into canonical decimal strings, codes trimmed. A text that
 * cannot become a model value gives a problem, which the reader reports as a VALUE-FORMAT finding.
 */
import type { LocalizedText } from '../../i18n/text';
import {
  definitionOf,
  isCountryCodeShape,
  isCurrencyCodeShape,
  isIsoDate,
  type TermId,
  valueShapeOf,
} from '../../model';
import { shown } from '../../xml/errors';
import { canonicalDecimal, isPaddedBase64 } from '../ubl/values';

/** How a term's value is written in the model. */
export type ValueKind =
  | 'text'
  | 'code'
  | 'currency'
  | 'country'
  | 'date'
  | 'decimal'
  | 'identifier'
  | 'classification'
  | 'binary';

const CURRENCY_TERMS: ReadonlySet<string> = new Set(['BT-5', 'BT-6']);
const COUNTRY_TERMS: ReadonlySet<string> = new Set(['BT-40', 'BT-55', 'BT-69', 'BT-80', 'BT-159']);

/** The kind of a term, from the model catalogue (data type and JSON shape). */
export function valueKindOf(term: TermId): ValueKind {
  const shape = valueShapeOf(term);
  if (shape === 'binary') return 'binary';
  if (shape === 'identifier') return term === 'BT-158' ? 'classification' : 'identifier';
  switch (definitionOf(term).type) {
    case 'Date':
      return 'date';
    case 'Amount':
    case 'UnitPriceAmount':
    case 'Quantity':
    case 'Percentage':
      return 'decimal';
    case 'Code':
      if (CURRENCY_TERMS.has(term)) return 'currency';
      return COUNTRY_TERMS.has(term) ? 'country' : 'code';
    default:
      return 'text';
  }
}

/**
 * A value for the model, nothing (empty source), or why the source cannot be used. The value is
 * the string itself, not wrapped in an object: a 1,000-line invoice has some 15,000 of them.
 */
export type Conversion = string | NoValue;

export type NoValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'problem'; readonly problem: LocalizedText };

const EMPTY: NoValue = { kind: 'empty' };

function problem(fr: string, en: string): NoValue {
  return { kind: 'problem', problem: { fr, en } };
}

function quoted(raw: string): { fr: string; en: string } {
  const text = shown(raw, 80);
  return { fr: `« ${text} »`, en: `"${text}"` };
}

/** Text as written; a text of spaces only is no text. */
export function toText(raw: string): Conversion {
  return raw.trim() === '' ? EMPTY : raw;
}

/** Codes lose surrounding spaces, the no-break ones included (the model's code shape). */
export function toCode(raw: string): Conversion {
  const code = raw.trim();
  return code === '' ? EMPTY : code;
}

export function toCurrency(raw: string): Conversion {
  const code = raw.trim();
  if (code === '') return EMPTY;
  if (isCurrencyCodeShape(code)) return code;
  const q = quoted(code);
  return problem(
    `${q.fr} n'a pas la forme d'un code de devise ISO 4217 (trois lettres majuscules, par exemple EUR)`,
    `${q.en} is not shaped like an ISO 4217 currency code (three capital letters, e.g. EUR)`,
  );
}

export function toCountry(raw: string): Conversion {
  const code = raw.trim();
  if (code === '') return EMPTY;
  if (isCountryCodeShape(code)) return code;
  const q = quoted(code);
  return problem(
    `${q.fr} n'a pas la forme d'un code pays ISO 3166-1 (deux lettres majuscules, par exemple FR)`,
    `${q.en} is not shaped like an ISO 3166-1 country code (two capital letters, e.g. FR)`,
  );
}

export function toDecimal(raw: string): Conversion {
  if (raw.trim() === '') return EMPTY;
  const decimal = canonicalDecimal(raw);
  if (decimal !== undefined) return decimal;
  const q = quoted(raw.trim());
  return problem(
    `${q.fr} n'est pas un nombre décimal (chiffres, point décimal, signe moins éventuel ; ni virgule, ni espace, ni exposant)`,
    `${q.en} is not a decimal number (digits, a decimal point, an optional minus sign; no comma, space or exponent)`,
  );
}

const DATE_102 = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A CII date (`udt:DateTimeString`, `udt:DateString`, `qdt:DateTimeString`): EN 16931 binds only
 * format 102, `YYYYMMDD`, and the day must exist.
 */
export function toCiiDate(raw: string, format: string | undefined): Conversion {
  const text = raw.trim();
  if (text === '') return EMPTY;
  const code = format?.trim();
  if (code === '102') {
    const match = DATE_102.exec(text);
    const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
    if (iso !== undefined && isIsoDate(iso)) return iso;
  }
  const q = quoted(text);
  if (code !== '102') {
    const missing = code === undefined || code === '';
    return problem(
      missing
        ? `la date ${q.fr} n'indique pas son format (attribut format) ; EN 16931 n'admet que le format 102 (AAAAMMJJ)`
        : `la date ${q.fr} est au format ${quoted(code).fr} ; EN 16931 n'admet que le format 102 (AAAAMMJJ)`,
      missing
        ? `the date ${q.en} does not state its format (format attribute); EN 16931 only accepts format 102 (YYYYMMDD)`
        : `the date ${q.en} is in format ${quoted(code).en}; EN 16931 only accepts format 102 (YYYYMMDD)`,
    );
  }
  return problem(
    `${q.fr} n'est pas une date AAAAMMJJ (format 102) qui existe au calendrier`,
    `${q.en} is not a date written YYYYMMDD (format 102) that exists in the calendar`,
  );
}

/** base64Binary may be split over lines: the model keeps it without white space. */
export function toBase64(raw: string): Conversion {
  const content = raw.replace(/[ \t\r\n]+/g, '');
  if (content === '') return EMPTY;
  // The model's check (zod `base64`) in one loop, without decoding megabytes of content.
  if (isPaddedBase64(content)) return content;
  return problem(
    `le contenu du document joint n'est pas du base64 valide (${content.length} caractères)`,
    `the attached document's content is not valid base64 (${content.length} characters)`,
  );
}
