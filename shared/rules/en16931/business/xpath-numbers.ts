/**
 * Numbers as the official schematrons compute them, so that a calculation rule gives the same
 * verdict as the artefact on every input — no tolerance of our own.
 *
 * - `xs:decimal(x)` is exact decimal arithmetic (decimal.js, 64 significant digits: amounts and
 *   rates of invoices never come near that).
 * - Untyped values used in `sum()` or in arithmetic without a cast (`sum(ram:ActualAmount)`,
 *   `. * 100`) are `xs:double`: IEEE binary floating point, which JavaScript numbers are, with
 *   the same correctly rounded conversion from text and the same left-to-right addition.
 * - `round()` takes a half towards +∞, for decimals and doubles alike.
 * - An absent operand is the empty sequence: arithmetic on it gives nothing and a comparison with
 *   it is false, so the assertion fails. A present operand that is not a number raises an XPath
 *   error, which stops the official validation: we report it as the assertion failing, saying
 *   which value is unreadable (`UnreadableNumber`).
 */
import { Decimal, isDecimalString, toDecimalString } from '../../../model';
import type { RuleContext } from '../../rule';

/** A numeric term as an XPath expression sees it. */
export interface Operand {
  /** Model pointer of the term. */
  readonly at: string;
  /** The model's value (a canonical decimal string). */
  readonly value?: string;
  /** Text the document had but the model could not hold. */
  readonly found?: string;
}

export function operand(context: RuleContext, at: string, value: string | undefined): Operand {
  if (value !== undefined) return { at, value };
  const rejected = context.rejected.get(at);
  return rejected === undefined ? { at } : { at, found: rejected.found };
}

export function isAbsent(op: Operand): boolean {
  return op.value === undefined && op.found === undefined;
}

/** Raised when an operand the assertion needs is present but is not a number. */
export class UnreadableNumber extends Error {
  constructor(
    readonly at: string,
    readonly found: string,
  ) {
    super(`Not a number at ${at}: ${found}`);
  }
}

/**
 * `xs:decimal(x)`: undefined for the empty sequence. Model values are canonical; raw XML text
 * (read by a rule from the document) is taken in the whole xs:decimal lexical space (`00`, `+5`).
 */
export function xsDecimal(op: Operand): Decimal | undefined {
  if (op.value !== undefined) {
    if (isDecimalString(op.value)) return new Decimal(op.value);
    const canonical = toDecimalString(op.value);
    if (canonical !== undefined) return new Decimal(canonical);
    throw new UnreadableNumber(op.at, op.value);
  }
  if (op.found !== undefined) throw new UnreadableNumber(op.at, op.found);
  return undefined;
}

/** The lexical space of xs:double (XML Schema part 2, 3.2.5), surrounding whitespace allowed. */
const XS_DOUBLE = /^\s*(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|-?INF|NaN)\s*$/;

/**
 * An untyped value cast to `xs:double`, as `sum()` and untyped arithmetic do. Text the model
 * refused as a decimal may still be a double (`1e3`).
 */
export function xsDouble(op: Operand): number | undefined {
  const text = op.value ?? op.found;
  if (text === undefined) return undefined;
  if (!XS_DOUBLE.test(text)) throw new UnreadableNumber(op.at, text);
  const trimmed = text.trim();
  if (trimmed === 'INF') return Number.POSITIVE_INFINITY;
  if (trimmed === '-INF') return Number.NEGATIVE_INFINITY;
  return Number(trimmed);
}

/** `sum()` of decimals: 0 for the empty sequence; absent items are not in the sequence. */
export function sumDecimals(ops: readonly Operand[]): Decimal {
  return sumInCents(ops) ?? sumExactly(ops);
}

function sumExactly(ops: readonly Operand[]): Decimal {
  let total = new Decimal(0);
  for (const op of ops) {
    const value = xsDecimal(op);
    if (value !== undefined) total = total.plus(value);
  }
  return total;
}

/** An amount of at most 13 integer digits and 2 decimals: its cents are a safe integer. */
const CENTS = /^-?\d{1,13}(?:\.\d{1,2})?$/;

/**
 * The same sum in whole cents with plain integers, exact and much faster on a long invoice, when
 * every amount has at most two decimals (the usual case); undefined otherwise.
 */
function sumInCents(ops: readonly Operand[]): Decimal | undefined {
  let cents = 0;
  for (const op of ops) {
    if (op.found !== undefined) return undefined;
    const { value } = op;
    if (value === undefined) continue;
    if (!CENTS.test(value)) return undefined;
    const dot = value.indexOf('.');
    if (dot === -1) {
      cents += Number(value) * 100;
    } else {
      const digits = Number(value.slice(0, dot) + value.slice(dot + 1));
      cents += value.length - dot === 3 ? digits : digits * 10;
    }
    if (!Number.isSafeInteger(cents)) return undefined;
  }
  return new Decimal(cents).div(100);
}

/** `sum()` of untyped values: doubles added left to right (0 for the empty sequence). */
export function sumDoubles(ops: readonly Operand[]): number {
  let total = 0;
  let first = true;
  for (const op of ops) {
    const value = xsDouble(op);
    if (value === undefined) continue;
    total = first ? value : total + value;
    first = false;
  }
  return total;
}

/** `round(x)` on a decimal: to an integer, a half towards +∞. */
export function roundInteger(value: Decimal): Decimal {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL);
}

/** `round(x * 10 * 10) div 100` on a decimal. */
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
