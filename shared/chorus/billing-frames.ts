/**
 * Chorus Pro billing frames (« cadres de facturation », API `codeCadreFacturation`).
 *
 * Source: `codeCadreFacturation` in the project's Chorus Pro code list
 * (`shared/data/chorus/chorus_pro_codes.json`, from public API clients); which frames the simple
 * portal form offers, and which need a validator: `docs/portal.md`, `../shared/docs/DOMAIN.md` §2.
 * The link to the reform's billing modes (BT-23) is an assumption (docs/rules/chorus.md CHORUS-32).
 */
import type { LocalizedText } from '../i18n/text';

/** Frame code → its API value. */
export const BILLING_FRAMES = {
  A1: 'A1_FACTURE_FOURNISSEUR',
  A2: 'A2_FACTURE_FOURNISSEUR_DEJA_PAYEE',
  A3: 'A3_MEMOIRE_JUSTICE',
  A4: 'A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR',
  A5: 'A5_ETAT_ACOMPTE_FOURNISSEUR',
  A6: 'A6_ETAT_ACOMPTE_VALIDE_FOURNISSEUR',
  A7: 'A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR',
  A8: 'A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR',
  A9: 'A9_FACTURE_SOUSTRAITANT',
  A10: 'A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT',
  A11: 'A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT',
  A12: 'A12_FACTURE_COTRAITANT',
  A13: 'A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT',
  A14: 'A14_PROJET_DECOMPTE_FINAL_COTRAITANT',
  A15: 'A15_ETAT_ACOMPTE_MOE',
  A16: 'A16_ETAT_ACOMPTE_VALIDE_MOE',
  A17: 'A17_PROJET_DECOMPTE_GENERAL_MOE',
  A18: 'A18_DECOMPTE_GENERAL_MOE',
  A19: 'A19_ETAT_ACOMPTE_VALIDE_MOA',
  A20: 'A20_DECOMPTE_GENERAL_MOA',
  A21: 'A21_DEMANDE_REMBOURSEMENT_TIC',
  A22: 'A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE',
  A23: 'A23_DECOMPTE_GENERAL_DEFINITIF_TACITE_FOURNISSEUR',
  A24: 'A24_DECOMPTE_GENERAL_DEFINITIF_TACITE_MOE',
  A25: 'A25_DECOMPTE_GENERAL_DEFINITIF_MOE_PROCEDURE_TACITE',
} as const;
export type BillingFrame = keyof typeof BILLING_FRAMES;

/** How a frame is named to a clerk, for the four frames of the simple form. */
export const FRAME_NAMES: Readonly<Partial<Record<BillingFrame, LocalizedText>>> = {
  A1: { fr: 'facture de fournisseur', en: 'supplier invoice' },
  A2: { fr: 'facture déjà payée', en: 'invoice already paid' },
  A9: { fr: 'facture de sous-traitant', en: 'subcontractor invoice' },
  A12: { fr: 'facture de cotraitant', en: 'co-contractor invoice' },
};

/** The frames the portal's « Saisir une facture » form offers; the others have their own forms. */
export const SIMPLE_FORM_FRAMES: readonly BillingFrame[] = ['A1', 'A2', 'A9', 'A12'];
/** Frames whose invoice goes through a validator structure (the main contractor). */
export const FRAMES_WITH_VALIDATOR: readonly BillingFrame[] = ['A9', 'A12'];
/** The frame of an invoice already paid: nothing left to pay. */
export const ALREADY_PAID_FRAME: BillingFrame = 'A2';
/** The frame Chorus Pro (and gobl) use when none is stated. */
export const DEFAULT_FRAME: BillingFrame = 'A1';

/** What a Chorus frame code looks like in BT-23 or BT-24, known or not. */
export const FRAME_CODE_SHAPE = /^A\d{1,2}$/;

/**
 * The Chorus frame matching a reform billing mode (BT-23, XP Z12-012), *assumption* from the code
 * labels: deposit → A1, already paid → A2, subcontracting → A9 (S3 direct payment too),
 * co-contracting → A12. Modes not listed have no single Chorus frame.
 */
export const REFORM_MODE_FRAMES: Readonly<Record<string, BillingFrame>> = {
  B1: 'A1',
  S1: 'A1',
  M1: 'A1',
  B2: 'A2',
  S2: 'A2',
  M2: 'A2',
  S3: 'A9',
  S5: 'A9',
  S6: 'A12',
};

/** Shape of a reform billing mode: goods, services or mixed, then a digit. */
export const REFORM_MODE_SHAPE = /^[BSM]\d$/;

const BY_API_VALUE: ReadonlyMap<string, BillingFrame> = new Map(
  Object.entries(BILLING_FRAMES).map(([code, api]) => [api, code as BillingFrame]),
);

export function isBillingFrame(value: string): value is BillingFrame {
  return Object.hasOwn(BILLING_FRAMES, value);
}

/** `A9` or `A9_FACTURE_SOUSTRAITANT` (surrounding spaces ignored) → `A9`; anything else → undefined. */
export function billingFrameOf(value: string): BillingFrame | undefined {
  const text = value.trim();
  return isBillingFrame(text) ? text : BY_API_VALUE.get(text);
}
