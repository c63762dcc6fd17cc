/**
 * VAT numbers of the EU member states and Northern Ireland (prefix XI), as printed on invoices
 * (BT-31, BT-48, BT-63): a 2-letter prefix (EL for Greece, not GR) and the national number.
 *
 * Depth of the check, said in every valid answer (`checked`):
 * - FR: full check (key and SIREN), see `vat-fr.ts`;
 * - every other country: FORMAT ONLY (characters and length). National check digits are not
 *   verified, so a mistyped foreign number of the right shape passes. Only VIES can tell whether
 *   a number is really registered.
 */
import type { LocalizedText } from '../i18n/text';
import { type Invalid, invalid, type Valid } from './result';
import { stripSeparators } from './text';
import * as vatFr from './vat-fr';

export type VatCheckDepth = 'checksum' | 'format';

export type EuVatValidation =
  | (Valid & { readonly country: string; readonly checked: VatCheckDepth })
  | Invalid;

interface NationalFormat {
  readonly pattern: RegExp;
  /** What follows the prefix, in words, for the error message. */
  readonly shape: LocalizedText;
}

const digits = (fr: string, en: string): LocalizedText => ({
  fr: `${fr} chiffres`,
  en: `${en} digits`,
});

/** What follows the prefix in each country (source: the VIES format table, python-stdnum). */
const NATIONAL_FORMATS: Readonly<Record<string, NationalFormat>> = {
  AT: {
    pattern: /^U\d{8}$/,
    shape: { fr: 'la lettre U puis 8 chiffres', en: 'the letter U then 8 digits' },
  },
  BE: {
    pattern: /^[01]\d{9}$/,
    shape: { fr: '10 chiffres commençant par 0 ou 1', en: '10 digits starting with 0 or 1' },
  },
  BG: { pattern: /^\d{9,10}$/, shape: digits('9 ou 10', '9 or 10') },
  CY: {
    pattern: /^\d{8}[A-Z]$/,
    shape: { fr: '8 chiffres puis une lettre', en: '8 digits then a letter' },
  },
  CZ: { pattern: /^\d{8,10}$/, shape: digits('8 à 10', '8 to 10') },
  DE: { pattern: /^\d{9}$/, shape: digits('9', '9') },
  DK: { pattern: /^\d{8}$/, shape: digits('8', '8') },
  EE: { pattern: /^\d{9}$/, shape: digits('9', '9') },
  EL: { pattern: /^\d{9}$/, shape: digits('9', '9') },
  ES: {
    pattern: /^[0-9A-Z]\d{7}[0-9A-Z]$/,
    shape: {
      fr: '9 caractères : un chiffre ou une lettre, 7 chiffres, un chiffre ou une lettre',
      en: '9 characters: a digit or letter, 7 digits, a digit or letter',
    },
  },
  FI: { pattern: /^\d{8}$/, shape: digits('8', '8') },
  HR: { pattern: /^\d{11}$/, shape: digits('11', '11') },
  HU: { pattern: /^\d{8}$/, shape: digits('8', '8') },
  IE: {
    pattern: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
    shape: {
      fr: '7 chiffres puis une ou deux lettres (ancien format : un chiffre, une lettre, 5 chiffres, une lettre)',
      en: '7 digits then one or two letters (old format: a digit, a letter, 5 digits, a letter)',
    },
  },
  IT: { pattern: /^\d{11}$/, shape: digits('11', '11') },
  LT: { pattern: /^(\d{9}|\d{12})$/, shape: digits('9 ou 12', '9 or 12') },
  LU: { pattern: /^\d{8}$/, shape: digits('8', '8') },
  LV: { pattern: /^\d{11}$/, shape: digits('11', '11') },
  MT: { pattern: /^\d{8}$/, shape: digits('8', '8') },
  NL: {
    pattern: /^\d{9}B\d{2}$/,
    shape: { fr: '9 chiffres, la lettre B, 2 chiffres', en: '9 digits, the letter B, 2 digits' },
  },
  PL: { pattern: /^\d{10}$/, shape: digits('10', '10') },
  PT: { pattern: /^\d{9}$/, shape: digits('9', '9') },
  RO: { pattern: /^\d{2,10}$/, shape: digits('2 à 10', '2 to 10') },
  SE: {
    pattern: /^\d{10}01$/,
    shape: { fr: '12 chiffres finissant par 01', en: '12 digits ending in 01' },
  },
  SI: { pattern: /^\d{8}$/, shape: digits('8', '8') },
  SK: { pattern: /^\d{10}$/, shape: digits('10', '10') },
  XI: {
    pattern: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
    shape: {
      fr: '9 ou 12 chiffres (administrations : GD ou HA puis 3 chiffres)',
      en: '9 or 12 digits (government bodies: GD or HA then 3 digits)',
    },
  },
};

/** Every prefix this module knows: the 27 member states (Greece as EL) and XI. */
export const EU_VAT_PREFIXES: readonly string[] = [...Object.keys(NATIONAL_FORMATS), 'FR'].sort();

/** Removes spaces, dots and dashes and upper-cases. */
export function compact(value: string): string {
  return stripSeparators(value, '.-').toUpperCase();
}

export function validate(value: string): EuVatValidation {
  const number = compact(value);
  if (number === '') {
    return invalid('empty', 'Aucun numéro de TVA saisi.', 'No VAT number entered.');
  }
  const prefix = number.slice(0, 2);
  if (prefix === vatFr.COUNTRY_PREFIX) {
    const checked = vatFr.validate(number);
    return checked.valid ? { ...checked, country: prefix, checked: 'checksum' } : checked;
  }
  const national = NATIONAL_FORMATS[prefix];
  if (!national) return unknownPrefix(prefix);
  if (!national.pattern.test(number.slice(2))) {
    const stray = /[^A-Z0-9+*]/.exec(number.slice(2));
    return invalid(
      stray ? 'characters' : 'format',
      `Un numéro de TVA ${prefix} s'écrit ${prefix} suivi de ${national.shape.fr}${stray ? ` : « ${stray[0]} » n'y a pas sa place` : ''}.`,
      `A ${prefix} VAT number is ${prefix} followed by ${national.shape.en}${stray ? `: "${stray[0]}" does not belong` : ''}.`,
    );
  }
  return { valid: true, value: number, country: prefix, checked: 'format' };
}

function unknownPrefix(prefix: string): Invalid {
  if (prefix === 'GR') {
    return invalid(
      'country',
      'Pour la Grèce, un numéro de TVA commence par EL, pas GR.',
      'A Greek VAT number starts with EL, not GR.',
    );
  }
  if (!/^[A-Z]{2}$/.test(prefix)) {
    return invalid(
      'country',
      'Un numéro de TVA intracommunautaire commence par le code du pays en 2 lettres (FR, DE, EL…).',
      'An EU VAT number starts with the 2-letter country code (FR, DE, EL…).',
    );
  }
  return invalid(
    'country',
    `« ${prefix} » n'est pas le préfixe d'un pays de l'Union européenne (ni XI pour l'Irlande du Nord).`,
    `"${prefix}" is not the prefix of an EU member state (nor XI for Northern Ireland).`,
  );
}

export function isValid(value: string): boolean {
  return validate(value).valid;
}

/** French numbers grouped as « FR 83 404 833 048 »; others compacted (no common grouping). */
export function format(value: string): string {
  const number = compact(value);
  return number.startsWith(vatFr.COUNTRY_PREFIX) ? vatFr.format(number) : number;
}
