/** Decimal terms as the VAT category rules read them: absent, unreadable, or a number. */
import { Decimal, isDecimalString, toDecimalString } from '../../../model';
import { decimalKey } from './exact-sum';

/**
 * A decimal term as written: `text` is the model's canonical string. Places that repeat a rate
 * share one term, so its number and key are worked out once.
 */
export class DecimalTerm {
  readonly state = 'value';
  #value: Decimal | undefined;
  #key: string | undefined;
  constructor(readonly text: string) {}
  get value(): Decimal {
    this.#value ??= new Decimal(this.text);
    return this.#value;
  }
  /** `decimalKey` of the text: equal for equal numbers. */
  get key(): string {
    this.#key ??= decimalKey(this.text);
    return this.#key;
  }
}

/** A decimal term as the rules see it: absent, present but unreadable, or a number. */
export type NumberTerm =
  | { readonly state: 'absent' }
  | { readonly state: 'malformed'; readonly found: string }
  | DecimalTerm;

export const ABSENT: NumberTerm = { state: 'absent' };

/** A rate as written in the document: canonical text kept, other xs:decimal forms converted. */
export function writtenRate(text: string): NumberTerm {
  if (isDecimalString(text)) return new DecimalTerm(text);
  const value = toDecimalString(text);
  return value === undefined ? { state: 'malformed', found: text } : new DecimalTerm(value);
}
