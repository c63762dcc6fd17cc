/**
 * Exact decimal arithmetic for amounts, quantities, prices and percentages.
 *
 * In the model these values are canonical decimal strings (`"1234.50"`, `"-3"`, `"0.000001"`):
 * optional minus sign, digits without superfluous leading zeros, optional `.` and at least one
 * fraction digit; no exponent, no `+`, no thousands separator. Trailing zeros are kept as written
 * in the source because the decimal-count rules (BR-DEC-*) read them.
 *
 * Rounding. The official EN 16931 schematrons compute `round(x * 10 * 10) div 100`, and XPath 2
 * `fn:round` rounds a value halfway between two integers towards positive infinity: 2.345 → 2.35
 * but -2.345 → -2.34. `round2` reproduces exactly that (decimal.js ROUND_HALF_CEIL), so a
 * calculation rule here agrees with the official artefacts on every input, negative ones
 * included. For non-negative values it is the same as ROUND_HALF_UP, the commercial rounding;
 * `roundHalfUp` (halves away from zero) is there for producing amounts, and is also the default
 * mode of the `Decimal` clone below for any operation that has to round.
 */
import DecimalJs from 'decimal.js';

/**
 * decimal.js configured for invoices: 64 significant digits (an amount of 19 digits times a
 * price with 6 decimals is exact, so sums and products never round silently), halves rounded away
 * from zero, and exponent notation never used when converting to string.
 */
export const Decimal = DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Decimal = DecimalJs;

/** A value the helpers accept: a canonical decimal string or a Decimal. */
export type DecimalLike = string | Decimal;

/** The lexical space of xs:decimal (XML Schema part 2, 3.2.3), surrounding whitespace allowed. */
const XS_DECIMAL = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/;

/**
 * The number of fraction digits of a canonical decimal string (`^-?(0|[1-9]\d*)(\.\d+)?$`), or -1
 * for any other text. One pass over the characters: amounts of every line go through it, several
 * times per validation, and a regular expression costs half as much again.
 */
function canonicalFractionDigits(value: string): number {
  const end = value.length;
  let i = value.charCodeAt(0) === 45 ? 1 : 0;
  const first = value.charCodeAt(i) - 48;
  if (first === 0) i++;
  else if (first > 0 && first <= 9) {
    for (i++; i < end; i++) {
      const digit = value.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
    }
  } else return -1;
  if (i === end) return 0;
  if (value.charCodeAt(i) !== 46) return -1;
  const point = i + 1;
  for (i = point; i < end; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
  }
  return end === point ? -1 : end - point;
}

/** True for a canonical decimal string as stored in the model. */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && canonicalFractionDigits(value) >= 0;
}

/**
 * Turns the text of an xs:decimal as found in XML (`"+012.50"`, `" .5 "`, `"7."`) into the
 * model's canonical form (`"12.50"`, `"0.5"`, `"7"`) without touching the fraction digits.
 * Returns undefined for anything that is not an xs:decimal (exponents, commas, spaces inside,
 * empty text).
 */
export function toDecimalString(raw: string): string | undefined {
  const match = XS_DECIMAL.exec(raw);
  if (!match) return undefined;
  const [, sign = '', integerDigits = '', fractionDigits = ''] = match;
  if (integerDigits === '' && fractionDigits === '') return undefined;
  const integer = integerDigits.replace(/^0+(?=\d)/, '') || '0';
  const fraction = fractionDigits === '' ? '' : `.${fractionDigits}`;
  return `${sign === '-' ? '-' : ''}${integer}${fraction}`;
}

/** Number of fraction digits as written: `"12.50"` → 2, `"3"` → 0. */
export function decimalsOf(value: string): number {
  const digits = typeof value === 'string' ? canonicalFractionDigits(value) : -1;
  if (digits < 0) throw new RangeError(`Not a decimal string: ${JSON.stringify(value)}`);
  return digits;
}

/**
 * `decimalsOf` for a value that may not be a decimal string, which counts as none: for checks
 * that must not throw on a value the model and the reader already report.
 */
export function decimalsOrZero(value: unknown): number {
  return typeof value === 'string' ? Math.max(0, canonicalFractionDigits(value)) : 0;
}

/**
 * A Decimal from a model value. Strings must be canonical: this catches a value that bypassed
 * the schema rather than letting decimal.js accept `"1e3"` or `"Infinity"`.
 */
export function dec(value: DecimalLike): Decimal {
  if (typeof value !== 'string') return new Decimal(value);
  if (!isDecimalString(value))
    throw new RangeError(`Not a decimal string: ${JSON.stringify(value)}`);
  return new Decimal(value);
}

/** Exact sum; 0 for no values. */
export function sum(values: Iterable<DecimalLike>): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(dec(value));
  return total;
}

/** Rounds to 2 decimals as the official schematrons do (XPath `round`: halves towards +∞). */
export function round2(value: DecimalLike): Decimal {
  return dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_CEIL);
}

/** Rounds to `places` decimals, halves away from zero (1.005 → 1.01, -1.005 → -1.01). */
export function roundHalfUp(value: DecimalLike, places: number): Decimal {
  return dec(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/**
 * The canonical string of a value, for writing it into the model. With `places`, exactly that
 * many fraction digits (rounding halves away from zero); without, as many as the value needs.
 * Negative zero is written as zero.
 */
export function formatDecimal(value: DecimalLike, places?: number): string {
  let number = dec(value);
  if (number.isZero()) number = number.abs();
  if (places === undefined) return number.toFixed();
  const fixed = number.toFixed(places, Decimal.ROUND_HALF_UP);
  return /^-0(\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed;
}

/** Numeric comparison, whatever the number of trailing zeros: -1, 0 or 1. */
export function compareDecimal(a: DecimalLike, b: DecimalLike): -1 | 0 | 1 {
  return dec(a).comparedTo(dec(b)) as -1 | 0 | 1;
}

/** Numeric equality: `"10.0"` equals `"10.00"`. */
export function equalDecimal(a: DecimalLike, b: DecimalLike): boolean {
  return dec(a).equals(dec(b));
}
