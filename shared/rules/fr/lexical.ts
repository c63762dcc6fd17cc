/**
 * The lexical checks of the BR-FR schematrons (their `custom:` XSLT functions), on strings as
 * XPath sees them. XPath's `\d` is any Unicode decimal digit, hence `\p{Nd}` here; `string-length`
 * counts characters (code points), not UTF-16 units.
 */
import { normalizeSpace } from '../../xml';

export { normalizeSpace };

const ID_CHARS = /^[A-Za-z0-9+\-_/]+$/;

/**
 * `custom:is-valid-id-format` (BR-FR-02): letters, digits and `+ - _ /` once surrounding XML
 * whitespace is dropped, and no U+0020 anywhere in the raw value (a leading tab passes, a
 * leading space does not).
 */
export function isValidIdFormat(raw: string): boolean {
  return ID_CHARS.test(normalizeSpace(raw)) && !raw.includes(' ');
}

/** `string-length`: characters, a character outside the BMP counting once. */
export function characterLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

const COMPACT_DATE = /^20\p{Nd}{2}(0[1-9]|1[0-2])(0[1-9]|[12]\p{Nd}|3[01])$/u;
const ISO_DATE = /^20\p{Nd}{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\p{Nd}|3[01])$/u;

/**
 * `custom:is-valid-date-format` of the CII file: the first 8 characters read `20YYMMDD` and name
 * a day of the calendar; what follows the 8th character is not looked at.
 */
export function isValidCompactDate(raw: string): boolean {
  const short = raw.length <= 8 ? raw : raw.slice(0, 8);
  if (!COMPACT_DATE.test(short)) return false;
  return dayExists(asciiNumber(short, 0, 4), asciiNumber(short, 4, 6), asciiNumber(short, 6, 8));
}

/** The UBL file's version: the whole value is `20YY-MM-DD` and names a day of the calendar. */
export function isValidIsoDate(raw: string): boolean {
  if (!ISO_DATE.test(raw)) return false;
  return dayExists(asciiNumber(raw, 0, 4), asciiNumber(raw, 5, 7), asciiNumber(raw, 8, 10));
}

const LONG_MONTHS: ReadonlySet<number> = new Set([1, 3, 5, 7, 8, 10, 12]);
const SHORT_MONTHS: ReadonlySet<number> = new Set([4, 6, 9, 11]);

/** XPath `number()` of non-ASCII digits is NaN: such a date fails, as in the official file. */
function dayExists(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const maxDay = LONG_MONTHS.has(month)
    ? 31
    : SHORT_MONTHS.has(month)
      ? 30
      : month === 2
        ? leap
          ? 29
          : 28
        : 0;
  return day <= maxDay;
}

/**
 * The number the UTF-16 units `start` to `end` of `text` write in ASCII digits, NaN when one is
 * not such a digit or there is none: `Number(text.slice(start, end))` for a text of ASCII digits,
 * without making that string (every date of a long invoice goes through here).
 */
function asciiNumber(text: string, start: number, end: number): number {
  const last = Math.min(end, text.length);
  if (start >= last) return Number.NaN;
  let value = 0;
  for (let i = start; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return Number.NaN;
    value = value * 10 + (code - 0x30);
  }
  return value;
}

/**
 * Length once the dots are removed (the `replace($x, '\.', '')` of the DEC functions): the
 * characters of `text.replaceAll('.', '')`, counted as `characterLength` does but without building
 * that string, since every amount of a long invoice goes through here.
 */
function lengthWithoutDots(text: string): number {
  let length = 0;
  // A high surrogate whose low half, if the next kept unit is one, makes a single character.
  let openPair = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) continue;
    if (code >= 0xdc00 && code <= 0xdfff && openPair) {
      openPair = false;
      continue;
    }
    openPair = code >= 0xd800 && code <= 0xdbff;
    length++;
  }
  return length;
}

const DECIMAL_19_2 = /^-?\p{Nd}{1,19}(\.\p{Nd}{1,2})?$/u;
const DECIMAL_19_4 = /^-?\p{Nd}{1,19}(\.\p{Nd}{1,4})?$/u;
const DECIMAL_19_6 = /^-?\p{Nd}{1,19}(\.\p{Nd}{1,6})?$/u;
const DECIMAL_19_6_POSITIVE = /^\p{Nd}{1,19}(\.\p{Nd}{1,6})?$/u;
const PERCENT_4_2 = /^\p{Nd}{1,4}(\.\p{Nd}{1,2})?$/u;

/**
 * The decimal checks below on a text of ASCII characters, where `\p{Nd}` is `[0-9]` and every
 * character counts one: `-?` (when `signed`), 1 to `integers` digits, then optionally a dot and 1
 * to `decimals` digits, and at most `length` characters besides the dot. Undefined when the text
 * holds a character beyond ASCII (a digit of another script…): the regular expression decides.
 * Every amount, quantity, price and rate of a long invoice is checked; this scan costs a fraction
 * of the Unicode expression's.
 */
function asciiDecimal(
  text: string,
  signed: boolean,
  integers: number,
  decimals: number,
  length: number,
): boolean | undefined {
  const end = text.length;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) > 0x7f) return undefined;
  let at = signed && text.charCodeAt(0) === 0x2d ? 1 : 0;
  const integerStart = at;
  while (at < end && isAsciiDigit(text.charCodeAt(at))) at++;
  const integerDigits = at - integerStart;
  if (integerDigits < 1 || integerDigits > integers) return false;
  if (at === end) return end <= length;
  if (text.charCodeAt(at) !== 0x2e) return false;
  const decimalStart = ++at;
  while (at < end && isAsciiDigit(text.charCodeAt(at))) at++;
  const decimalDigits = at - decimalStart;
  return at === end && decimalDigits >= 1 && decimalDigits <= decimals && end - 1 <= length;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Amounts (BR-FR-DEC-01): at most 2 decimals and 19 characters without the dot (sign included). */
export function isDecimal19x2(text: string): boolean {
  return (
    asciiDecimal(text, true, 19, 2, 19) ??
    (DECIMAL_19_2.test(text) && lengthWithoutDots(text) <= 19)
  );
}

/** Quantities (BR-FR-DEC-02): at most 4 decimals. */
export function isDecimal19x4(text: string): boolean {
  return (
    asciiDecimal(text, true, 19, 4, 19) ??
    (DECIMAL_19_4.test(text) && lengthWithoutDots(text) <= 19)
  );
}

/** Unit prices (BR-FR-DEC-03): at most 6 decimals; a sign only when `signed` (frames B9/S9/M9). */
export function isDecimal19x6(text: string, signed: boolean): boolean {
  return (
    asciiDecimal(text, signed, 19, 6, 19) ??
    ((signed ? DECIMAL_19_6 : DECIMAL_19_6_POSITIVE).test(text) && lengthWithoutDots(text) <= 19)
  );
}

/** VAT rates (BR-FR-DEC-04): no sign, at most 2 decimals and 4 characters without the dot. */
export function isPercent4x2(text: string): boolean {
  return (
    asciiDecimal(text, false, 4, 2, 4) ?? (PERCENT_4_2.test(text) && lengthWithoutDots(text) <= 4)
  );
}

const SCHEME_ID_CHARS = /^[A-Za-z0-9+\-_.]+$/;

/**
 * `custom:is-valid-schemeid-format` (BR-FR-23/24): letters, digits and `+ - _ .` on the raw
 * value. The official messages do not name `+` but the expression accepts it; we follow the
 * expression, which is what platforms run.
 */
export function isValidSchemeIdFormat(raw: string): boolean {
  return SCHEME_ID_CHARS.test(raw);
}

const SIREN = /^\p{Nd}{9}$/u;
const SIRET = /^\p{Nd}{14}$/u;

/** Nine digits, on the value as given (callers normalise first where the official test does). */
export function isNineDigits(text: string): boolean {
  return SIREN.test(text);
}

/** `custom:check-siret-siren-coherence`: 14 digits and the first nine among the given SIRENs. */
export function siretMatchesSiren(siret: string, sirens: readonly string[]): boolean {
  if (!SIRET.test(siret)) return false;
  const head = firstCharacters(siret, 9);
  return sirens.includes(head);
}

/** XPath `substring($s, 1, n)`: the first n characters (code points). */
export function firstCharacters(text: string, count: number): string {
  return Array.from(text).slice(0, count).join('');
}

/** xs:double's lexical space: ASCII digits only, unlike the `\d` of XPath regular expressions. */
const XS_DOUBLE = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee][+-]?[0-9]+)?$/;

/**
 * XPath 2 `number()` of a node's text (a cast to xs:double): surrounding whitespace is ignored,
 * exponents and `INF` are accepted, anything else is NaN. An absent node is NaN too.
 */
export function xpathNumber(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  const trimmed = normalizeSpace(text);
  if (trimmed === 'INF' || trimmed === '+INF') return Number.POSITIVE_INFINITY;
  if (trimmed === '-INF') return Number.NEGATIVE_INFINITY;
  if (!XS_DOUBLE.test(trimmed)) return Number.NaN;
  return Number(trimmed);
}

/**
 * XPath `sum()` of nodes: their values as doubles, added in document order (0 for none). A
 * value that is not a number makes the whole sum NaN, where XSLT would stop with an error: both
 * make the comparison that uses it fail.
 */
export function xpathSum(texts: readonly string[]): number {
  let total = 0;
  for (const text of texts) total += xpathNumber(text);
  return total;
}

/** Occurrences of `needle` in `text`, without overlap (what `tokenize` and `replace` count). */
export function occurrences(text: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    count++;
  }
  return count;
}

/** True when the text is empty or only XML whitespace (`normalize-space(.) = ''`). */
export function isBlankText(text: string | undefined): boolean {
  return text === undefined || normalizeSpace(text) === '';
}
