/**
 * French VAT number (numéro de TVA intracommunautaire): `FR` + a 2-character key + the SIREN.
 *
 * The usual key is numeric: (12 + 3 × (SIREN mod 97)) mod 97, written on 2 digits. Since the 2010s
 * the tax office also issues keys with letters (never I or O), checked with a mod-11 rule below.
 * Companies of Monaco share the French VAT system: their numbers are `FR` + key + `000` + 6 digits,
 * valid VAT numbers whose last 9 digits are not a SIREN.
 */
import { invalid, type Validation, valid } from './result';
import * as siren from './siren';
import { groupBy, isDigits, stripSeparators } from './text';

export const COUNTRY_PREFIX = 'FR';
/** Characters a key may use: digits and capital letters except I and O (too close to 1 and 0). */
const KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const BODY_LENGTH = 11;
const MONACO_MARK = '000';

/** Removes spaces, dots and dashes and upper-cases; a missing `FR` prefix is not added. */
export function compact(value: string): string {
  return stripSeparators(value, '.-').toUpperCase();
}

/** Key + SIREN, without the country prefix. */
function bodyOf(compactValue: string): string {
  return compactValue.startsWith(COUNTRY_PREFIX) ? compactValue.slice(2) : compactValue;
}

/** True when the number belongs to a company of Monaco (no SIREN inside). */
export function isMonaco(value: string): boolean {
  return bodyOf(compact(value)).slice(2, 5) === MONACO_MARK;
}

/**
 * Accepts the number with or without `FR` (as printed on some invoices). `value` of a valid
 * number is always the full form with `FR`, as EN 16931 (BT-31) wants it.
 */
export function validate(value: string): Validation {
  const number = compact(value);
  if (number.length === 13 && /^[A-Z]{2}/.test(number) && !number.startsWith(COUNTRY_PREFIX)) {
    const prefix = number.slice(0, 2);
    return invalid(
      'country',
      `Ce numéro de TVA n'est pas français : il commence par ${prefix}, pas par FR.`,
      `This VAT number is not French: it starts with ${prefix}, not FR.`,
    );
  }
  const body = bodyOf(number);
  if (body === '') {
    return invalid('empty', 'Aucun numéro de TVA saisi.', 'No VAT number entered.');
  }
  const key = body.slice(0, 2);
  const sirenPart = body.slice(2);
  for (const char of key) {
    if (KEY_ALPHABET.includes(char)) continue;
    return char === 'I' || char === 'O'
      ? invalid(
          'characters',
          `La clé d'un numéro de TVA français (les 2 caractères après FR) n'utilise jamais la lettre ${char}, trop proche de ${char === 'I' ? '1' : '0'} : vérifiez la saisie.`,
          `The key of a French VAT number (the 2 characters after FR) never uses the letter ${char}, too close to ${char === 'I' ? '1' : '0'}: check what was typed.`,
        )
      : invalid(
          'characters',
          `La clé d'un numéro de TVA français (les 2 caractères après FR) est faite de chiffres ou de lettres majuscules : « ${char} » n'y a pas sa place.`,
          `The key of a French VAT number (the 2 characters after FR) is made of digits or capital letters: "${char}" does not belong.`,
        );
  }
  if (sirenPart !== '' && !isDigits(sirenPart)) {
    return invalid(
      'characters',
      'Après FR et la clé de 2 caractères, un numéro de TVA français ne contient que les 9 chiffres du SIREN.',
      'After FR and the 2-character key, a French VAT number contains only the 9 digits of the SIREN.',
    );
  }
  if (body.length !== BODY_LENGTH) {
    return invalid(
      'length',
      `Un numéro de TVA français compte 13 caractères : FR, une clé de 2 caractères et les 9 chiffres du SIREN. Sans FR, celui-ci en a ${body.length} au lieu de 11.`,
      `A French VAT number has 13 characters: FR, a 2-character key and the 9 digits of the SIREN. Without FR, this one has ${body.length} instead of 11.`,
    );
  }
  const monaco = sirenPart.startsWith(MONACO_MARK);
  if (!monaco && !siren.isValid(sirenPart)) {
    return invalid(
      'siren',
      `Ce numéro de TVA est impossible : ses 9 derniers chiffres (${siren.format(sirenPart)}) ne forment pas un SIREN valide.`,
      `This VAT number cannot exist: its last 9 digits (${siren.format(sirenPart)}) are not a valid SIREN.`,
    );
  }
  if (!keyMatches(key, sirenPart)) {
    return invalid(
      'checksum',
      `Ce numéro de TVA est impossible : la clé ${key} ne correspond pas ${monaco ? 'au numéro monégasque qui suit' : `au SIREN ${siren.format(sirenPart)}`}. Vérifiez les 2 caractères après FR.`,
      `This VAT number cannot exist: key ${key} does not match ${monaco ? 'the Monaco number that follows' : `SIREN ${siren.format(sirenPart)}`}. Check the 2 characters after FR.`,
    );
  }
  return valid(COUNTRY_PREFIX + body);
}

/** The numeric key the tax office computes from a SIREN (also how Monaco numbers are keyed). */
export function numericKey(nineDigits: string): string {
  return String((12 + 3 * (Number(nineDigits) % 97)) % 97).padStart(2, '0');
}

function keyMatches(key: string, nineDigits: string): boolean {
  if (isDigits(key)) return key === numericKey(nineDigits);
  // Keys with letters: the two characters encode a number C (digit first: 24 × rank of the first +
  // rank of the second − 10; letter first: 34 × rank + rank − 100, ranks in KEY_ALPHABET), and the
  // number is valid when (SIREN + 1 + ⌊C / 11⌋) mod 11 = C mod 11.
  const first = KEY_ALPHABET.indexOf(key.charAt(0));
  const second = KEY_ALPHABET.indexOf(key.charAt(1));
  const code = isDigits(key.charAt(0)) ? first * 24 + second - 10 : first * 34 + second - 100;
  return (Number(nineDigits) + 1 + Math.floor(code / 11)) % 11 === code % 11;
}

export function isValid(value: string): boolean {
  return validate(value).valid;
}

/** « FR 83 404 833 048 ». Values of the wrong shape come back compacted. */
export function format(value: string): string {
  const body = bodyOf(compact(value));
  if (body.length !== BODY_LENGTH) return compact(value);
  return `${COUNTRY_PREFIX} ${groupBy(body, [2, 3, 3, 3])}`;
}

/** The VAT number of a company from its SIREN, with the numeric key the tax office issues. */
export function vatFromSiren(value: string): Validation {
  const checked = siren.validate(value);
  if (!checked.valid) return checked;
  return valid(COUNTRY_PREFIX + numericKey(checked.value) + checked.value);
}

/** The SIREN inside a valid French VAT number; Monaco numbers have none. */
export function sirenOfVat(value: string): Validation {
  const checked = validate(value);
  if (!checked.valid) return checked;
  if (isMonaco(checked.value)) {
    return invalid(
      'country',
      "Ce numéro de TVA est celui d'une entreprise de Monaco : il ne contient pas de SIREN.",
      'This VAT number belongs to a company of Monaco: it contains no SIREN.',
    );
  }
  return valid(checked.value.slice(4));
}
