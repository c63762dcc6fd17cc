import type { LocalizedText } from '../i18n/text';

/**
 * Why an identifier was refused. Stable codes for programs (JSON output, tests); the user reads
 * `message`.
 * - `empty`: nothing left once separators are removed.
 * - `characters`: a character the identifier cannot contain.
 * - `length`: wrong number of characters.
 * - `format`: right characters and length, wrong arrangement (for example a letter where a digit goes).
 * - `checksum`: the check digits or key do not match the rest of the number.
 * - `siren`: the SIREN inside a SIRET or a French VAT number is itself invalid.
 * - `country`: unknown country code, or a country this identifier does not exist for.
 * - `bank-key`: the national account key inside an IBAN (for France and Monaco the RIB key) is wrong.
 * - `unrecognized`: the value looks like no identifier we know.
 */
export const INVALID_REASONS = [
  'empty',
  'characters',
  'length',
  'format',
  'checksum',
  'siren',
  'country',
  'bank-key',
  'unrecognized',
] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export interface Valid {
  readonly valid: true;
  /** The compact form: separators removed, letters upper-cased where the identifier has letters. */
  readonly value: string;
}

export interface Invalid {
  readonly valid: false;
  readonly reason: InvalidReason;
  readonly message: LocalizedText;
}

export type Validation = Valid | Invalid;

export function valid(value: string): Valid {
  return { valid: true, value };
}

export function invalid(reason: InvalidReason, fr: string, en: string): Invalid {
  return { valid: false, reason, message: { fr, en } };
}
