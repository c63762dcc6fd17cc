import type { LocalizedText } from '../../../i18n/text';

/**
 * Where a rule looks, in words, for the messages: « dans … » / "in …". Keyed by the context XPath
 * of the official rule (table.generated.ts). Contexts that match many kinds of element (every
 * identifier, every amount…) name the element found, or a generic one when there is none.
 */
type Label = (element?: string) => LocalizedText;

const fixed =
  (fr: string, en: string): Label =>
  () => ({ fr, en });

const someElement =
  (frKind: string, enKind: string, generic: string, frNote = '', enNote = ''): Label =>
  (element = generic) => ({
    fr: `dans ${frKind} ${element}${frNote}`,
    en: `in ${enKind} ${element}${enNote}`,
  });

const LINE =
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem';
const HEADER = '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction';

const LABELS: ReadonlyMap<string, Label> = new Map<string, Label>([
  [
    '//ram:SpecifiedTradeSettlementPaymentMeans',
    fixed(
      'dans un moyen de paiement (ram:SpecifiedTradeSettlementPaymentMeans, BG-16)',
      'in a payment means (ram:SpecifiedTradeSettlementPaymentMeans, BG-16)',
    ),
  ],
  [
    '/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext',
    fixed(
      'dans le contexte du document (rsm:ExchangedDocumentContext)',
      'in the document context (rsm:ExchangedDocumentContext)',
    ),
  ],
  [
    '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument',
    fixed(
      "dans l'en-tête du document (rsm:ExchangedDocument)",
      'in the document header (rsm:ExchangedDocument)',
    ),
  ],
  [
    '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote',
    fixed(
      'dans une note de la facture (ram:IncludedNote, BG-1)',
      'in an invoice note (ram:IncludedNote, BG-1)',
    ),
  ],
  [
    LINE,
    fixed(
      'dans une ligne de facture (ram:IncludedSupplyChainTradeLineItem, BG-25)',
      'in an invoice line (ram:IncludedSupplyChainTradeLineItem, BG-25)',
    ),
  ],
  [
    `${LINE}/ram:AssociatedDocumentLineDocument`,
    fixed(
      "dans l'identification d'une ligne (ram:AssociatedDocumentLineDocument)",
      'in the identification of a line (ram:AssociatedDocumentLineDocument)',
    ),
  ],
  [
    `${LINE}/ram:SpecifiedTradeProduct`,
    fixed(
      "dans l'article d'une ligne (ram:SpecifiedTradeProduct, BG-31)",
      'in the item of a line (ram:SpecifiedTradeProduct, BG-31)',
    ),
  ],
  [
    `${LINE}/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic`,
    fixed(
      "dans un attribut d'article (ram:ApplicableProductCharacteristic, BG-32)",
      'in an item attribute (ram:ApplicableProductCharacteristic, BG-32)',
    ),
  ],
  [
    `${LINE}/ram:SpecifiedLineTradeAgreement`,
    fixed(
      "dans les conditions commerciales d'une ligne (ram:SpecifiedLineTradeAgreement : prix, commande)",
      'in the trade agreement of a line (ram:SpecifiedLineTradeAgreement: price, order)',
    ),
  ],
  [
    '//ram:SpecifiedTradeAllowanceCharge',
    fixed(
      'dans une remise ou des frais (ram:SpecifiedTradeAllowanceCharge, BG-20, BG-21, BG-27, BG-28)',
      'in an allowance or charge (ram:SpecifiedTradeAllowanceCharge, BG-20, BG-21, BG-27, BG-28)',
    ),
  ],
  [
    '//ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge',
    fixed(
      'dans la remise sur le prix brut (ram:AppliedTradeAllowanceCharge, BT-147)',
      'in the discount on the gross price (ram:AppliedTradeAllowanceCharge, BT-147)',
    ),
  ],
  [
    `${LINE}/ram:SpecifiedLineTradeDelivery`,
    fixed(
      "dans la livraison d'une ligne (ram:SpecifiedLineTradeDelivery : quantité)",
      'in the delivery of a line (ram:SpecifiedLineTradeDelivery: quantity)',
    ),
  ],
  [
    `${LINE}/ram:SpecifiedLineTradeSettlement`,
    fixed(
      "dans le règlement d'une ligne (ram:SpecifiedLineTradeSettlement : TVA, période, montants)",
      'in the settlement of a line (ram:SpecifiedLineTradeSettlement: VAT, period, amounts)',
    ),
  ],
  [
    `${HEADER}/ram:ApplicableHeaderTradeAgreement`,
    fixed(
      "dans l'accord commercial (ram:ApplicableHeaderTradeAgreement : vendeur, acheteur, références)",
      'in the trade agreement (ram:ApplicableHeaderTradeAgreement: seller, buyer, references)',
    ),
  ],
  [
    `${HEADER}/ram:ApplicableHeaderTradeDelivery`,
    fixed(
      'dans la livraison (ram:ApplicableHeaderTradeDelivery, BG-13)',
      'in the delivery (ram:ApplicableHeaderTradeDelivery, BG-13)',
    ),
  ],
  [
    `${HEADER}/ram:ApplicableHeaderTradeSettlement`,
    fixed(
      'dans le règlement (ram:ApplicableHeaderTradeSettlement : devise, TVA, paiement, totaux)',
      'in the settlement (ram:ApplicableHeaderTradeSettlement: currency, VAT, payment, totals)',
    ),
  ],
  [
    `${HEADER}/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation`,
    fixed(
      'dans les totaux du document (ram:SpecifiedTradeSettlementHeaderMonetarySummation, BG-22)',
      'in the document totals (ram:SpecifiedTradeSettlementHeaderMonetarySummation, BG-22)',
    ),
  ],
  [
    '/rsm:CrossIndustryInvoice',
    fixed(
      'à la racine du document (rsm:CrossIndustryInvoice)',
      'on the root of the document (rsm:CrossIndustryInvoice)',
    ),
  ],
  [
    "//*[ends-with(name(), 'DocumentContextParameter')]",
    someElement('le paramètre de contexte', 'the context parameter', '…DocumentContextParameter'),
  ],
  [
    '/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID | /rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID | /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument/ram:LineID | /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:SellerAssignedID',
    someElement(
      "l'identifiant",
      'the identifier',
      'ram:ID',
      ' (de la spécification BT-24, de la facture BT-1, de la ligne BT-126 ou de l’article BT-155)',
      ' (of the specification BT-24, the invoice BT-1, the line BT-126 or the item BT-155)',
    ),
  ],
  ["//ram:*[ends-with(name(), 'ID')]", someElement("l'identifiant", 'the identifier', 'ram:…ID')],
  ['//ram:TypeCode', fixed('dans un code de type (ram:TypeCode)', 'in a type code (ram:TypeCode)')],
  [
    '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode',
    fixed(
      'dans le code de type de facture (ram:TypeCode, BT-3)',
      'in the invoice type code (ram:TypeCode, BT-3)',
    ),
  ],
  [
    `${LINE}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode`,
    fixed(
      "dans la catégorie de TVA d'une ligne (ram:CategoryCode, BT-151)",
      'in the VAT category of a line (ram:CategoryCode, BT-151)',
    ),
  ],
  [
    "//ram:*[ends-with(name(), 'ReferencedDocument')]",
    someElement('le document référencé', 'the referenced document', 'ram:…ReferencedDocument'),
  ],
  [
    "//ram:*[ends-with(name(), 'Amount') and not (self::ram:TaxTotalAmount)]",
    someElement('le montant', 'the amount', 'ram:…Amount'),
  ],
  [
    "//ram:*[ends-with(name(), 'Quantity')]",
    someElement('la quantité', 'the quantity', 'ram:…Quantity'),
  ],
  [
    "//ram:*[ends-with(name(), 'TradeTax')]",
    someElement('le bloc de TVA', 'the VAT block', 'ram:…TradeTax'),
  ],
  [
    '//ram:BillingSpecifiedPeriod',
    fixed(
      'dans une période de facturation (ram:BillingSpecifiedPeriod, BG-14 ou BG-26)',
      'in an invoicing period (ram:BillingSpecifiedPeriod, BG-14 or BG-26)',
    ),
  ],
  [
    '//ram:PostalTradeAddress',
    fixed(
      'dans une adresse postale (ram:PostalTradeAddress)',
      'in a postal address (ram:PostalTradeAddress)',
    ),
  ],
  [
    "//udt:DateTimeString[@format = '102']",
    fixed(
      'dans une date au format 102 (udt:DateTimeString)',
      'in a date in format 102 (udt:DateTimeString)',
    ),
  ],
]);

/** Whether the label names the element found (contexts matching many kinds of element). */
export function namesElement(context: string): boolean {
  return context.startsWith('//*[') || context.startsWith('//ram:*[') || context.includes(' | ');
}

/** « dans … » for a context, naming `element` when the label does. */
export function whereOf(context: string, element?: string): LocalizedText {
  const label = LABELS.get(context);
  if (label === undefined) return { fr: `dans ${context}`, en: `in ${context}` };
  return label(element);
}

/** Contexts that have a label (for tests: every context of the table must). */
export function labelledContexts(): readonly string[] {
  return [...LABELS.keys()];
}
