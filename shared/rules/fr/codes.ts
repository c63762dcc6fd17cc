/**
 * Code lists of the BR-FR rules (FNFE-MPE schematrons V1.4.0, XP Z12-012), as the official files
 * spell them. Values are compared exactly, as XPath compares strings: no trimming, case counts.
 * See docs/rules/br-fr.md §2 for their meaning.
 */
import { FR_BAR_TREATMENTS } from '../../model/france';

/** BT-3 (and the type codes of referenced invoices) accepted by BR-FR-04. */
export const FR_DOCUMENT_TYPES: ReadonlySet<string> = new Set([
  '380',
  '389',
  '393',
  '501',
  '386',
  '500',
  '384',
  '471',
  '472',
  '473',
  '261',
  '262',
  '381',
  '396',
  '502',
  '503',
]);

/** Self-billed types (autofacturation): BR-FR-21/22, MV-13, BD-13. */
export const SELF_BILLED_TYPES: ReadonlySet<string> = new Set([
  '389',
  '501',
  '500',
  '471',
  '473',
  '261',
  '502',
]);

/** Corrective invoices (BR-FR-CO-04). */
export const CORRECTIVE_TYPES: ReadonlySet<string> = new Set(['384', '471', '472', '473']);

/** Credit notes (BR-FR-CO-05). */
export const CREDIT_TYPES: ReadonlySet<string> = new Set(['261', '381', '396', '502', '503']);

/** Prepayment (deposit) invoices and credit notes (BR-FR-CO-07, CO-08). */
export const PREPAYMENT_TYPES: ReadonlySet<string> = new Set(['386', '500', '503']);

/** Types for which a multi-vendor sub-invoice must reference its original (BR-FR-MV-14). */
export const MV_REFERENCING_TYPES: ReadonlySet<string> = new Set([
  '384',
  '472',
  '381',
  '396',
  '503',
]);

/** Types for which a bidirectional sub-invoice must reference its original (BR-FR-BD-14). */
export const BD_REFERENCING_TYPES: ReadonlySet<string> = new Set(['261', '471', '473', '502']);

/** BT-23 billing frames (« cadres de facturation ») accepted by BR-FR-08. */
export const FR_FRAMES: ReadonlySet<string> = new Set([
  'B1',
  'S1',
  'M1',
  'B2',
  'S2',
  'M2',
  'S3',
  'B4',
  'S4',
  'M4',
  'S5',
  'S6',
  'B7',
  'S7',
  'B8',
  'S8',
  'M8',
  'B9',
  'S9',
  'M9',
]);

/** Frames of an invoice already paid (BR-FR-CO-07, CO-09). */
export const PAID_FRAMES: ReadonlySet<string> = new Set(['B2', 'S2', 'M2']);
/** Frames of a final invoice after a prepayment (BR-FR-CO-08). */
export const FINAL_AFTER_PREPAYMENT_FRAMES: ReadonlySet<string> = new Set(['B4', 'S4', 'M4']);
/** Multi-vendor frames (isSpecialContractMV). */
export const MULTI_VENDOR_FRAMES: ReadonlySet<string> = new Set(['B8', 'S8', 'M8']);
/** Bidirectional frames (isSpecialContractBD). */
export const BIDIRECTIONAL_FRAMES: ReadonlySet<string> = new Set(['B9', 'S9', 'M9']);

/** BAR note treatments (BR-FR-20/31); the UBL file's BR-FR-20 list lacks B2CINT, a bug we do not copy. */
export const BAR_TREATMENTS: ReadonlySet<string> = new Set(FR_BAR_TREATMENTS);

/** VAT categories usable in France (BR-FR-15); L and M are also refused by name. */
export const FR_VAT_CATEGORIES: ReadonlySet<string> = new Set(['S', 'E', 'AE', 'K', 'G', 'O', 'Z']);
export const REFUSED_VAT_CATEGORIES: ReadonlySet<string> = new Set(['L', 'M']);

/** VAT rates as strings (BR-FR-16): `20.000` or `05.5` are refused, as in the official file. */
export const FR_VAT_RATES: ReadonlySet<string> = new Set([
  '0',
  '0.0',
  '0.00',
  '10',
  '10.0',
  '10.00',
  '13',
  '13.0',
  '13.00',
  '20',
  '20.0',
  '20.00',
  '8.5',
  '8.50',
  '19.6',
  '19.60',
  '2.1',
  '2.10',
  '5.5',
  '5.50',
  '7',
  '7.0',
  '7.00',
  '20.6',
  '20.60',
  '1.05',
  '0.9',
  '0.90',
  '1.75',
  '9.2',
  '9.20',
  '9.6',
  '9.60',
]);

/** BT-123 attachment description codes (BR-FR-17). */
export const ATTACHMENT_CODES: ReadonlySet<string> = new Set([
  'RIB',
  'LISIBLE',
  'FEUILLE_DE_STYLE',
  'PJA',
  'BORDEREAU_SUIVI',
  'DOCUMENT_ANNEXE',
  'BON_LIVRAISON',
  'BON_COMMANDE',
  'BORDEREAU_SUIVI_VALIDATION',
  'ETAT_ACOMPTE',
  'FACTURE_PAIEMENT_DIRECT',
  'RECAPITULATIF_COTRAITANCE',
]);

/** Note text of a seller member of a single VAT group (BR-FR-CO-14). */
export const SINGLE_VAT_GROUP_MENTION = 'MEMBRE_ASSUJETTI_UNIQUE';

/** Identification schemes the rules look for. */
export const SCHEME = {
  SIREN: '0002',
  SIRET: '0009',
  PRIVATE_ID: '0224',
  ROUTING_ADDRESS: '0225',
  SINGLE_VAT_GROUP_MEMBER: '0231',
} as const;
