/**
 * Supplier profiles (shared/chorus/portal-profile.ts): what the clerk's company always enters the
 * same way on the portal. Stored as a list checked profile by profile, and the id of the profile in
 * use. The form works on a draft of plain strings; `validateProfileDraft` turns it into a profile or
 * says, field by field, what is wrong (SIRET and IBAN keys checked with shared/identifiers).
 */
import * as z from 'zod/mini';
import type { BillingFrame } from '../../shared/chorus/billing-frames';
import { FRAMES_WITH_VALIDATOR, SIMPLE_FORM_FRAMES } from '../../shared/chorus/billing-frames';
import type { PortalPaymentMode } from '../../shared/chorus/payment-modes';
import {
  SUPPLIER_PROFILE_VERSION,
  type SupplierProfile,
  SupplierProfileSchema,
  type VAT_REGIMES,
} from '../../shared/chorus/portal-profile';
import type { LocalizedText } from '../../shared/i18n/text';
import { iban, siret } from '../../shared/identifiers';
import { parseEach, parseWhole } from './parse';
import { defineValidatedItem } from './validated-item';

export const PROFILES_VERSION = 1;

export const profilesItem = defineValidatedItem<SupplierProfile[]>({
  key: 'local:profiles',
  label: { fr: 'Profils fournisseur', en: 'Supplier profiles' },
  fallback: [],
  version: PROFILES_VERSION,
  parse: parseEach(SupplierProfileSchema),
});

export const activeProfileIdItem = defineValidatedItem<string | null>({
  key: 'local:activeProfileId',
  label: { fr: 'Profil actif', en: 'Active profile' },
  fallback: null,
  version: 1,
  parse: parseWhole(z.nullable(z.string().check(z.minLength(1))), null),
});

/** The profile in use: the chosen one, or the first when none is chosen (or it was deleted). */
export function resolveActiveProfile(
  profiles: readonly SupplierProfile[],
  activeId: string | null,
): SupplierProfile | undefined {
  return profiles.find((profile) => profile.id === activeId) ?? profiles[0];
}

/** The profile form's values, as typed. */
export interface ProfileDraft {
  readonly label: string;
  readonly siret: string;
  readonly name: string;
  readonly serviceCode: string;
  readonly iban: string;
  readonly cadre: '' | BillingFrame;
  readonly paymentMode: '' | PortalPaymentMode;
  readonly vatRegime: '' | (typeof VAT_REGIMES)[number];
  readonly validatorSiret: string;
  readonly validatorServiceCode: string;
}

export type DraftField = keyof ProfileDraft;

export const EMPTY_DRAFT: ProfileDraft = {
  label: '',
  siret: '',
  name: '',
  serviceCode: '',
  iban: '',
  cadre: '',
  paymentMode: '',
  vatRegime: '',
  validatorSiret: '',
  validatorServiceCode: '',
};

export function draftOf(profile: SupplierProfile): ProfileDraft {
  const defaults = profile.defaults;
  return {
    label: profile.label,
    siret: profile.siret,
    name: profile.name ?? '',
    serviceCode: profile.serviceCode ?? '',
    iban: profile.iban ?? '',
    cadre: (defaults?.cadre ?? '') as ProfileDraft['cadre'],
    paymentMode: defaults?.paymentMode ?? '',
    vatRegime: defaults?.vatRegime ?? '',
    validatorSiret: defaults?.validator?.siret ?? '',
    validatorServiceCode: defaults?.validator?.serviceCode ?? '',
  };
}

export type DraftCheck =
  | { readonly ok: true; readonly profile: SupplierProfile }
  | { readonly ok: false; readonly errors: Partial<Record<DraftField, LocalizedText>> };

const MAX_TEXT = 200;

/** Checks a draft; the profile keeps the compact forms (SIRET digits, IBAN without spaces). */
export function validateProfileDraft(draft: ProfileDraft, id: string): DraftCheck {
  const errors: Partial<Record<DraftField, LocalizedText>> = {};
  const text = (field: DraftField, value: string, required: boolean): string | undefined => {
    const trimmed = value.trim();
    if (trimmed === '') {
      if (required) errors[field] = { fr: 'Champ obligatoire.', en: 'Required field.' };
      return undefined;
    }
    if (trimmed.length > MAX_TEXT) {
      errors[field] = {
        fr: `${MAX_TEXT} caractères au plus.`,
        en: `At most ${MAX_TEXT} characters.`,
      };
    }
    return trimmed;
  };
  const checkedSiret = (field: DraftField, value: string, required: boolean) => {
    if (value.trim() === '') {
      if (required) errors[field] = { fr: 'Champ obligatoire.', en: 'Required field.' };
      return undefined;
    }
    const result = siret.validate(value);
    if (!result.valid) errors[field] = result.message;
    return result.valid ? result.value : undefined;
  };

  const label = text('label', draft.label, true);
  const supplierSiret = checkedSiret('siret', draft.siret, true);
  const name = text('name', draft.name, false);
  const serviceCode = text('serviceCode', draft.serviceCode, false);
  let account: string | undefined;
  if (draft.iban.trim() !== '') {
    const result = iban.validate(draft.iban);
    if (result.valid) account = result.value;
    else errors.iban = result.message;
  }
  const cadre = draft.cadre === '' ? undefined : draft.cadre;
  if (cadre !== undefined && !SIMPLE_FORM_FRAMES.includes(cadre)) {
    errors.cadre = {
      fr: 'Cadre non proposé par le formulaire « Saisir une facture ».',
      en: 'Frame not offered by the « Saisir une facture » form.',
    };
  }
  const needsValidator = cadre !== undefined && FRAMES_WITH_VALIDATOR.includes(cadre);
  const validatorSiret = checkedSiret('validatorSiret', draft.validatorSiret, false);
  const validatorServiceCode = text('validatorServiceCode', draft.validatorServiceCode, false);
  if (validatorServiceCode !== undefined && draft.validatorSiret.trim() === '') {
    errors.validatorSiret = {
      fr: 'Indiquez le SIRET du valideur de ce service.',
      en: "Enter the validator's SIRET for this service.",
    };
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const defaults = {
    ...(cadre ? { cadre } : {}),
    ...(draft.paymentMode ? { paymentMode: draft.paymentMode } : {}),
    ...(draft.vatRegime ? { vatRegime: draft.vatRegime } : {}),
    // A validator only means something for the frames that go through one.
    ...(needsValidator && validatorSiret
      ? {
          validator: {
            siret: validatorSiret,
            ...(validatorServiceCode ? { serviceCode: validatorServiceCode } : {}),
          },
        }
      : {}),
  };
  const candidate = {
    version: SUPPLIER_PROFILE_VERSION,
    id,
    label,
    siret: supplierSiret,
    ...(name ? { name } : {}),
    ...(serviceCode ? { serviceCode } : {}),
    ...(account ? { iban: account } : {}),
    ...(Object.keys(defaults).length > 0 ? { defaults } : {}),
  };
  const parsed = SupplierProfileSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, profile: parsed.data };
  // The checks above cover every field; reaching here means the two disagree: say so plainly.
  return {
    ok: false,
    errors: {
      label: {
        fr: `Profil refusé : ${parsed.error.issues.map((issue) => issue.message).join(' ; ')}`,
        en: `Profile refused: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
      },
    },
  };
}

/** A new id for a profile: random, so two panels cannot collide. */
export function newProfileId(): string {
  return crypto.randomUUID();
}

/** Adds the profile, or replaces the one with its id. */
export async function saveProfile(profile: SupplierProfile): Promise<void> {
  const { value } = await profilesItem.read();
  const index = value.findIndex((existing) => existing.id === profile.id);
  const next = index === -1 ? [...value, profile] : value.with(index, profile);
  await profilesItem.write(next);
}

/** Removes a profile; when it was the active one, no profile stays chosen. */
export async function deleteProfile(id: string): Promise<void> {
  const { value } = await profilesItem.read();
  await profilesItem.write(value.filter((profile) => profile.id !== id));
  const active = await activeProfileIdItem.read();
  if (active.value === id) await activeProfileIdItem.write(null);
}
