/**
 * SIRET: one establishment of a company, 14 digits = SIREN (9) + NIC (5). The last digit is a Luhn
 * key over all fourteen, and the SIREN part must be a valid SIREN on its own.
 *
 * La Poste exception: La Poste (SIREN 356000000) has more establishments than Luhn keys allow, so
 * INSEE numbers them differently: a SIRET starting 356000000 is valid when the sum of its 14 digits
 * is a multiple of 5. The head office, 35600000000048, predates the scheme and keeps a Luhn key.
 */
import { digitsShapeProblem } from './digits-shape';
import { digitSum, luhnValid } from './luhn';
import { type Invalid, invalid, type Validation, valid } from './result';
import * as siren from './siren';
import { groupBy, stripSeparators } from './text';

export const SIRET_LENGTH = 14;
export const LA_POSTE_SIREN = '356000000';
export const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

export function compact(value: string): string {
  return stripSeparators(value, '.');
}

/** True for the La Poste establishments whose key is the digit sum rule, not Luhn. */
export function usesLaPosteKey(compactSiret: string): boolean {
  return compactSiret.startsWith(LA_POSTE_SIREN) && compactSiret !== LA_POSTE_HEAD_OFFICE_SIRET;
}

export function validate(value: string): Validation {
  const number = compact(value);
  const shape = digitsShapeProblem(number, { fr: 'un SIRET', en: 'a SIRET' }, SIRET_LENGTH, {
    fr: 'espaces et points acceptés',
    en: 'spaces and dots allowed',
  });
  if (shape) return shape;
  const keyOk = usesLaPosteKey(number) ? digitSum(number) % 5 === 0 : luhnValid(number);
  if (!keyOk) return wrongKey(number);
  if (!siren.isValid(number.slice(0, siren.SIREN_LENGTH))) {
    return invalid(
      'siren',
      `Ce SIRET est impossible : ses 9 premiers chiffres (le SIREN ${siren.format(number.slice(0, 9))}) ne forment pas un SIREN valide.`,
      `This SIRET cannot exist: its first 9 digits (SIREN ${siren.format(number.slice(0, 9))}) are not a valid SIREN.`,
    );
  }
  return valid(number);
}

function wrongKey(number: string): Invalid {
  if (usesLaPosteKey(number)) {
    return invalid(
      'checksum',
      'Ce SIRET de La Poste est impossible : pour La Poste, la somme des 14 chiffres doit être un multiple de 5. Un chiffre est sans doute mal recopié.',
      'This La Poste SIRET cannot exist: for La Poste the 14 digits must add up to a multiple of 5. A digit was probably mistyped.',
    );
  }
  return invalid(
    'checksum',
    'Ce SIRET est impossible : son dernier chiffre (la clé) ne correspond pas aux treize autres. Un chiffre est sans doute mal recopié ou deux chiffres inversés.',
    'This SIRET cannot exist: its last digit (the check digit) does not match the other thirteen. A digit was probably mistyped or two digits swapped.',
  );
}

export function isValid(value: string): boolean {
  return validate(value).valid;
}

/** « 732 829 320 00074 »: SIREN in groups of three, then the NIC. */
export function format(value: string): string {
  const number = compact(value);
  return number.length === SIRET_LENGTH ? groupBy(number, [3, 3, 3, 5]) : number;
}

/**
 * The SIREN of a valid SIRET. An invalid SIRET gives its own failure: a SIREN cut out of a wrong
 * number would look trustworthy when it is not.
 */
export function sirenOfSiret(value: string): Validation {
  const checked = validate(value);
  return checked.valid ? valid(checked.value.slice(0, siren.SIREN_LENGTH)) : checked;
}

/** Same as {@link sirenOfSiret}, under python-stdnum's name. */
export const siretToSiren = sirenOfSiret;
