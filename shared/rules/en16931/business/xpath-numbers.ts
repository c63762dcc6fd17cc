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
 *
 * The casts, sums and rounding themselves are the profile layer's too (`../../xpath-number`); this
 * module applies them to model operands.
 */
import { Decimal, isDecimalString, toDecimalString } from '../../../model';
import type { RuleContext } from '../../rule';
import {
  doubleOfText,
  sumDecimalsAt,
  sumDecimals as sumDecimalsOf,
  sumDoublesAt,
  sumDoubles as sumDoublesOf,
} from '../../xpath-number';

export {
  decimalOfDouble,
  roundCents,
  roundDouble,
  roundInteger,
  shown,
} from '../../xpath-number';

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

/**
 * An untyped value cast to `xs:double`, as `sum()` and untyped arithmetic do. Text the model
 * refused as a decimal may still be a double (`1e3`).
 */
export function xsDouble(op: Operand): number | undefined {
  const text = op.value ?? op.found;
  if (text === undefined) return undefined;
  const value = doubleOfText(text);
  if (value === undefined) throw new UnreadableNumber(op.at, text);
  return value;
}

/** `sum()` of decimals: 0 for the empty sequence; absent items are not in the sequence. */
export function sumDecimals(ops: readonly Operand[]): Decimal {
  // Text the model refused is no plain amount, so it leaves the fast path for xsDecimal to report.
  return sumDecimalsOf(ops, (op) => op.value ?? op.found, xsDecimal);
}

/** `sum()` of untyped values: doubles added left to right (0 for the empty sequence). */
export function sumDoubles(ops: readonly Operand[]): number {
  return sumDoublesOf(ops, xsDouble);
}

/**
 * The sums above over one term of each item of a repeated group (BT-131 of every line): the same
 * as summing their operands, without building an operand and a pointer for each plain amount.
 */
export interface TermOfEach<T> {
  readonly items: readonly T[];
  readonly termOf: (item: T) => string | undefined;
  /** The term's pointer in item `index`. */
  readonly at: (index: number) => string;
}

function operandAt<T>(c: RuleContext, terms: TermOfEach<T>, index: number): Operand {
  return operand(c, terms.at(index), terms.termOf(terms.items[index] as T));
}

/** `sumDecimals` of the term of each item. */
export function sumTermDecimals<T>(c: RuleContext, terms: TermOfEach<T>): Decimal {
  const { items, termOf } = terms;
  return sumDecimalsAt(
    items.length,
    (index) =>
      termOf(items[index] as T) ??
      (c.rejected.size > 0 ? c.rejected.get(terms.at(index))?.found : undefined),
    (index) => xsDecimal(operandAt(c, terms, index)),
  );
}

/** `sumDoubles` of the term of each item. */
export function sumTermDoubles<T>(c: RuleContext, terms: TermOfEach<T>): number {
  const { items, termOf } = terms;
  return sumDoublesAt(items.length, (index) => {
    const value = termOf(items[index] as T);
    const double = value === undefined ? undefined : doubleOfText(value);
    return double ?? xsDouble(operandAt(c, terms, index));
  });
}
