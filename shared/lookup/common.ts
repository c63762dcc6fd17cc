import type { Address } from '../api/establishment';
import { vatFromSiren } from '../identifiers/vat-fr';

/** Joins the non-empty parts with single spaces; null when nothing is left. */
export function joinParts(...parts: readonly (string | null | undefined)[]): string | null {
  const text = parts
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .join(' ');
  return text === '' ? null : text;
}

export function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The French VAT number computed from a SIREN, or null when the SIREN is not valid. */
export function computedVatNumber(siren: string): string | null {
  const vat = vatFromSiren(siren);
  return vat.valid ? vat.value : null;
}

export function frenchOrForeignAddress(
  fields: Omit<Address, 'country' | 'foreignCountry'>,
  foreignCountry: string | null,
): Address {
  return foreignCountry
    ? { ...fields, country: null, foreignCountry }
    : { ...fields, country: 'FR', foreignCountry: null };
}
