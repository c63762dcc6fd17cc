/**
 * SIREN: the 9-digit number INSEE gives every French company or public body. The last digit is a
 * Luhn key over the nine.
 */
import { digitsShapeProblem } from './digits-shape';
import { luhnValid } from './luhn';
import { invalid, type Validation, valid } from './result';
import { groupBy, stripSeparators } from './text';

export const SIREN_LENGTH = 9;

/** Spaces and dots are how SIRENs are written on paper (« 552 008 443 », « 552.008.443 »). */
export function compact(value: string): string {
  return stripSeparators(value, '.');
}

export function validate(value: string): Validation {
  const number = compact(value);
  const shape = digitsShapeProblem(number, { fr: 'un SIREN', en: 'a SIREN' }, SIREN_LENGTH, {
    fr: 'espaces et points acceptés',
    en: 'spaces and dots allowed',
  });
  if (shape) return shape;
  if (!luhnValid(number)) {
    return invalid(
      'checksum',
      'Ce SIREN est impossible : son dernier chiffre (la clé) ne correspond pas aux huit autres. Un chiffre est sans doute mal recopié ou deux chiffres inversés.',
      'This SIREN cannot exist: its last digit (the check digit) does not match the other eight. A digit was probably mistyped or two digits swapped.',
    );
  }
  return valid(number);
}

export function isValid(value: string): boolean {
  return validate(value).valid;
}

/** « 552 008 443 ». Values of the wrong shape come back compacted, not grouped. */
export function format(value: string): string {
  const number = compact(value);
  return number.length === SIREN_LENGTH ? groupBy(number, [3, 3, 3]) : number;
}
