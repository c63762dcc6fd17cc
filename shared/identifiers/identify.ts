/**
 * Guesses which identifier a pasted value is, from its shape once separators are removed, then
 * validates it as that identifier. The guess never depends on the value being valid: a SIRET with
 * a wrong key is still reported as a SIRET, with the reason it is wrong.
 */
import * as bic from './bic';
import * as iban from './iban';
import { type Invalid, invalid, type Valid } from './result';
import * as rib from './rib';
import * as siren from './siren';
import * as siret from './siret';
import { stripSeparators } from './text';
import * as vatEu from './vat-eu';
import { EU_VAT_PREFIXES, type VatCheckDepth } from './vat-eu';
import * as vatFr from './vat-fr';

export const IDENTIFIER_KINDS = ['siren', 'siret', 'vat', 'iban', 'bic', 'rib', 'unknown'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
export type KnownIdentifierKind = Exclude<IdentifierKind, 'unknown'>;

export type Identification =
  | (Valid & {
      readonly kind: KnownIdentifierKind;
      /** For people: « 732 829 320 00074 », « FR14 2004 … ». */
      readonly formatted: string;
      /** `format` when only the shape could be checked (VAT numbers of other EU countries). */
      readonly checked: VatCheckDepth;
    })
  | (Invalid & { readonly kind: IdentifierKind });

/** The kind a value looks like; `unknown` when it looks like none. */
export function guessKind(value: string): IdentifierKind {
  const loose = stripSeparators(value, '.-').toUpperCase();
  if (loose === '') return 'unknown';
  if (/^\d+$/.test(loose)) {
    if (loose.length === 11) return 'vat'; // French VAT number typed without FR
    if (loose.length === 23) return 'rib';
    if (loose.length <= 10) return 'siren';
    if (loose.length <= 16) return 'siret';
    return 'unknown';
  }
  if (/^[0-9A-Z]{2}\d{9}$/.test(loose)) return 'vat'; // French VAT number with a lettered key, no FR
  if (/^[A-Z]{6}[0-9A-Z]{2}([0-9A-Z]{3})?$/.test(loose)) return 'bic';
  if (/^[A-Z]{2}\d{2}/.test(loose) && loose.length >= 15) return 'iban';
  const prefix = loose.slice(0, 2);
  if (EU_VAT_PREFIXES.includes(prefix) || prefix === 'GR') return 'vat';
  if (/^[A-Z]{2}\d{2}/.test(loose)) return 'iban';
  if (/^\d{10}[0-9A-Z]{11}\d{2}$/.test(loose)) return 'rib';
  return 'unknown';
}

export function identify(value: string): Identification {
  const kind = guessKind(value);
  switch (kind) {
    case 'siren':
      return outcome(kind, siren.validate(value), siren.format, 'checksum');
    case 'siret':
      return outcome(kind, siret.validate(value), siret.format, 'checksum');
    case 'rib':
      return outcome(kind, rib.validate(value), rib.format, 'checksum');
    case 'iban':
      return outcome(kind, iban.validate(value), iban.format, 'checksum');
    case 'bic':
      return outcome(kind, bic.validate(value), bic.format, 'format');
    case 'vat': {
      // Without a known country prefix, it is a French number typed without FR (key + SIREN).
      const prefix = vatEu.compact(value).slice(0, 2);
      if (!EU_VAT_PREFIXES.includes(prefix) && prefix !== 'GR') {
        return outcome(kind, vatFr.validate(value), vatFr.format, 'checksum');
      }
      const checked = vatEu.validate(value);
      return outcome(kind, checked, vatEu.format, checked.valid ? checked.checked : 'format');
    }
    case 'unknown':
      return {
        kind,
        ...(stripSeparators(value, '.-') === ''
          ? invalid('empty', 'Valeur vide.', 'Empty value.')
          : invalid(
              'unrecognized',
              "Ce n'est ni un SIREN, ni un SIRET, ni un numéro de TVA, ni un IBAN, ni un BIC, ni un RIB.",
              'This is not a SIREN, SIRET, VAT number, IBAN, BIC or RIB.',
            )),
      };
  }
}

function outcome(
  kind: KnownIdentifierKind,
  checked: Valid | Invalid,
  format: (value: string) => string,
  depth: VatCheckDepth,
): Identification {
  if (!checked.valid) return { kind, ...checked };
  return { kind, ...checked, formatted: format(checked.value), checked: depth };
}
