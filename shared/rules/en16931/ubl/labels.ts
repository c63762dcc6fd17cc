/**
 * Plain words for the UBL aggregates an element can sit in, so that a message about a UBL element
 * says where it is in business terms (« vendeur › adresse postale »), with the EN 16931 group or
 * term that aggregate carries. Only aggregates with a business meaning have a label; the others
 * (`cac:Party`…) are left out of the description, the XPath in the message locating them.
 */
import type { LocalizedText } from '../../../i18n/text';

interface Label {
  readonly text: LocalizedText;
  /** The EN 16931 group or term this aggregate carries, when there is one. */
  readonly bt?: string;
}

const LABELS: ReadonlyMap<string, Label> = new Map<string, Label>(
  Object.entries({
    InvoiceLine: { text: { fr: 'ligne de facture', en: 'invoice line' }, bt: 'BG-25' },
    CreditNoteLine: { text: { fr: "ligne d'avoir", en: 'credit note line' }, bt: 'BG-25' },
    AccountingSupplierParty: { text: { fr: 'vendeur', en: 'seller' }, bt: 'BG-4' },
    AccountingCustomerParty: { text: { fr: 'acheteur', en: 'buyer' }, bt: 'BG-7' },
    PayeeParty: { text: { fr: 'bénéficiaire du paiement', en: 'payee' }, bt: 'BG-10' },
    TaxRepresentativeParty: {
      text: { fr: 'représentant fiscal du vendeur', en: "seller's tax representative" },
      bt: 'BG-11',
    },
    Delivery: { text: { fr: 'livraison', en: 'delivery' }, bt: 'BG-13' },
    DeliveryLocation: { text: { fr: 'lieu de livraison', en: 'delivery location' }, bt: 'BT-71' },
    DeliveryParty: { text: { fr: 'destinataire livré', en: 'deliver-to party' }, bt: 'BT-70' },
    InvoicePeriod: { text: { fr: 'période de facturation', en: 'invoicing period' }, bt: 'BG-14' },
    PaymentMeans: { text: { fr: 'moyen de paiement', en: 'payment means' }, bt: 'BG-16' },
    PayeeFinancialAccount: {
      text: { fr: 'compte de virement', en: 'credit transfer account' },
      bt: 'BG-17',
    },
    FinancialInstitutionBranch: {
      text: { fr: 'banque du compte', en: "account's bank" },
      bt: 'BT-86',
    },
    CardAccount: { text: { fr: 'carte de paiement', en: 'payment card' }, bt: 'BG-18' },
    PaymentMandate: {
      text: { fr: 'mandat de prélèvement', en: 'direct debit mandate' },
      bt: 'BG-19',
    },
    PayerFinancialAccount: { text: { fr: 'compte débité', en: 'debited account' }, bt: 'BT-91' },
    PaymentTerms: { text: { fr: 'conditions de paiement', en: 'payment terms' }, bt: 'BT-20' },
    AllowanceCharge: { text: { fr: 'remise ou frais', en: 'allowance or charge' } },
    TaxTotal: { text: { fr: 'total de TVA', en: 'VAT total' }, bt: 'BT-110' },
    TaxSubtotal: { text: { fr: 'ventilation de la TVA', en: 'VAT breakdown' }, bt: 'BG-23' },
    TaxCategory: { text: { fr: 'catégorie de TVA', en: 'VAT category' } },
    ClassifiedTaxCategory: {
      text: { fr: "TVA de l'article", en: 'item VAT information' },
      bt: 'BG-30',
    },
    TaxScheme: { text: { fr: 'régime de taxe', en: 'tax scheme' } },
    LegalMonetaryTotal: { text: { fr: 'totaux du document', en: 'document totals' }, bt: 'BG-22' },
    AdditionalDocumentReference: {
      text: { fr: 'pièce justificative', en: 'supporting document' },
      bt: 'BG-24',
    },
    Attachment: { text: { fr: 'pièce jointe', en: 'attachment' } },
    BillingReference: { text: { fr: 'facture antérieure', en: 'preceding invoice' }, bt: 'BG-3' },
    InvoiceDocumentReference: { text: { fr: 'référence de facture', en: 'invoice reference' } },
    OrderReference: { text: { fr: 'commande', en: 'purchase order' }, bt: 'BT-13' },
    OrderLineReference: { text: { fr: 'ligne de commande', en: 'order line' }, bt: 'BT-132' },
    ContractDocumentReference: { text: { fr: 'contrat', en: 'contract' }, bt: 'BT-12' },
    DespatchDocumentReference: {
      text: { fr: "avis d'expédition", en: 'despatch advice' },
      bt: 'BT-16',
    },
    ReceiptDocumentReference: {
      text: { fr: 'avis de réception', en: 'receiving advice' },
      bt: 'BT-15',
    },
    OriginatorDocumentReference: {
      text: { fr: "appel d'offres ou lot", en: 'tender or lot' },
      bt: 'BT-17',
    },
    ProjectReference: { text: { fr: 'projet', en: 'project' }, bt: 'BT-11' },
    DocumentReference: { text: { fr: 'objet facturé', en: 'invoiced object' }, bt: 'BT-128' },
    Item: { text: { fr: 'article', en: 'item' }, bt: 'BG-31' },
    Price: { text: { fr: 'prix', en: 'price' }, bt: 'BG-29' },
    SellersItemIdentification: {
      text: { fr: "référence vendeur de l'article", en: "seller's item identifier" },
      bt: 'BT-155',
    },
    BuyersItemIdentification: {
      text: { fr: "référence acheteur de l'article", en: "buyer's item identifier" },
      bt: 'BT-156',
    },
    StandardItemIdentification: {
      text: { fr: "identifiant normalisé de l'article", en: 'standard item identifier' },
      bt: 'BT-157',
    },
    CommodityClassification: {
      text: { fr: "classification de l'article", en: 'item classification' },
      bt: 'BT-158',
    },
    OriginCountry: { text: { fr: "pays d'origine", en: 'country of origin' }, bt: 'BT-159' },
    AdditionalItemProperty: {
      text: { fr: "attribut de l'article", en: 'item attribute' },
      bt: 'BG-32',
    },
    PostalAddress: { text: { fr: 'adresse postale', en: 'postal address' } },
    Address: { text: { fr: 'adresse', en: 'address' } },
    Country: { text: { fr: 'pays', en: 'country' } },
    PartyLegalEntity: { text: { fr: 'immatriculation légale', en: 'legal registration' } },
    PartyTaxScheme: { text: { fr: 'identifiant fiscal', en: 'tax registration' } },
    PartyIdentification: { text: { fr: 'identifiant', en: 'identifier' } },
    PartyName: { text: { fr: 'nom commercial', en: 'trading name' } },
    Contact: { text: { fr: 'contact', en: 'contact' } },
  }),
);

/** Where a forbidden element sits, in words, and the EN 16931 groups or terms around it. */
export interface Placement {
  /** `vendeur › adresse postale`; empty when no ancestor has a label. */
  readonly where: LocalizedText;
  /** The innermost labelled aggregate's group or term, if it has one. */
  readonly bt: readonly string[];
}

/**
 * Describes the aggregates of a path from the root (the forbidden node excluded), each step with
 * its alternatives (`(cac:InvoiceLine|cac:CreditNoteLine)` is one step of two local names). A
 * line's invoicing period is BG-26 rather than BG-14.
 */
export function placementOf(steps: readonly (readonly string[])[]): Placement {
  const fr: string[] = [];
  const en: string[] = [];
  let bt: string | undefined;
  let inLine = false;
  for (const alternatives of steps) {
    const labels = alternatives.flatMap((name) => LABELS.get(name) ?? []);
    const first = labels[0];
    if (first !== undefined) {
      fr.push(labels.map((l) => l.text.fr).join(' ou '));
      en.push(labels.map((l) => l.text.en).join(' or '));
      bt = alternatives.includes('InvoicePeriod') && inLine ? 'BG-26' : (first.bt ?? bt);
    }
    if (alternatives.some((a) => a === 'InvoiceLine' || a === 'CreditNoteLine')) inLine = true;
  }
  return { where: { fr: fr.join(' › '), en: en.join(' › ') }, bt: bt === undefined ? [] : [bt] };
}
