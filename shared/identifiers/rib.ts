/**
 * RIB: the French bank account number (BBAN) also used in Monaco: bank code (5 digits), branch
 * code (5 digits), account number (11 digits or capital letters), RIB key (2 digits).
 *
 * Key = 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), letters of the account number
 * counted as digits: A, J → 1; B, K, S → 2; C, L, T → 3; … I, R, Z → 9.
 */
import { invalid, type Validation, valid } from './result';
import { firstCharacterNotMatching, groupBy, isDigits, stripSeparators } from './text';

export const RIB_LENGTH = 23;

export function compact(value: string): string {
  return stripSeparators(value, '.-').toUpperCase();
}

/** The account number with its letters replaced by the digit the RIB key counts them as. */
function accountAsDigits(account: string): string {
  return account.replace(/[A-Z]/g, (letter) => {
    const rank = letter.charCodeAt(0) - 'A'.charCodeAt(0); // A = 0
    // Letters go in three runs of nine (A–I, J–R, S–Z); S starts at 2, not 1, hence the shift.
    const shifted = rank >= 18 ? rank + 1 : rank;
    return String((shifted % 9) + 1);
  });
}

/** The 2-digit key of a bank, branch and account, or undefined if they are not well formed. */
export function ribKey(bank: string, branch: string, account: string): string | undefined {
  if (!/^\d{5}$/.test(bank) || !/^\d{5}$/.test(branch) || !/^[0-9A-Z]{11}$/.test(account)) {
    return undefined;
  }
  const remainder =
    (89 * Number(bank) + 15 * Number(branch) + 3 * Number(accountAsDigits(account))) % 97;
  return String(97 - remainder).padStart(2, '0');
}

export interface RibParts {
  readonly bank: string;
  readonly branch: string;
  readonly account: string;
  readonly key: string;
}

export function parts(compactRib: string): RibParts {
  return {
    bank: compactRib.slice(0, 5),
    branch: compactRib.slice(5, 10),
    account: compactRib.slice(10, 21),
    key: compactRib.slice(21, 23),
  };
}

export function validate(value: string): Validation {
  const number = compact(value);
  if (number === '') return invalid('empty', 'Aucun RIB saisi.', 'No RIB entered.');
  const stray = firstCharacterNotMatching(number, /[0-9A-Z]/);
  if (stray !== undefined) {
    return invalid(
      'characters',
      `Un RIB ne contient que des chiffres et des lettres : « ${stray} » n'y a pas sa place.`,
      `A RIB contains only digits and letters: "${stray}" does not belong.`,
    );
  }
  if (number.length !== RIB_LENGTH) {
    return invalid(
      'length',
      `Un RIB compte 23 caractères (banque 5, guichet 5, compte 11, clé 2) ; celui-ci en a ${number.length}.`,
      `A RIB has 23 characters (bank 5, branch 5, account 11, key 2); this one has ${number.length}.`,
    );
  }
  const { bank, branch, account, key } = parts(number);
  if (!isDigits(bank + branch) || !isDigits(key)) {
    return invalid(
      'format',
      'Dans un RIB, le code banque, le code guichet et la clé sont faits de chiffres ; seul le numéro de compte peut contenir des lettres.',
      'In a RIB the bank code, branch code and key are digits; only the account number may contain letters.',
    );
  }
  // The expected key is deliberately not shown: "fixing" the key would hide a wrong account number.
  if (key !== ribKey(bank, branch, account)) {
    return invalid(
      'checksum',
      `La clé RIB ${key} ne correspond pas à la banque, au guichet et au compte : un caractère est sans doute mal recopié. Reprenez le RIB sur un document de la banque plutôt que de corriger la clé.`,
      `RIB key ${key} does not match the bank, branch and account: a character was probably mistyped. Copy the RIB again from a bank document rather than adjusting the key.`,
    );
  }
  return valid(number);
}

export function isValid(value: string): boolean {
  return validate(value).valid;
}

/** « 20041 01005 0500013M026 06 ». Values of the wrong shape come back compacted. */
export function format(value: string): string {
  const number = compact(value);
  return number.length === RIB_LENGTH ? groupBy(number, [5, 5, 11, 2]) : number;
}
