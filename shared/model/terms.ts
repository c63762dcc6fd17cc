/**
 * The term catalogue of EN 16931-1: every business group (BG-1…BG-32) and every business term
 * (BT-1…BT-165; BT-4 does not exist) in the order of the norm's semantic model table, with its
 * cardinality as in the norm, its data type and its parent group. The JSON form of the model uses
 * the ids as keys and this order as key order.
 *
 * English names are the norm's. French names follow the wording of the French edition and of the
 * French reform documents where it is known to us, otherwise they are faithful translations.
 *
 * This file holds data only and has no runtime import, so that build scripts run by Node can read
 * it directly (scripts/generate-model-doc.mjs).
 */
import type { LocalizedText } from '../i18n/text';

/** Cardinality as written in the norm: minimum..maximum, `n` for unbounded. */
export type Cardinality = '0..1' | '1..1' | '0..n' | '1..n';

/** Semantic data types of EN 16931-1 (clause 6.5), spelled as identifiers. */
export type DataType =
  | 'Text'
  | 'Code'
  | 'Identifier'
  | 'Date'
  | 'Amount'
  | 'UnitPriceAmount'
  | 'Quantity'
  | 'Percentage'
  | 'DocumentReference'
  | 'BinaryObject';

/** The document itself: parent of the top-level terms and groups. Not an EN 16931 id. */
export const ROOT = 'root';
export type Root = typeof ROOT;

export interface GroupDefinition<I extends string = string> {
  readonly kind: 'group';
  readonly id: I;
  readonly parent: string;
  readonly cardinality: Cardinality;
  readonly name: LocalizedText;
}

export interface TermDefinition<I extends string = string> {
  readonly kind: 'term';
  readonly id: I;
  readonly parent: string;
  readonly cardinality: Cardinality;
  readonly type: DataType;
  readonly name: LocalizedText;
}

function g<const I extends string>(
  id: I,
  parent: string,
  cardinality: Cardinality,
  en: string,
  fr: string,
): GroupDefinition<I> {
  return { kind: 'group', id, parent, cardinality, name: { fr, en } };
}

function t<const I extends string>(
  id: I,
  parent: string,
  cardinality: Cardinality,
  type: DataType,
  en: string,
  fr: string,
): TermDefinition<I> {
  return { kind: 'term', id, parent, cardinality, type, name: { fr, en } };
}

/** Groups and terms in the order of the norm's table (a group's terms, then its sub-groups). */
export const MODEL_ELEMENTS = [
  t('BT-1', ROOT, '1..1', 'Identifier', 'Invoice number', 'Numéro de facture'),
  t('BT-2', ROOT, '1..1', 'Date', 'Invoice issue date', "Date d'émission de la facture"),
  t('BT-3', ROOT, '1..1', 'Code', 'Invoice type code', 'Code de type de facture'),
  t('BT-5', ROOT, '1..1', 'Code', 'Invoice currency code', 'Code de devise de la facture'),
  t(
    'BT-6',
    ROOT,
    '0..1',
    'Code',
    'VAT accounting currency code',
    'Code de devise de comptabilisation de la TVA',
  ),
  t(
    'BT-7',
    ROOT,
    '0..1',
    'Date',
    'Value added tax point date',
    "Date d'exigibilité de la taxe sur la valeur ajoutée",
  ),
  t(
    'BT-8',
    ROOT,
    '0..1',
    'Code',
    'Value added tax point date code',
    "Code de date d'exigibilité de la taxe sur la valeur ajoutée",
  ),
  t('BT-9', ROOT, '0..1', 'Date', 'Payment due date', "Date d'échéance de paiement"),
  t('BT-10', ROOT, '0..1', 'Text', 'Buyer reference', "Référence de l'acheteur"),
  t('BT-11', ROOT, '0..1', 'DocumentReference', 'Project reference', 'Référence du projet'),
  t('BT-12', ROOT, '0..1', 'DocumentReference', 'Contract reference', 'Référence du contrat'),
  t(
    'BT-13',
    ROOT,
    '0..1',
    'DocumentReference',
    'Purchase order reference',
    'Référence du bon de commande',
  ),
  t(
    'BT-14',
    ROOT,
    '0..1',
    'DocumentReference',
    'Sales order reference',
    'Référence de la commande client',
  ),
  t(
    'BT-15',
    ROOT,
    '0..1',
    'DocumentReference',
    'Receiving advice reference',
    "Référence de l'avis de réception",
  ),
  t(
    'BT-16',
    ROOT,
    '0..1',
    'DocumentReference',
    'Despatch advice reference',
    "Référence de l'avis d'expédition",
  ),
  t(
    'BT-17',
    ROOT,
    '0..1',
    'DocumentReference',
    'Tender or lot reference',
    "Référence de l'appel d'offres ou du lot",
  ),
  t(
    'BT-18',
    ROOT,
    '0..1',
    'Identifier',
    'Invoiced object identifier',
    "Identifiant de l'objet facturé",
  ),
  t(
    'BT-19',
    ROOT,
    '0..1',
    'Text',
    'Buyer accounting reference',
    "Référence comptable de l'acheteur",
  ),
  t('BT-20', ROOT, '0..1', 'Text', 'Payment terms', 'Conditions de paiement'),

  g('BG-1', ROOT, '0..n', 'INVOICE NOTE', 'NOTE DE FACTURE'),
  t(
    'BT-21',
    'BG-1',
    '0..1',
    'Code',
    'Invoice note subject code',
    'Code du sujet de la note de facture',
  ),
  t('BT-22', 'BG-1', '1..1', 'Text', 'Invoice note', 'Note de facture'),

  g('BG-2', ROOT, '1..1', 'PROCESS CONTROL', 'CONTRÔLE DU PROCESSUS'),
  t('BT-23', 'BG-2', '0..1', 'Text', 'Business process type', 'Type de processus métier'),
  t(
    'BT-24',
    'BG-2',
    '1..1',
    'Identifier',
    'Specification identifier',
    'Identifiant de spécification',
  ),

  g('BG-3', ROOT, '0..n', 'PRECEDING INVOICE REFERENCE', 'RÉFÉRENCE À UNE FACTURE ANTÉRIEURE'),
  t(
    'BT-25',
    'BG-3',
    '1..1',
    'DocumentReference',
    'Preceding Invoice reference',
    'Référence à une facture antérieure',
  ),
  t(
    'BT-26',
    'BG-3',
    '0..1',
    'Date',
    'Preceding Invoice issue date',
    "Date d'émission de la facture antérieure",
  ),

  g('BG-4', ROOT, '1..1', 'SELLER', 'VENDEUR'),
  t('BT-27', 'BG-4', '1..1', 'Text', 'Seller name', 'Nom du vendeur'),
  t('BT-28', 'BG-4', '0..1', 'Text', 'Seller trading name', 'Nom commercial du vendeur'),
  t('BT-29', 'BG-4', '0..n', 'Identifier', 'Seller identifier', 'Identifiant du vendeur'),
  t(
    'BT-30',
    'BG-4',
    '0..1',
    'Identifier',
    'Seller legal registration identifier',
    "Identifiant d'immatriculation légale du vendeur",
  ),
  t(
    'BT-31',
    'BG-4',
    '0..1',
    'Identifier',
    'Seller VAT identifier',
    'Identifiant à la TVA du vendeur',
  ),
  t(
    'BT-32',
    'BG-4',
    '0..1',
    'Identifier',
    'Seller tax registration identifier',
    "Identifiant d'enregistrement fiscal du vendeur",
  ),
  t(
    'BT-33',
    'BG-4',
    '0..1',
    'Text',
    'Seller additional legal information',
    'Informations juridiques complémentaires du vendeur',
  ),
  t(
    'BT-34',
    'BG-4',
    '0..1',
    'Identifier',
    'Seller electronic address',
    'Adresse électronique du vendeur',
  ),

  g('BG-5', 'BG-4', '1..1', 'SELLER POSTAL ADDRESS', 'ADRESSE POSTALE DU VENDEUR'),
  t('BT-35', 'BG-5', '0..1', 'Text', 'Seller address line 1', "Ligne 1 de l'adresse du vendeur"),
  t('BT-36', 'BG-5', '0..1', 'Text', 'Seller address line 2', "Ligne 2 de l'adresse du vendeur"),
  t('BT-162', 'BG-5', '0..1', 'Text', 'Seller address line 3', "Ligne 3 de l'adresse du vendeur"),
  t('BT-37', 'BG-5', '0..1', 'Text', 'Seller city', 'Localité du vendeur'),
  t('BT-38', 'BG-5', '0..1', 'Text', 'Seller post code', 'Code postal du vendeur'),
  t(
    'BT-39',
    'BG-5',
    '0..1',
    'Text',
    'Seller country subdivision',
    'Subdivision du pays du vendeur',
  ),
  t('BT-40', 'BG-5', '1..1', 'Code', 'Seller country code', 'Code de pays du vendeur'),

  g('BG-6', 'BG-4', '0..1', 'SELLER CONTACT', 'CONTACT DU VENDEUR'),
  t('BT-41', 'BG-6', '0..1', 'Text', 'Seller contact point', 'Point de contact du vendeur'),
  t(
    'BT-42',
    'BG-6',
    '0..1',
    'Text',
    'Seller contact telephone number',
    'Numéro de téléphone du contact du vendeur',
  ),
  t(
    'BT-43',
    'BG-6',
    '0..1',
    'Text',
    'Seller contact email address',
    'Adresse électronique du contact du vendeur',
  ),

  g('BG-7', ROOT, '1..1', 'BUYER', 'ACHETEUR'),
  t('BT-44', 'BG-7', '1..1', 'Text', 'Buyer name', "Nom de l'acheteur"),
  t('BT-45', 'BG-7', '0..1', 'Text', 'Buyer trading name', "Nom commercial de l'acheteur"),
  t('BT-46', 'BG-7', '0..1', 'Identifier', 'Buyer identifier', "Identifiant de l'acheteur"),
  t(
    'BT-47',
    'BG-7',
    '0..1',
    'Identifier',
    'Buyer legal registration identifier',
    "Identifiant d'immatriculation légale de l'acheteur",
  ),
  t(
    'BT-48',
    'BG-7',
    '0..1',
    'Identifier',
    'Buyer VAT identifier',
    "Identifiant à la TVA de l'acheteur",
  ),
  t(
    'BT-49',
    'BG-7',
    '0..1',
    'Identifier',
    'Buyer electronic address',
    "Adresse électronique de l'acheteur",
  ),

  g('BG-8', 'BG-7', '1..1', 'BUYER POSTAL ADDRESS', "ADRESSE POSTALE DE L'ACHETEUR"),
  t('BT-50', 'BG-8', '0..1', 'Text', 'Buyer address line 1', "Ligne 1 de l'adresse de l'acheteur"),
  t('BT-51', 'BG-8', '0..1', 'Text', 'Buyer address line 2', "Ligne 2 de l'adresse de l'acheteur"),
  t('BT-163', 'BG-8', '0..1', 'Text', 'Buyer address line 3', "Ligne 3 de l'adresse de l'acheteur"),
  t('BT-52', 'BG-8', '0..1', 'Text', 'Buyer city', "Localité de l'acheteur"),
  t('BT-53', 'BG-8', '0..1', 'Text', 'Buyer post code', "Code postal de l'acheteur"),
  t(
    'BT-54',
    'BG-8',
    '0..1',
    'Text',
    'Buyer country subdivision',
    "Subdivision du pays de l'acheteur",
  ),
  t('BT-55', 'BG-8', '1..1', 'Code', 'Buyer country code', "Code de pays de l'acheteur"),

  g('BG-9', 'BG-7', '0..1', 'BUYER CONTACT', "CONTACT DE L'ACHETEUR"),
  t('BT-56', 'BG-9', '0..1', 'Text', 'Buyer contact point', "Point de contact de l'acheteur"),
  t(
    'BT-57',
    'BG-9',
    '0..1',
    'Text',
    'Buyer contact telephone number',
    "Numéro de téléphone du contact de l'acheteur",
  ),
  t(
    'BT-58',
    'BG-9',
    '0..1',
    'Text',
    'Buyer contact email address',
    "Adresse électronique du contact de l'acheteur",
  ),

  g('BG-10', ROOT, '0..1', 'PAYEE', 'BÉNÉFICIAIRE'),
  t('BT-59', 'BG-10', '1..1', 'Text', 'Payee name', 'Nom du bénéficiaire'),
  t('BT-60', 'BG-10', '0..1', 'Identifier', 'Payee identifier', 'Identifiant du bénéficiaire'),
  t(
    'BT-61',
    'BG-10',
    '0..1',
    'Identifier',
    'Payee legal registration identifier',
    "Identifiant d'immatriculation légale du bénéficiaire",
  ),

  g('BG-11', ROOT, '0..1', 'SELLER TAX REPRESENTATIVE PARTY', 'REPRÉSENTANT FISCAL DU VENDEUR'),
  t(
    'BT-62',
    'BG-11',
    '1..1',
    'Text',
    'Seller tax representative name',
    'Nom du représentant fiscal du vendeur',
  ),
  t(
    'BT-63',
    'BG-11',
    '1..1',
    'Identifier',
    'Seller tax representative VAT identifier',
    'Identifiant à la TVA du représentant fiscal du vendeur',
  ),

  g(
    'BG-12',
    'BG-11',
    '1..1',
    'SELLER TAX REPRESENTATIVE POSTAL ADDRESS',
    'ADRESSE POSTALE DU REPRÉSENTANT FISCAL DU VENDEUR',
  ),
  t(
    'BT-64',
    'BG-12',
    '0..1',
    'Text',
    'Tax representative address line 1',
    "Ligne 1 de l'adresse du représentant fiscal",
  ),
  t(
    'BT-65',
    'BG-12',
    '0..1',
    'Text',
    'Tax representative address line 2',
    "Ligne 2 de l'adresse du représentant fiscal",
  ),
  t(
    'BT-164',
    'BG-12',
    '0..1',
    'Text',
    'Tax representative address line 3',
    "Ligne 3 de l'adresse du représentant fiscal",
  ),
  t('BT-66', 'BG-12', '0..1', 'Text', 'Tax representative city', 'Localité du représentant fiscal'),
  t(
    'BT-67',
    'BG-12',
    '0..1',
    'Text',
    'Tax representative post code',
    'Code postal du représentant fiscal',
  ),
  t(
    'BT-68',
    'BG-12',
    '0..1',
    'Text',
    'Tax representative country subdivision',
    'Subdivision du pays du représentant fiscal',
  ),
  t(
    'BT-69',
    'BG-12',
    '1..1',
    'Code',
    'Tax representative country code',
    'Code de pays du représentant fiscal',
  ),

  g('BG-13', ROOT, '0..1', 'DELIVERY INFORMATION', 'INFORMATIONS DE LIVRAISON'),
  t(
    'BT-70',
    'BG-13',
    '0..1',
    'Text',
    'Deliver to party name',
    'Nom du destinataire de la livraison',
  ),
  t(
    'BT-71',
    'BG-13',
    '0..1',
    'Identifier',
    'Deliver to location identifier',
    'Identifiant du lieu de livraison',
  ),
  t('BT-72', 'BG-13', '0..1', 'Date', 'Actual delivery date', 'Date effective de livraison'),

  g('BG-14', 'BG-13', '0..1', 'INVOICING PERIOD', 'PÉRIODE DE FACTURATION'),
  t(
    'BT-73',
    'BG-14',
    '0..1',
    'Date',
    'Invoicing period start date',
    'Date de début de la période de facturation',
  ),
  t(
    'BT-74',
    'BG-14',
    '0..1',
    'Date',
    'Invoicing period end date',
    'Date de fin de la période de facturation',
  ),

  g('BG-15', 'BG-13', '0..1', 'DELIVER TO ADDRESS', 'ADRESSE DE LIVRAISON'),
  t(
    'BT-75',
    'BG-15',
    '0..1',
    'Text',
    'Deliver to address line 1',
    "Ligne 1 de l'adresse de livraison",
  ),
  t(
    'BT-76',
    'BG-15',
    '0..1',
    'Text',
    'Deliver to address line 2',
    "Ligne 2 de l'adresse de livraison",
  ),
  t(
    'BT-165',
    'BG-15',
    '0..1',
    'Text',
    'Deliver to address line 3',
    "Ligne 3 de l'adresse de livraison",
  ),
  t('BT-77', 'BG-15', '0..1', 'Text', 'Deliver to city', 'Localité de livraison'),
  t('BT-78', 'BG-15', '0..1', 'Text', 'Deliver to post code', 'Code postal de livraison'),
  t(
    'BT-79',
    'BG-15',
    '0..1',
    'Text',
    'Deliver to country subdivision',
    'Subdivision du pays de livraison',
  ),
  t('BT-80', 'BG-15', '1..1', 'Code', 'Deliver to country code', 'Code de pays de livraison'),

  g('BG-16', ROOT, '0..1', 'PAYMENT INSTRUCTIONS', 'INSTRUCTIONS DE PAIEMENT'),
  t(
    'BT-81',
    'BG-16',
    '1..1',
    'Code',
    'Payment means type code',
    'Code de type de moyen de paiement',
  ),
  t('BT-82', 'BG-16', '0..1', 'Text', 'Payment means text', 'Libellé du moyen de paiement'),
  t(
    'BT-83',
    'BG-16',
    '0..1',
    'Text',
    'Remittance information',
    'Informations de rapprochement du paiement',
  ),

  g('BG-17', 'BG-16', '0..n', 'CREDIT TRANSFER', 'VIREMENT'),
  t(
    'BT-84',
    'BG-17',
    '1..1',
    'Identifier',
    'Payment account identifier',
    'Identifiant du compte de paiement',
  ),
  t('BT-85', 'BG-17', '0..1', 'Text', 'Payment account name', 'Nom du compte de paiement'),
  t(
    'BT-86',
    'BG-17',
    '0..1',
    'Identifier',
    'Payment service provider identifier',
    'Identifiant du prestataire de services de paiement',
  ),

  g('BG-18', 'BG-16', '0..1', 'PAYMENT CARD INFORMATION', 'INFORMATIONS SUR LA CARTE DE PAIEMENT'),
  t(
    'BT-87',
    'BG-18',
    '1..1',
    'Text',
    'Payment card primary account number',
    'Numéro de compte principal de la carte de paiement',
  ),
  t(
    'BT-88',
    'BG-18',
    '0..1',
    'Text',
    'Payment card holder name',
    'Nom du titulaire de la carte de paiement',
  ),

  g('BG-19', 'BG-16', '0..1', 'DIRECT DEBIT', 'PRÉLÈVEMENT'),
  t(
    'BT-89',
    'BG-19',
    '0..1',
    'Identifier',
    'Mandate reference identifier',
    'Identifiant de référence du mandat',
  ),
  t(
    'BT-90',
    'BG-19',
    '0..1',
    'Identifier',
    'Bank assigned creditor identifier',
    'Identifiant créancier attribué par la banque',
  ),
  t(
    'BT-91',
    'BG-19',
    '0..1',
    'Identifier',
    'Debited account identifier',
    'Identifiant du compte débité',
  ),

  g('BG-20', ROOT, '0..n', 'DOCUMENT LEVEL ALLOWANCES', 'REMISES AU NIVEAU DU DOCUMENT'),
  t(
    'BT-92',
    'BG-20',
    '1..1',
    'Amount',
    'Document level allowance amount',
    'Montant de la remise au niveau du document',
  ),
  t(
    'BT-93',
    'BG-20',
    '0..1',
    'Amount',
    'Document level allowance base amount',
    'Assiette de la remise au niveau du document',
  ),
  t(
    'BT-94',
    'BG-20',
    '0..1',
    'Percentage',
    'Document level allowance percentage',
    'Pourcentage de la remise au niveau du document',
  ),
  t(
    'BT-95',
    'BG-20',
    '1..1',
    'Code',
    'Document level allowance VAT category code',
    'Code de catégorie de TVA de la remise au niveau du document',
  ),
  t(
    'BT-96',
    'BG-20',
    '0..1',
    'Percentage',
    'Document level allowance VAT rate',
    'Taux de TVA de la remise au niveau du document',
  ),
  t(
    'BT-97',
    'BG-20',
    '0..1',
    'Text',
    'Document level allowance reason',
    'Motif de la remise au niveau du document',
  ),
  t(
    'BT-98',
    'BG-20',
    '0..1',
    'Code',
    'Document level allowance reason code',
    'Code du motif de la remise au niveau du document',
  ),

  g('BG-21', ROOT, '0..n', 'DOCUMENT LEVEL CHARGES', 'CHARGES AU NIVEAU DU DOCUMENT'),
  t(
    'BT-99',
    'BG-21',
    '1..1',
    'Amount',
    'Document level charge amount',
    'Montant de la charge au niveau du document',
  ),
  t(
    'BT-100',
    'BG-21',
    '0..1',
    'Amount',
    'Document level charge base amount',
    'Assiette de la charge au niveau du document',
  ),
  t(
    'BT-101',
    'BG-21',
    '0..1',
    'Percentage',
    'Document level charge percentage',
    'Pourcentage de la charge au niveau du document',
  ),
  t(
    'BT-102',
    'BG-21',
    '1..1',
    'Code',
    'Document level charge VAT category code',
    'Code de catégorie de TVA de la charge au niveau du document',
  ),
  t(
    'BT-103',
    'BG-21',
    '0..1',
    'Percentage',
    'Document level charge VAT rate',
    'Taux de TVA de la charge au niveau du document',
  ),
  t(
    'BT-104',
    'BG-21',
    '0..1',
    'Text',
    'Document level charge reason',
    'Motif de la charge au niveau du document',
  ),
  t(
    'BT-105',
    'BG-21',
    '0..1',
    'Code',
    'Document level charge reason code',
    'Code du motif de la charge au niveau du document',
  ),

  g('BG-22', ROOT, '1..1', 'DOCUMENT TOTALS', 'TOTAUX DU DOCUMENT'),
  t(
    'BT-106',
    'BG-22',
    '1..1',
    'Amount',
    'Sum of Invoice line net amount',
    'Somme des montants nets des lignes de facture',
  ),
  t(
    'BT-107',
    'BG-22',
    '0..1',
    'Amount',
    'Sum of allowances on document level',
    'Somme des remises au niveau du document',
  ),
  t(
    'BT-108',
    'BG-22',
    '0..1',
    'Amount',
    'Sum of charges on document level',
    'Somme des charges au niveau du document',
  ),
  t(
    'BT-109',
    'BG-22',
    '1..1',
    'Amount',
    'Invoice total amount without VAT',
    'Montant total de la facture hors TVA',
  ),
  t(
    'BT-110',
    'BG-22',
    '0..1',
    'Amount',
    'Invoice total VAT amount',
    'Montant total de la TVA de la facture',
  ),
  t(
    'BT-111',
    'BG-22',
    '0..1',
    'Amount',
    'Invoice total VAT amount in accounting currency',
    'Montant total de la TVA de la facture dans la devise de comptabilisation',
  ),
  t(
    'BT-112',
    'BG-22',
    '1..1',
    'Amount',
    'Invoice total amount with VAT',
    'Montant total de la facture TVA comprise',
  ),
  t('BT-113', 'BG-22', '0..1', 'Amount', 'Paid amount', 'Montant payé'),
  t('BT-114', 'BG-22', '0..1', 'Amount', 'Rounding amount', "Montant de l'arrondi"),
  t('BT-115', 'BG-22', '1..1', 'Amount', 'Amount due for payment', 'Montant à payer'),

  g('BG-23', ROOT, '1..n', 'VAT BREAKDOWN', 'VENTILATION DE LA TVA'),
  t(
    'BT-116',
    'BG-23',
    '1..1',
    'Amount',
    'VAT category taxable amount',
    'Base imposable de la catégorie de TVA',
  ),
  t(
    'BT-117',
    'BG-23',
    '1..1',
    'Amount',
    'VAT category tax amount',
    'Montant de TVA de la catégorie',
  ),
  t('BT-118', 'BG-23', '1..1', 'Code', 'VAT category code', 'Code de catégorie de TVA'),
  t('BT-119', 'BG-23', '0..1', 'Percentage', 'VAT category rate', 'Taux de la catégorie de TVA'),
  t('BT-120', 'BG-23', '0..1', 'Text', 'VAT exemption reason text', "Motif d'exonération de TVA"),
  t(
    'BT-121',
    'BG-23',
    '0..1',
    'Code',
    'VAT exemption reason code',
    "Code du motif d'exonération de TVA",
  ),

  g('BG-24', ROOT, '0..n', 'ADDITIONAL SUPPORTING DOCUMENTS', 'JUSTIFICATIFS ADDITIONNELS'),
  t(
    'BT-122',
    'BG-24',
    '1..1',
    'DocumentReference',
    'Supporting document reference',
    'Référence du justificatif',
  ),
  t(
    'BT-123',
    'BG-24',
    '0..1',
    'Text',
    'Supporting document description',
    'Description du justificatif',
  ),
  t(
    'BT-124',
    'BG-24',
    '0..1',
    'Text',
    'External document location',
    'Emplacement du document externe',
  ),
  t('BT-125', 'BG-24', '0..1', 'BinaryObject', 'Attached document', 'Document joint'),

  g('BG-25', ROOT, '1..n', 'INVOICE LINE', 'LIGNE DE FACTURE'),
  t(
    'BT-126',
    'BG-25',
    '1..1',
    'Identifier',
    'Invoice line identifier',
    'Identifiant de la ligne de facture',
  ),
  t('BT-127', 'BG-25', '0..1', 'Text', 'Invoice line note', 'Note de la ligne de facture'),
  t(
    'BT-128',
    'BG-25',
    '0..1',
    'Identifier',
    'Invoice line object identifier',
    "Identifiant d'objet de la ligne de facture",
  ),
  t('BT-129', 'BG-25', '1..1', 'Quantity', 'Invoiced quantity', 'Quantité facturée'),
  t(
    'BT-130',
    'BG-25',
    '1..1',
    'Code',
    'Invoiced quantity unit of measure code',
    "Code de l'unité de mesure de la quantité facturée",
  ),
  t(
    'BT-131',
    'BG-25',
    '1..1',
    'Amount',
    'Invoice line net amount',
    'Montant net de la ligne de facture',
  ),
  t(
    'BT-132',
    'BG-25',
    '0..1',
    'DocumentReference',
    'Referenced purchase order line reference',
    'Référence de la ligne du bon de commande',
  ),
  t(
    'BT-133',
    'BG-25',
    '0..1',
    'Text',
    'Invoice line Buyer accounting reference',
    "Référence comptable de l'acheteur pour la ligne",
  ),

  g('BG-26', 'BG-25', '0..1', 'INVOICE LINE PERIOD', 'PÉRIODE DE FACTURATION DE LA LIGNE'),
  t(
    'BT-134',
    'BG-26',
    '0..1',
    'Date',
    'Invoice line period start date',
    'Date de début de la période de la ligne',
  ),
  t(
    'BT-135',
    'BG-26',
    '0..1',
    'Date',
    'Invoice line period end date',
    'Date de fin de la période de la ligne',
  ),

  g('BG-27', 'BG-25', '0..n', 'INVOICE LINE ALLOWANCES', 'REMISES SUR LA LIGNE DE FACTURE'),
  t(
    'BT-136',
    'BG-27',
    '1..1',
    'Amount',
    'Invoice line allowance amount',
    'Montant de la remise sur la ligne',
  ),
  t(
    'BT-137',
    'BG-27',
    '0..1',
    'Amount',
    'Invoice line allowance base amount',
    'Assiette de la remise sur la ligne',
  ),
  t(
    'BT-138',
    'BG-27',
    '0..1',
    'Percentage',
    'Invoice line allowance percentage',
    'Pourcentage de la remise sur la ligne',
  ),
  t(
    'BT-139',
    'BG-27',
    '0..1',
    'Text',
    'Invoice line allowance reason',
    'Motif de la remise sur la ligne',
  ),
  t(
    'BT-140',
    'BG-27',
    '0..1',
    'Code',
    'Invoice line allowance reason code',
    'Code du motif de la remise sur la ligne',
  ),

  g('BG-28', 'BG-25', '0..n', 'INVOICE LINE CHARGES', 'CHARGES SUR LA LIGNE DE FACTURE'),
  t(
    'BT-141',
    'BG-28',
    '1..1',
    'Amount',
    'Invoice line charge amount',
    'Montant de la charge sur la ligne',
  ),
  t(
    'BT-142',
    'BG-28',
    '0..1',
    'Amount',
    'Invoice line charge base amount',
    'Assiette de la charge sur la ligne',
  ),
  t(
    'BT-143',
    'BG-28',
    '0..1',
    'Percentage',
    'Invoice line charge percentage',
    'Pourcentage de la charge sur la ligne',
  ),
  t(
    'BT-144',
    'BG-28',
    '0..1',
    'Text',
    'Invoice line charge reason',
    'Motif de la charge sur la ligne',
  ),
  t(
    'BT-145',
    'BG-28',
    '0..1',
    'Code',
    'Invoice line charge reason code',
    'Code du motif de la charge sur la ligne',
  ),

  g('BG-29', 'BG-25', '1..1', 'PRICE DETAILS', 'DÉTAIL DU PRIX'),
  t('BT-146', 'BG-29', '1..1', 'UnitPriceAmount', 'Item net price', "Prix net de l'article"),
  t(
    'BT-147',
    'BG-29',
    '0..1',
    'UnitPriceAmount',
    'Item price discount',
    "Rabais sur le prix de l'article",
  ),
  t('BT-148', 'BG-29', '0..1', 'UnitPriceAmount', 'Item gross price', "Prix brut de l'article"),
  t(
    'BT-149',
    'BG-29',
    '0..1',
    'Quantity',
    'Item price base quantity',
    "Quantité de base du prix de l'article",
  ),
  t(
    'BT-150',
    'BG-29',
    '0..1',
    'Code',
    'Item price base quantity unit of measure code',
    "Code de l'unité de mesure de la quantité de base du prix",
  ),

  g('BG-30', 'BG-25', '1..1', 'LINE VAT INFORMATION', 'INFORMATIONS DE TVA DE LA LIGNE'),
  t(
    'BT-151',
    'BG-30',
    '1..1',
    'Code',
    'Invoiced item VAT category code',
    "Code de catégorie de TVA de l'article facturé",
  ),
  t(
    'BT-152',
    'BG-30',
    '0..1',
    'Percentage',
    'Invoiced item VAT rate',
    "Taux de TVA de l'article facturé",
  ),

  g('BG-31', 'BG-25', '1..1', 'ITEM INFORMATION', "INFORMATIONS SUR L'ARTICLE"),
  t('BT-153', 'BG-31', '1..1', 'Text', 'Item name', "Nom de l'article"),
  t('BT-154', 'BG-31', '0..1', 'Text', 'Item description', "Description de l'article"),
  t(
    'BT-155',
    'BG-31',
    '0..1',
    'Identifier',
    "Item Seller's identifier",
    "Identifiant vendeur de l'article",
  ),
  t(
    'BT-156',
    'BG-31',
    '0..1',
    'Identifier',
    "Item Buyer's identifier",
    "Identifiant acheteur de l'article",
  ),
  t(
    'BT-157',
    'BG-31',
    '0..1',
    'Identifier',
    'Item standard identifier',
    "Identifiant standard de l'article",
  ),
  t(
    'BT-158',
    'BG-31',
    '0..n',
    'Identifier',
    'Item classification identifier',
    "Identifiant de classification de l'article",
  ),
  t('BT-159', 'BG-31', '0..1', 'Code', 'Item country of origin', "Pays d'origine de l'article"),

  g('BG-32', 'BG-31', '0..n', 'ITEM ATTRIBUTES', "ATTRIBUTS DE L'ARTICLE"),
  t('BT-160', 'BG-32', '1..1', 'Text', 'Item attribute name', "Nom de l'attribut de l'article"),
  t('BT-161', 'BG-32', '1..1', 'Text', 'Item attribute value', "Valeur de l'attribut de l'article"),
] as const;

/**
 * Keys of the JSON objects that carry a term's attributes (the norm's "BT-n-m" supplementary
 * components). A term that has one of these is an object in the JSON form, not a string.
 */
export type QualifierKey = 'scheme' | 'version' | 'mimeCode' | 'filename';

export interface QualifierDefinition<I extends string = string> {
  readonly kind: 'qualifier';
  readonly id: I;
  /** The term the attribute belongs to. */
  readonly term: string;
  /** Its key inside the term's JSON object. */
  readonly key: QualifierKey;
  /** Cardinality within one occurrence of the term. */
  readonly cardinality: '0..1' | '1..1';
  readonly name: LocalizedText;
}

function q<const I extends string>(
  id: I,
  term: string,
  key: QualifierKey,
  cardinality: '0..1' | '1..1',
  en: string,
  fr: string,
): QualifierDefinition<I> {
  return { kind: 'qualifier', id, term, key, cardinality, name: { fr, en } };
}

const SCHEME_EN = 'Scheme identifier';
const SCHEME_FR = "Identifiant du schéma d'identification";

/** The supplementary components of EN 16931-1 (scheme identifiers, attachment attributes). */
export const QUALIFIERS = [
  q('BT-18-1', 'BT-18', 'scheme', '0..1', SCHEME_EN, SCHEME_FR),
  q('BT-29-1', 'BT-29', 'scheme', '0..1', SCHEME_EN, SCHEME_FR),
  q('BT-30-1', 'BT-30', 'scheme', '0..1', SCHEME_EN, SCHEME_FR),
  q('BT-34-1', 'BT-34', 'scheme', '1..1', SCHEME_EN, SCHEME_FR),
  q('BT-46-1', 'BT-46', 'scheme', '0..1', SCHEME_EN, SCHEME_FR),
  q('BT-47-1', 'BT-47', 'scheme', '0..1', SCHEME_EN, SCHEME_FR),
  q('BT-49-1', 'BT-49', 'scheme', '1..1', SCHEME_EN, SCHEME_FR),
  q('BT-60-1', 'BT-60', 'scheme', '0..1', SCHEME_EN, SCHEME_FR),
  q('BT-61-1', 'BT-61', 'scheme', '0..1', SCHEME_EN, SCHEME_FR),
  q('BT-71-1', 'BT-71', 'scheme', '0..1', SCHEME_EN, SCHEME_FR),
  q(
    'BT-125-1',
    'BT-125',
    'mimeCode',
    '1..1',
    'Attached document Mime code',
    'Code MIME du document joint',
  ),
  q(
    'BT-125-2',
    'BT-125',
    'filename',
    '1..1',
    'Attached document Filename',
    'Nom du fichier du document joint',
  ),
  q('BT-128-1', 'BT-128', 'scheme', '0..1', SCHEME_EN, SCHEME_FR),
  q('BT-157-1', 'BT-157', 'scheme', '1..1', SCHEME_EN, SCHEME_FR),
  q('BT-158-1', 'BT-158', 'scheme', '1..1', SCHEME_EN, SCHEME_FR),
  q(
    'BT-158-2',
    'BT-158',
    'version',
    '0..1',
    'Scheme version identifier',
    'Identifiant de version du schéma',
  ),
] as const;

export type ModelElement = (typeof MODEL_ELEMENTS)[number];
export type BusinessTerm = Extract<ModelElement, { kind: 'term' }>;
export type BusinessGroup = Extract<ModelElement, { kind: 'group' }>;
/** `'BT-1' | 'BT-2' | …` — every business term id of EN 16931-1. */
export type TermId = BusinessTerm['id'];
/** `'BG-1' | … | 'BG-32'`. */
export type GroupId = BusinessGroup['id'];
/** `'BT-29-1' | 'BT-125-1' | …` — supplementary components. */
export type QualifierId = (typeof QUALIFIERS)[number]['id'];
/** Anything the catalogue names. */
export type ModelId = TermId | GroupId | QualifierId;
