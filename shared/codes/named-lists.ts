import type { LocalizedText } from '../i18n/text';
import type { CodeListRuleId } from './en16931-codelists.generated';

export interface NamedCodeList {
  /** The EN 16931 rule that enforces the list. */
  readonly rule: CodeListRuleId;
  /** The code list the norm refers to. */
  readonly standard: string;
  readonly label: LocalizedText;
}

/** The code lists of EN 16931 by what they hold, each with the BR-CL rule that enforces it. */
export const NAMED_CODE_LISTS = {
  documentType: {
    rule: 'BR-CL-01',
    standard: 'UNTDID 1001',
    label: {
      fr: 'Type de document (facture, avoir…)',
      en: 'Document type (invoice, credit note…)',
    },
  },
  amountCurrency: {
    rule: 'BR-CL-03',
    standard: 'ISO 4217',
    label: {
      fr: 'Devise d’un montant (attribut currencyID)',
      en: 'Currency of an amount (currencyID)',
    },
  },
  invoiceCurrency: {
    rule: 'BR-CL-04',
    standard: 'ISO 4217',
    label: { fr: 'Devise de la facture', en: 'Invoice currency' },
  },
  taxCurrency: {
    rule: 'BR-CL-05',
    standard: 'ISO 4217',
    label: { fr: 'Devise de comptabilisation de la TVA', en: 'VAT accounting currency' },
  },
  vatPointDateCode: {
    rule: 'BR-CL-06',
    standard: 'UNTDID 2005 (UBL) / UNTDID 2475 (CII)',
    label: { fr: "Code de date d'exigibilité de la TVA", en: 'Value added tax point date code' },
  },
  objectIdentifierScheme: {
    rule: 'BR-CL-07',
    standard: 'UNTDID 1153',
    label: {
      fr: "Schéma de l'identifiant d'objet facturé",
      en: 'Invoiced object identifier scheme',
    },
  },
  noteSubject: {
    rule: 'BR-CL-08',
    standard: 'UNTDID 4451',
    label: {
      fr: "Code du sujet d'une note (CII seulement)",
      en: 'Invoice note subject code (CII only)',
    },
  },
  partyIdentifierScheme: {
    rule: 'BR-CL-10',
    standard: 'ISO 6523 ICD',
    label: { fr: "Schéma de l'identifiant d'une partie", en: 'Party identifier scheme' },
  },
  legalRegistrationScheme: {
    rule: 'BR-CL-11',
    standard: 'ISO 6523 ICD',
    label: {
      fr: "Schéma de l'identifiant d'immatriculation légale",
      en: 'Legal registration identifier scheme',
    },
  },
  itemClassificationScheme: {
    rule: 'BR-CL-13',
    standard: 'UNTDID 7143',
    label: { fr: "Schéma de classification d'article", en: 'Item classification scheme' },
  },
  country: {
    rule: 'BR-CL-14',
    standard: 'ISO 3166-1 alpha-2',
    label: { fr: 'Code pays', en: 'Country code' },
  },
  originCountry: {
    rule: 'BR-CL-15',
    standard: 'ISO 3166-1 alpha-2',
    label: { fr: "Pays d'origine de l'article", en: 'Item country of origin' },
  },
  paymentMeans: {
    rule: 'BR-CL-16',
    standard: 'UNTDID 4461',
    label: { fr: 'Moyen de paiement', en: 'Payment means' },
  },
  vatCategory: {
    rule: 'BR-CL-17',
    standard: 'UNTDID 5305',
    label: { fr: 'Catégorie de TVA', en: 'VAT category' },
  },
  lineVatCategory: {
    rule: 'BR-CL-18',
    standard: 'UNTDID 5305',
    label: { fr: 'Catégorie de TVA (taxe appliquée)', en: 'VAT category (applied tax)' },
  },
  allowanceReason: {
    rule: 'BR-CL-19',
    standard: 'UNTDID 5189',
    label: { fr: 'Motif de remise', en: 'Allowance reason' },
  },
  chargeReason: {
    rule: 'BR-CL-20',
    standard: 'UNTDID 7161',
    label: { fr: 'Motif de frais', en: 'Charge reason' },
  },
  itemStandardIdScheme: {
    rule: 'BR-CL-21',
    standard: 'ISO 6523 ICD',
    label: {
      fr: "Schéma de l'identifiant normalisé d'article",
      en: 'Item standard identifier scheme',
    },
  },
  vatExemptionReason: {
    rule: 'BR-CL-22',
    standard: 'VATEX',
    label: { fr: "Code de motif d'exonération de TVA", en: 'VAT exemption reason code' },
  },
  unit: {
    rule: 'BR-CL-23',
    standard: 'UN/ECE Recommendation 20 with Rec 21',
    label: { fr: 'Unité de mesure', en: 'Unit of measure' },
  },
  mimeCode: {
    rule: 'BR-CL-24',
    standard: 'IANA MIME media types',
    label: { fr: "Type MIME d'une pièce jointe", en: 'Attachment MIME type' },
  },
  electronicAddressScheme: {
    rule: 'BR-CL-25',
    standard: 'EAS (CEF)',
    label: { fr: "Schéma d'adresse électronique", en: 'Electronic address scheme' },
  },
  deliveryLocationScheme: {
    rule: 'BR-CL-26',
    standard: 'ISO 6523 ICD',
    label: {
      fr: "Schéma de l'identifiant du lieu de livraison",
      en: 'Delivery location identifier scheme',
    },
  },
} as const satisfies Record<string, NamedCodeList>;

export type CodeListName = keyof typeof NAMED_CODE_LISTS;
