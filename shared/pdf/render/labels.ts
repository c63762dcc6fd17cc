/**
 * French names of the codes an invoice shows: document types (UNTDID 1001), payment means
 * (UNTDID 4461), units (UN/ECE Recommendation 20, the common ones), VAT categories (UNTDID 5305).
 * A code without a name here is shown as the code itself.
 */
import { isCreditNote } from '../../model';

const DOCUMENT_TITLES: Readonly<Record<string, string>> = {
  '380': 'Facture',
  '381': 'Avoir',
  '384': 'Facture rectificative',
  '386': "Facture d'acompte",
  '389': 'Autofacture',
  '261': 'Autoavoir',
  '393': 'Facture affacturée',
  '396': 'Avoir affacturé',
  '751': 'Facture (information comptable)',
};

export function documentTitle(typeCode: string | undefined): string {
  if (typeCode && DOCUMENT_TITLES[typeCode]) return DOCUMENT_TITLES[typeCode] as string;
  return isCreditNote(typeCode) ? 'Avoir' : 'Facture';
}

const PAYMENT_MEANS: Readonly<Record<string, string>> = {
  '1': 'Non défini',
  '10': 'Espèces',
  '20': 'Chèque',
  '30': 'Virement',
  '31': 'Virement',
  '42': 'Virement sur compte bancaire',
  '48': 'Carte bancaire',
  '49': 'Prélèvement',
  '57': 'Virement permanent',
  '58': 'Virement SEPA',
  '59': 'Prélèvement SEPA',
  '97': 'Compensation',
};

export function paymentMeansLabel(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const name = PAYMENT_MEANS[code];
  return name ? `${name} (${code})` : `Code ${code}`;
}

const UNITS: Readonly<Record<string, string>> = {
  C62: 'u.',
  H87: 'pièce',
  XPP: 'pièce',
  EA: 'u.',
  HUR: 'h',
  MIN: 'min',
  DAY: 'jour',
  WEE: 'semaine',
  MON: 'mois',
  ANN: 'an',
  KGM: 'kg',
  GRM: 'g',
  TNE: 't',
  MTR: 'm',
  KMT: 'km',
  MTK: 'm²',
  MTQ: 'm³',
  LTR: 'L',
  KWH: 'kWh',
  SET: 'lot',
  LS: 'forfait',
};

export function unitLabel(code: string | undefined): string {
  if (code === undefined) return '';
  return UNITS[code] ?? code;
}

const VAT_CATEGORIES: Readonly<Record<string, string>> = {
  S: 'Taux normal',
  Z: 'Taux zéro',
  E: 'Exonéré',
  AE: 'Autoliquidation',
  K: 'Livraison intracommunautaire',
  G: 'Exportation hors UE',
  O: 'Hors champ de la TVA',
  L: 'IGIC (Canaries)',
  M: 'IPSI (Ceuta et Melilla)',
};

export function vatCategoryLabel(code: string | undefined): string {
  if (code === undefined) return '';
  return VAT_CATEGORIES[code] ?? code;
}

const NOTE_SUBJECTS: Readonly<Record<string, string>> = {
  PMT: 'Indemnité de recouvrement',
  PMD: 'Pénalités de retard',
  AAB: 'Escompte',
  TXD: 'Mention fiscale',
  BAR: 'Traitement',
  REG: 'Mention réglementaire',
  ABL: 'Mention légale',
  AAI: 'Information générale',
  SUR: 'Remarque',
};

export function noteSubjectLabel(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  return NOTE_SUBJECTS[code] ?? code;
}
