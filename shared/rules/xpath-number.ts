/**
 * XPath number semantics shared by the rule layers that reproduce an official schematron (EN 16931
 * business rules on the model, Factur-X profile rules on the XML tree), so both compute what
 * Saxon HE 9.9 computes when it runs the artefacts:
 *
 * - untyped text cast to `xs:double` (untyped arithmetic, `sum()`, `number()`) with the lexical
 *   space of XML Schema 1.1, Saxon's default (so `+INF` is infinity, not an error);
 * - `sum()` starts from the first item and adds left to right, as Saxon does (the sum of a lone
 *   `-0` stays `-0`);
 * - `round()` takes a half towards +∞, for decimals and doubles alike;
 * - `xs:decimal(d)` of a double is the exact value of the binary number.
 *
 * Reading a term (a model operand, an XML node) and reporting a value that cannot be cast stay with
 * each layer: they differ in what they read and in how the failed assertion is reported.
 */
import { Decimal } from '../model';

/** The lexical space of xs:double (XML Schema 1.1, 3.3.5), once surrounding whitespace is gone. */
const XS_DOUBLE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?INF|NaN)$/;

/** Text cast to `xs:double`; undefined when it is not an xs:double (an XPath error). */
export function doubleOfText(value: string): number | undefined {
  const text = value.trim();
  if (!XS_DOUBLE.test(text)) return undefined;
  if (text === 'INF' || text === '+INF') return Number.POSITIVE_INFINITY;
  if (text === '-INF') return Number.NEGATIVE_INFINITY;
  return Number(text);
}

/** `number()` of a string: like the xs:double cast, but NaN instead of an error. */
export function numberOfText(value: string): number {
  return doubleOfText(value) ?? Number.NaN;
}

/**
 * `sum()` of doubles: 0 for the empty sequence, otherwise the first item plus the next ones, left
 * to right. Items for which `doubleOf` gives undefined are not in the sequence.
 */
export function sumDoubles<T>(
  items: Iterable<T>,
  doubleOf: (item: T) => number | undefined,
): number {
  let total: number | undefined;
  for (const item of items) {
    const value = doubleOf(item);
    if (value === undefined) continue;
    total = total === undefined ? value : total + value;
  }
  return total ?? 0;
}

/** `sumDoubles` of the items 0 to count − 1 of a sequence read by index. */
export function sumDoublesAt(
  count: number,
  doubleAt: (index: number) => number | undefined,
): number {
  let total: number | undefined;
  for (let index = 0; index < count; index++) {
    const value = doubleAt(index);
    if (value === undefined) continue;
    total = total === undefined ? value : total + value;
  }
  return total ?? 0;
}

/**
 * `sum()` of `xs:decimal` casts: exact, 0 for the empty sequence. Items whose `textOf` is
 * undefined are not in the sequence. When every text is an amount with at most two decimals (the
 * usual case) they are added as whole cents, exact and much faster than decimal objects on a long
 * invoice; otherwise each item goes through `decimalOf`, the layer's cast, which may throw.
 */
export function sumDecimals<T>(
  items: readonly T[],
  textOf: (item: T) => string | undefined,
  decimalOf: (item: T) => Decimal | undefined,
): Decimal {
  return sumDecimalsAt(
    items.length,
    (index) => textOf(items[index] as T),
    (index) => decimalOf(items[index] as T),
  );
}

/** `sumDecimals` of the items 0 to count − 1 of a sequence read by index. */
export function sumDecimalsAt(
  count: number,
  textAt: (index: number) => string | undefined,
  decimalAt: (index: number) => Decimal | undefined,
): Decimal {
  let cents = 0;
  for (let index = 0; index < count; index++) {
    const text = textAt(index);
    if (text === undefined) continue;
    const value = centsOf(text);
    if (value === undefined) return sumExactly(count, decimalAt);
    cents += value;
    if (!Number.isSafeInteger(cents)) return sumExactly(count, decimalAt);
  }
  return new Decimal(cents).div(100);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * An amount of at most 13 integer digits and 2 decimals as whole cents (a safe integer), read
 * without a regular expression or a substring: `^[ \t\n\r]*-?\d{1,13}(\.\d{0,2})?[ \t\n\r]*$`.
 * Undefined for any other text.
 */
export function centsOf(text: string): number | undefined {
  const end = text.length;
  let i = 0;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const negative = i < end && text.charCodeAt(i) === 45;
  if (negative) i++;
  const start = i;
  let whole = 0;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  if (i === start || i - start > 13) return undefined;
  let fraction = 0;
  if (i < end && text.charCodeAt(i) === 46) {
    i++;
    let places = 0;
    for (; i < end; i++, places++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      if (places === 2) return undefined;
      fraction = fraction * 10 + digit;
    }
    if (places === 1) fraction *= 10;
  }
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i < end) return undefined;
  const cents = whole * 100 + fraction;
  return negative ? -cents : cents;
}

function sumExactly(count: number, decimalAt: (index: number) => Decimal | undefined): Decimal {
  let total = new Decimal(0);
  for (let index = 0; index < count; index++) {
    const value = decimalAt(index);
    if (value !== undefined) total = total.plus(value);
  }
  return total;
}

/** `round(x)` on a decimal: to an integer, a half towards +∞. */
export function roundInteger(value: Decimal): Decimal {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL);
}

/** `round(x * 100) div 100` on a decimal (exact, so `x * 10 * 10` is the same). */
export function roundCents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_CEIL);
}

/** `round(x)` on a double: JavaScript's Math.round also takes a half towards +∞. */
export function roundDouble(value: number): number {
  return Math.round(value);
}

/**
 * `xs:decimal(d)` of a double: the exact value of the binary number (as Saxon's
 * `new BigDecimal(double)`), e.g. 0.1 → 0.1000000000000000055511151231257827…
 * Undefined for NaN and infinities, which cannot be cast.
 */
export function decimalOfDouble(value: number): Decimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (value === 0) return new Decimal(0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biasedExponent = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  let exponent: number;
  if (biasedExponent === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biasedExponent - 1075;
  }
  let text: string;
  if (exponent >= 0) {
    text = (mantissa << BigInt(exponent)).toString();
  } else {
    // m × 2^-k = m × 5^k / 10^k: the digits of m × 5^k with the point k places from the right.
    const places = -exponent;
    const digits = (mantissa * 5n ** BigInt(places)).toString().padStart(places + 1, '0');
    text = `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  }
  return new Decimal(negative ? `-${text}` : text);
}

/** How an amount is shown in a message: at least two decimals (`158.00`), more if it has them. */
export function shown(value: Decimal | number): string {
  if (typeof value !== 'number') return value.toFixed(Math.max(2, value.decimalPlaces()));
  const cents = value.toFixed(2);
  return Number(cents) === value ? cents : String(value);
}
