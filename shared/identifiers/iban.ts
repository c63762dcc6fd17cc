/**
 * IBAN (ISO 13616): country code, 2 check digits (mod 97 over the whole number), then the national
 * account number (BBAN) whose length and layout each country registers with SWIFT. The registry
 * and mod-97 come from ibantools (kept in step with the SWIFT registry); on top, the BBAN of the
 * countries that use the French RIB gets its RIB key checked here.
 */
import { getCountrySpecifications, ValidationErrorsIBAN, validateIBAN } from 'ibantools';

/** ibantools rebuilds this table on every call: built once, it is a lookup per IBAN. */
const COUNTRY_SPECIFICATIONS = getCountrySpecifications();

import { invalid, type Validation, valid } from './result';
import * as rib from './rib';
import { firstCharacterNotMatching, groupBy, stripSeparators } from './text';

/**
 * IBAN countries whose BBAN is a French RIB with its key. The French overseas territories that
 * have their own codes in the registry (GF, GP, RE…) are left out: their accounts are issued as FR
 * IBANs, and no test vector backs a RIB key under those codes.
 */
export const RIB_IBAN_COUNTRIES: readonly string[] = ['FR', 'MC'];

export function compact(value: string): string {
  return stripSeparators(value, '.-').toUpperCase();
}

/** The national account number: everything after the country code and the check digits. */
export function bbanOf(compactIban: string): string {
  return compactIban.slice(4);
}

export function validate(value: string): Validation {
  const number = compact(value);
  if (number === '') return invalid('empty', 'Aucun IBAN saisi.', 'No IBAN entered.');
  const stray = firstCharacterNotMatching(number, /[0-9A-Z]/);
  if (stray !== undefined) {
    return invalid(
      'characters',
      `Un IBAN ne contient que des lettres et des chiffres : « ${stray} » n'y a pas sa place.`,
      `An IBAN contains only letters and digits: "${stray}" does not belong.`,
    );
  }
  const country = number.slice(0, 2);
  const expectedLength = COUNTRY_SPECIFICATIONS[country]?.chars;
  if (!/^[A-Z]{2}$/.test(country) || typeof expectedLength !== 'number') {
    return invalid(
      'country',
      `Un IBAN commence par le code d'un pays qui utilise l'IBAN ; « ${country} » n'en est pas un.`,
      `An IBAN starts with the code of a country that uses IBANs; "${country}" is not one.`,
    );
  }
  if (number.length !== expectedLength) {
    return invalid(
      'length',
      `Un IBAN ${country} compte ${expectedLength} caractères ; celui-ci en a ${number.length}.`,
      `A ${country} IBAN has ${expectedLength} characters; this one has ${number.length}.`,
    );
  }
  const errors = new Set(validateIBAN(number).errorCodes);
  if (errors.has(ValidationErrorsIBAN.WrongBBANFormat)) {
    return invalid(
      'format',
      `Le numéro de compte de cet IBAN n'a pas la forme attendue pour le pays ${country} (lettres et chiffres pas à leur place).`,
      `The account number inside this IBAN does not have the layout country ${country} uses (letters and digits out of place).`,
    );
  }
  if (
    errors.has(ValidationErrorsIBAN.ChecksumNotNumber) ||
    errors.has(ValidationErrorsIBAN.WrongIBANChecksum)
  ) {
    return invalid(
      'checksum',
      `Cet IBAN est impossible : ses chiffres de contrôle (« ${number.slice(2, 4)} », après ${country}) ne correspondent pas au reste. Un caractère est sans doute mal recopié.`,
      `This IBAN cannot exist: its check digits ("${number.slice(2, 4)}", after ${country}) do not match the rest. A character was probably mistyped.`,
    );
  }
  if (RIB_IBAN_COUNTRIES.includes(country) && !rib.isValid(bbanOf(number))) {
    return invalid(
      'bank-key',
      'Cet IBAN est impossible : la clé RIB (les 2 derniers chiffres) ne correspond pas à la banque, au guichet et au compte. Un caractère est sans doute mal recopié ; reprenez l’IBAN sur un RIB de la banque.',
      'This IBAN cannot exist: the RIB key (the last 2 digits) does not match the bank, branch and account. A character was probably mistyped; copy the IBAN again from a bank document.',
    );
  }
  if (errors.has(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) {
    return invalid(
      'bank-key',
      `Cet IBAN est impossible : la clé nationale du compte (propre au pays ${country}) ne correspond pas. Un caractère est sans doute mal recopié.`,
      `This IBAN cannot exist: the national account key (specific to country ${country}) does not match. A character was probably mistyped.`,
    );
  }
  return valid(number);
}

export function isValid(value: string): boolean {
  return validate(value).valid;
}

/** Groups of 4, as printed on a RIB: « FR14 2004 1010 0505 0001 3M02 606 ». */
export function format(value: string): string {
  const number = compact(value);
  return groupBy(
    number,
    Array.from({ length: Math.ceil(number.length / 4) }, () => 4),
  );
}
