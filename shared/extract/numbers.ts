/**
 * Amounts and percentages as printed: `1 234,56 €`, `1.235,40`, `2,076.76`, `-20,48`, `EUR 12`,
 * `20,00 %`. A single separator followed by exactly three digits is ambiguous (`1,980` is one
 * thousand nine hundred and eighty in English, one point nine eight in French): the document's
 * style decides, read from its unambiguous numbers.
 */
import { toDecimalString } from '../model/decimal';

/** `fr`: decimal comma (`1 234,56`); `en`: decimal point (`1,234.56`). */
export type NumberStyle = 'fr' | 'en';

export interface ParsedAmount {
  /** Canonical decimal string (`-1234.50`): fraction digits as printed. */
  readonly value: string;
  /** ISO 4217 code when a currency sign or code was printed with the number. */
  readonly currency?: string;
  /** Characters of the input used, from its start. */
  readonly length: number;
}

const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  '€': 'EUR',
  EUR: 'EUR',
  EURO: 'EUR',
  EUROS: 'EUR',
  $: 'USD',
  USD: 'USD',
  '£': 'GBP',
  GBP: 'GBP',
  CHF: 'CHF',
  XPF: 'XPF',
  CAD: 'CAD',
  JPY: 'JPY',
};

const CURRENCY = '(?:€|\\$|£|EUR(?:OS?)?|USD|GBP|CHF|XPF|CAD|JPY)';
/** Digits with optional group separators (space, dot, comma, apostrophe) and decimals. */
const NUMBER = "[-+]?\\d(?:(?:[.,']|\\s(?=\\d{3}(?!\\d)))?\\d)*";
const AMOUNT_AT_START = new RegExp(
  `^[\\s:=]*(?:(${CURRENCY})\\s?)?(${NUMBER})(?:\\s?(${CURRENCY})(?![A-Za-z]))?`,
  'i',
);
const AMOUNT_ANYWHERE = new RegExp(
  `(?<![\\w.,])(?:(${CURRENCY})\\s?)?(${NUMBER})(?:\\s?(${CURRENCY})(?![A-Za-z]))?`,
  'gi',
);

/** The style a document's unambiguous numbers point to (French when nothing tells). */
export function detectNumberStyle(texts: Iterable<string>): NumberStyle {
  let french = 0;
  let english = 0;
  for (const text of texts) {
    for (const match of text.matchAll(/\d[\d.,\s]*\d/g)) {
      const token = match[0].replace(/\s/g, '');
      const lastComma = token.lastIndexOf(',');
      const lastDot = token.lastIndexOf('.');
      if (lastComma >= 0 && lastDot >= 0) {
        if (lastComma > lastDot) french++;
        else english++;
      } else if (lastComma >= 0 && /,\d{1,2}$/.test(token)) french++;
      else if (lastDot >= 0 && /\.\d{1,2}$/.test(token) && !/^\d{1,2}\.\d{1,2}$/.test(token)) {
        // `20.0` or `5.5` (VAT rates written with a point in French documents) tell nothing.
        english++;
      }
    }
  }
  return english > french ? 'en' : 'fr';
}

/**
 * Reads a printed number as a canonical decimal string, or undefined when the separators do not
 * form a number (`1.2.3,4,5`).
 */
export function toCanonical(token: string, style: NumberStyle): string | undefined {
  // Spaces and apostrophes only group thousands: `1 234,56`, `1'234.56`, never `1 23,00`.
  if (/[\s']/.test(token) && !/^[-+]?\d{1,3}(?:[\s']\d{3})+(?:[.,]\d+)?$/.test(token))
    return undefined;
  let text = token.replace(/[\s']/g, '');
  let sign = '';
  if (text.startsWith('-') || text.startsWith('+')) {
    sign = text.startsWith('-') ? '-' : '';
    text = text.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return undefined;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let decimalSeparator: string | undefined;
  if (lastComma >= 0 && lastDot >= 0) decimalSeparator = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const occurrences = text.split(separator).length - 1;
    const digitsAfter = text.length - text.lastIndexOf(separator) - 1;
    if (occurrences > 1) decimalSeparator = undefined;
    else if (digitsAfter !== 3) decimalSeparator = separator;
    else decimalSeparator = (style === 'fr') === (separator === ',') ? separator : undefined;
  }
  const groupSeparator = decimalSeparator === ',' ? '.' : ',';
  const [integerPart = '', fraction] =
    decimalSeparator === undefined ? [text] : splitOnce(text, decimalSeparator);
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  if (!validGroups(integerPart, decimalSeparator === undefined ? /[.,]/ : groupSeparator)) {
    return undefined;
  }
  const digits = integerPart.replace(/[.,]/g, '');
  return toDecimalString(`${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.lastIndexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Group separators must cut the integer part in threes after a first group of one to three. */
function validGroups(integerPart: string, separator: string | RegExp): boolean {
  const groups = integerPart.split(separator);
  if (groups.length === 1) return /^\d+$/.test(integerPart);
  const [first = '', ...rest] = groups;
  return /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
}

/**
 * An amount at the start of `text` (after spaces and a colon), with its currency when printed next
 * to it. A number followed by `%` or by letters is not an amount.
 */
export function parseAmountAt(text: string, style: NumberStyle): ParsedAmount | undefined {
  const match = AMOUNT_AT_START.exec(text);
  if (!match) return undefined;
  const [whole, before, number = '', after] = match;
  const rest = text.slice(whole.length);
  if (/^\s*%/.test(rest) || /^[A-Za-z\d]/.test(rest)) return undefined;
  const value = toCanonical(number.trim(), style);
  if (value === undefined) return undefined;
  const currency = currencyCode(before ?? after);
  return currency === undefined
    ? { value, length: whole.length }
    : { value, currency, length: whole.length };
}

/** An amount that is the whole of `text` (a table cell), currency allowed. */
export function parseAmountCell(text: string, style: NumberStyle): ParsedAmount | undefined {
  const parsed = parseAmountAt(text, style);
  if (!parsed) return undefined;
  return text.slice(parsed.length).trim() === '' ? parsed : undefined;
}

/** Every amount printed in `text`, in order. */
export function findAmounts(
  text: string,
  style: NumberStyle,
): { value: string; currency?: string; index: number; raw: string }[] {
  const found: { value: string; currency?: string; index: number; raw: string }[] = [];
  for (const match of text.matchAll(AMOUNT_ANYWHERE)) {
    const [whole, before, number = '', after] = match;
    const rest = text.slice((match.index ?? 0) + whole.length);
    if (/^\s*%/.test(rest) || /^[A-Za-z\d]/.test(rest)) continue;
    const value = toCanonical(number.trim(), style);
    if (value === undefined) continue;
    const currency = currencyCode(before ?? after);
    found.push({
      value,
      index: match.index ?? 0,
      raw: whole.trim(),
      ...(currency === undefined ? {} : { currency }),
    });
  }
  return found;
}

export function currencyCode(sign: string | undefined): string | undefined {
  if (sign === undefined) return undefined;
  return CURRENCY_SIGNS[sign.toUpperCase()] ?? CURRENCY_SIGNS[sign];
}

/**
 * A percentage in a table cell: `20,00 %`, `5.5`, `(K) 0,00%`, a tax name ending with its rate
 * (`EXPORT-0`). The last number of the cell is the rate; a cell without one (`-`) has none.
 */
export function parseRateCell(text: string): string | undefined {
  const numbers = [...text.matchAll(/\d+(?:[.,]\d+)?/g)];
  const last = numbers.at(-1);
  if (!last) return undefined;
  const raw = last[0];
  // A rate has at most 2 integer digits and never groups thousands: a point or a comma is decimal.
  const value = toDecimalString(raw.replace(',', '.'));
  if (value === undefined || Number(value) > 100) return undefined;
  return value;
}
