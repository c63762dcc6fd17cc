/**
 * BIC (ISO 9362, "code SWIFT"): bank (4 letters), country (2 letters), location (2 letters or
 * digits), optional branch (3 letters or digits). Format and country come from ibantools.
 */
import { ValidationErrorsBIC, validateBIC } from 'ibantools';
import { invalid, type Validation, valid } from './result';
import { firstCharacterNotMatching, stripSeparators } from './text';

export function compact(value: string): string {
  return stripSeparators(value, '').toUpperCase();
}

export function validate(value: string): Validation {
  const code = compact(value);
  if (code === '') return invalid('empty', 'Aucun BIC saisi.', 'No BIC entered.');
  const stray = firstCharacterNotMatching(code, /[0-9A-Z]/);
  if (stray !== undefined) {
    return invalid(
      'characters',
      `Un BIC ne contient que des lettres et des chiffres : « ${stray} » n'y a pas sa place.`,
      `A BIC contains only letters and digits: "${stray}" does not belong.`,
    );
  }
  if (code.length !== 8 && code.length !== 11) {
    return invalid(
      'length',
      `Un BIC compte 8 ou 11 caractères ; celui-ci en a ${code.length}.`,
      `A BIC has 8 or 11 characters; this one has ${code.length}.`,
    );
  }
  // ibantools looks the country up before the layout; the layout problem is the one to report first.
  const errors = new Set(validateBIC(code).errorCodes);
  if (!/^[A-Z]{6}/.test(code) || errors.has(ValidationErrorsBIC.WrongBICFormat)) {
    return invalid(
      'format',
      'Un BIC commence par 6 lettres (banque puis pays), suivies de 2 ou 5 lettres ou chiffres.',
      'A BIC starts with 6 letters (bank then country), followed by 2 or 5 letters or digits.',
    );
  }
  if (errors.size > 0) {
    return invalid(
      'country',
      `Les lettres 5 et 6 d'un BIC sont le code du pays ; « ${code.slice(4, 6)} » n'est pas un pays.`,
      `Letters 5 and 6 of a BIC are the country code; "${code.slice(4, 6)}" is not a country.`,
    );
  }
  return valid(code);
}

export function isValid(value: string): boolean {
  return validate(value).valid;
}

/** BICs are written without spaces. */
export function format(value: string): string {
  return compact(value);
}
