/**
 * French reform vocabulary carried by EN 16931 terms (no model extension needed): billing modes in
 * BT-23, note subjects in BT-21, identification and electronic-address schemes. Sources: the
 * FNFE-MPE "BR-FR" schematrons v1.4 (XP Z12-012) and the DGFiP external specifications; the
 * meanings of S3 and of the 8 and 9 families rest on one source each: check them there first if
 * a user reports a difference.
 */
import type { LocalizedText } from '../i18n/text';

/**
 * Identification schemes (ISO 6523 ICD) and electronic address schemes (EAS) used in France.
 * `SIREN` (0002) in BT-30/BT-47/BT-61, `SIRET` (0009) in BT-29/BT-46/BT-60/BT-71 (and in BT-47
 * for Chorus Pro recipients), `ELECTRONIC_ADDRESS` (0225, SIREN-based address of the reform
 * directory) in BT-34-1/BT-49-1, `PRIVATE_ID` (0224, identifier private to the parties, e.g. a
 * routing code) in BT-29-1/BT-46-1.
 */
export const FR_SCHEMES = {
  SIREN: '0002',
  SIRET: '0009',
  PRIVATE_ID: '0224',
  ELECTRONIC_ADDRESS: '0225',
} as const;
export type FrScheme = (typeof FR_SCHEMES)[keyof typeof FR_SCHEMES];

/**
 * BT-23 billing modes (« cadre de facturation ») accepted by BR-FR-08. Letter: B goods (biens),
 * S services, M both where neither is ancillary to the other (facture double). Digit: the
 * billing situation.
 */
export const FR_BILLING_MODES = {
  B1: { fr: "Dépôt d'une facture de biens", en: 'Goods invoice' },
  S1: { fr: "Dépôt d'une facture de services", en: 'Services invoice' },
  M1: {
    fr: "Dépôt d'une facture double (biens et services)",
    en: 'Mixed goods and services invoice',
  },
  B2: { fr: 'Facture de biens déjà payée', en: 'Goods invoice already paid' },
  S2: { fr: 'Facture de services déjà payée', en: 'Services invoice already paid' },
  M2: { fr: 'Facture double déjà payée', en: 'Mixed invoice already paid' },
  S3: {
    fr: 'Demande de paiement direct de sous-traitance (secteur public)',
    en: 'Subcontractor direct payment request (public sector)',
  },
  B4: {
    fr: 'Facture définitive de biens après acompte',
    en: 'Final goods invoice after down payment',
  },
  S4: {
    fr: 'Facture définitive de services après acompte',
    en: 'Final services invoice after down payment',
  },
  M4: {
    fr: 'Facture double définitive après acompte',
    en: 'Final mixed invoice after down payment',
  },
  S5: {
    fr: 'Facture de services déposée par un sous-traitant',
    en: 'Services invoice by a subcontractor',
  },
  S6: {
    fr: 'Facture de services déposée par un cotraitant',
    en: 'Services invoice by a co-contractor',
  },
  B7: {
    fr: 'Facture de biens déjà déclarée en e-reporting (TVA déjà collectée)',
    en: 'Goods invoice already e-reported (VAT already collected)',
  },
  S7: {
    fr: 'Facture de services déjà déclarée en e-reporting (TVA déjà collectée)',
    en: 'Services invoice already e-reported (VAT already collected)',
  },
  B8: { fr: 'Facture multi-vendeurs de biens', en: 'Multi-seller goods invoice' },
  S8: { fr: 'Facture multi-vendeurs de services', en: 'Multi-seller services invoice' },
  M8: { fr: 'Facture multi-vendeurs double', en: 'Multi-seller mixed invoice' },
  B9: { fr: 'Facture bidirectionnelle de biens', en: 'Bidirectional goods invoice' },
  S9: { fr: 'Facture bidirectionnelle de services', en: 'Bidirectional services invoice' },
  M9: { fr: 'Facture bidirectionnelle double', en: 'Bidirectional mixed invoice' },
} as const satisfies Record<string, LocalizedText>;
export type FrBillingMode = keyof typeof FR_BILLING_MODES;

export function isFrBillingMode(value: string | undefined): value is FrBillingMode {
  return value !== undefined && Object.hasOwn(FR_BILLING_MODES, value);
}

/**
 * BT-21 subject codes (UNTDID 4451) the French rules look for in BG-1 notes: PMT, PMD and AAB are
 * mandatory once each (BR-FR-05/06), TXD at most once, BAR carries the processing of the invoice
 * (FR_BAR_TREATMENTS) in its BT-22 text.
 */
export const FR_NOTE_SUBJECTS = {
  PMT: {
    fr: 'Indemnité forfaitaire pour frais de recouvrement',
    en: 'Fixed compensation for recovery costs',
  },
  PMD: { fr: 'Pénalités de retard', en: 'Late payment penalties' },
  AAB: { fr: "Escompte ou absence d'escompte", en: 'Early payment discount or its absence' },
  TXD: { fr: 'Mention relative à la taxe', en: 'Tax statement' },
  BAR: { fr: 'Traitement de la facture (B2B, B2C …)', en: 'Invoice processing (B2B, B2C …)' },
} as const satisfies Record<string, LocalizedText>;
export type FrNoteSubject = keyof typeof FR_NOTE_SUBJECTS;

/** BT-22 values allowed in a note whose subject is BAR (BR-FR-20/31). */
export const FR_BAR_TREATMENTS = [
  'B2B',
  'B2BINT',
  'B2C',
  'B2CINT',
  'OUTOFSCOPE',
  'ARCHIVEONLY',
] as const;
export type FrBarTreatment = (typeof FR_BAR_TREATMENTS)[number];
