/**
 * Names of the business terms in the BR-FR messages, in the words a clerk reads on an invoice.
 * Ids stay in the messages next to the name (« date d'échéance (BT-9) ») so that a user can
 * find the field in a form or a specification.
 */
import type { LocalizedText } from '../../i18n/text';
import type { PartyRole } from './facts';

const NAMES: Readonly<Record<string, LocalizedText>> = {
  'BT-1': { fr: 'numéro de facture', en: 'invoice number' },
  'BT-2': { fr: 'date de facture', en: 'invoice date' },
  'BT-3': { fr: 'type de document', en: 'document type' },
  'BT-7': { fr: "date d'exigibilité de la TVA", en: 'VAT point date' },
  'BT-9': { fr: "date d'échéance", en: 'due date' },
  'BT-25': { fr: 'numéro de la facture antérieure', en: 'preceding invoice number' },
  'BT-26': { fr: 'date de la facture antérieure', en: 'preceding invoice date' },
  'BT-72': { fr: 'date de livraison', en: 'delivery date' },
  'BT-73': { fr: 'date de début de la période de facturation', en: 'invoicing period start date' },
  'BT-74': { fr: 'date de fin de la période de facturation', en: 'invoicing period end date' },
  'BT-134': { fr: 'date de début de la période de la ligne', en: 'line period start date' },
  'BT-135': { fr: 'date de fin de la période de la ligne', en: 'line period end date' },
  'EXT-FR-FE-02': {
    fr: 'type de la facture antérieure',
    en: 'preceding invoice type',
  },
  'EXT-FR-FE-136': {
    fr: 'numéro de la facture antérieure citée sur une ligne',
    en: 'preceding invoice number on a line',
  },
  'EXT-FR-FE-137': {
    fr: 'type de la facture antérieure citée sur une ligne',
    en: 'preceding invoice type on a line',
  },
  'EXT-FR-FE-138': {
    fr: 'date de la facture antérieure citée sur une ligne',
    en: 'preceding invoice date on a line',
  },
  'EXT-FR-FE-158': { fr: 'date de livraison de la ligne', en: 'line delivery date' },
  'BT-92': { fr: 'montant de la remise', en: 'allowance amount' },
  'BT-93': { fr: 'base de la remise', en: 'allowance base amount' },
  'BT-99': { fr: 'montant des frais', en: 'charge amount' },
  'BT-100': { fr: 'base des frais', en: 'charge base amount' },
  'BT-106': { fr: 'somme des lignes HT', en: 'sum of line net amounts' },
  'BT-107': { fr: 'total des remises', en: 'sum of allowances' },
  'BT-108': { fr: 'total des frais', en: 'sum of charges' },
  'BT-109': { fr: 'total HT', en: 'total without VAT' },
  'BT-110': { fr: 'total de la TVA', en: 'total VAT' },
  'BT-111': {
    fr: 'total de la TVA en devise de comptabilisation',
    en: 'total VAT in accounting currency',
  },
  'BT-112': { fr: 'total TTC', en: 'total with VAT' },
  'BT-113': { fr: 'montant déjà payé', en: 'paid amount' },
  'BT-114': { fr: "montant d'arrondi", en: 'rounding amount' },
  'BT-115': { fr: 'net à payer', en: 'amount due' },
  'BT-116': { fr: 'base HT du taux de TVA', en: 'VAT category taxable amount' },
  'BT-117': { fr: 'montant de TVA du taux', en: 'VAT category tax amount' },
  'BT-131': { fr: 'montant HT de la ligne', en: 'line net amount' },
  'BT-136': { fr: 'remise de ligne', en: 'line allowance amount' },
  'BT-137': { fr: 'base de la remise de ligne', en: 'line allowance base amount' },
  'BT-141': { fr: 'frais de ligne', en: 'line charge amount' },
  'BT-142': { fr: 'base des frais de ligne', en: 'line charge base amount' },
  'BT-129': { fr: 'quantité facturée', en: 'invoiced quantity' },
  'BT-149': { fr: 'quantité de base du prix', en: 'price base quantity' },
  'BT-146': { fr: 'prix unitaire net', en: 'item net price' },
  'BT-147': { fr: 'rabais sur le prix unitaire', en: 'item price discount' },
  'BT-148': { fr: 'prix unitaire brut', en: 'item gross price' },
  'BT-96': { fr: 'taux de TVA de la remise', en: 'allowance VAT rate' },
  'BT-103': { fr: 'taux de TVA des frais', en: 'charge VAT rate' },
  'BT-119': { fr: 'taux de TVA du récapitulatif', en: 'VAT breakdown rate' },
  'BT-152': { fr: 'taux de TVA de la ligne', en: 'line VAT rate' },
};

/** « nom (id) », e.g. « date d'échéance (BT-9) ». */
export function termName(term: string): LocalizedText {
  const name = NAMES[term];
  return name === undefined
    ? { fr: term, en: term }
    : { fr: `${name.fr} (${term})`, en: `${name.en} (${term})` };
}

interface RoleWords {
  /** « du vendeur », with the article the sentence needs. */
  readonly of: LocalizedText;
  /** The party's identifier term (BR-FR-09, CO-10). */
  readonly idTerm: string;
  /** Its electronic address term (BR-FR-23, -25), when it has one. */
  readonly endpointTerm?: string;
}

export const ROLES: Readonly<Record<PartyRole, RoleWords>> = {
  seller: { of: { fr: 'du vendeur', en: 'of the seller' }, idTerm: 'BT-29', endpointTerm: 'BT-34' },
  buyer: {
    of: { fr: "de l'acheteur", en: 'of the buyer' },
    idTerm: 'BT-46',
    endpointTerm: 'BT-49',
  },
  payee: {
    of: { fr: 'du bénéficiaire du paiement', en: 'of the payee' },
    idTerm: 'BT-60',
    endpointTerm: 'EXT-FR-FE-29',
  },
  buyerAgent: {
    of: { fr: "du mandataire de l'acheteur", en: "of the buyer's agent" },
    idTerm: 'EXT-FR-FE-06',
    endpointTerm: 'EXT-FR-FE-12',
  },
  payer: {
    of: { fr: 'du payeur', en: 'of the payer' },
    idTerm: 'EXT-FR-FE-46',
    endpointTerm: 'EXT-FR-FE-52',
  },
  sellerAgent: {
    of: { fr: 'du mandataire du vendeur', en: "of the seller's agent" },
    idTerm: 'EXT-FR-FE-69',
    endpointTerm: 'EXT-FR-FE-75',
  },
  invoicee: {
    of: { fr: 'du destinataire de la facture (facturé)', en: 'of the invoicee' },
    idTerm: 'EXT-FR-FE-92',
    endpointTerm: 'EXT-FR-FE-98',
  },
  invoicer: {
    of: { fr: "de l'émetteur de la facture (facturant)", en: 'of the invoicer' },
    idTerm: 'EXT-FR-FE-115',
    endpointTerm: 'EXT-FR-FE-121',
  },
  shipTo: { of: { fr: 'du lieu de livraison', en: 'of the delivery place' }, idTerm: 'BT-71' },
  lineShipTo: {
    of: { fr: 'du lieu de livraison de la ligne', en: 'of the line delivery place' },
    idTerm: 'EXT-FR-FE-146',
  },
};

/** « du lieu de livraison de la ligne 3 » for line parties, the role's words otherwise. */
export function partyOf(role: PartyRole, line: string | undefined): LocalizedText {
  const { of } = ROLES[role];
  return line === undefined ? of : { fr: `${of.fr} ${line}`, en: `${of.en} ${line}` };
}
