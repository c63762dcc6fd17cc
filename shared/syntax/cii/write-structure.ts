/**
 * What each CII element may contain, in XSD order, per schema: the EN 16931 CII D16B schema and
 * the five Factur-X profile schemas. The CII writer places elements with it (order, room for one
 * more) and leaves out what the chosen profile's schema does not allow.
 *
 * Each row: [child element, sets, attributes?]. `sets` has one letter per schema that allows the
 * child there (CII_SETS), upper case where it may repeat; `attributes` gives, for the attributes
 * the writer uses, the letters of the schemas that allow them on that element. Only the elements
 * the CII binding and the writer's marks name are listed.
 *
 * The table is generated from the XSDs of shared/xsd/schemas by
 * `npx jiti test/core/syntax/write/generate-structure.ts cii`, and structure.test.ts checks that it
 * still says what the XSDs say. Do not edit it by hand.
 */
import type { XsdSchemaSet } from '../../xsd/schema-sets';
import type { ChildRule, Structure } from '../write-tree';

/** The schemas of the table, by letter. */
export const CII_SETS = [
  ['d', 'cii-d16b'],
  ['m', 'facturx-minimum'],
  ['w', 'facturx-basicwl'],
  ['b', 'facturx-basic'],
  ['e', 'facturx-en16931'],
  ['x', 'facturx-extended'],
] as const satisfies readonly (readonly [string, XsdSchemaSet])[];

export type CiiStructureRow = readonly [
  child: string,
  sets: string,
  attributes?: Readonly<Record<string, string>>,
];
export type CiiStructureTable = Readonly<Record<string, readonly CiiStructureRow[]>>;

export type CiiSchemaSet = (typeof CII_SETS)[number][1];

const built = new Map<string, Structure>();

/** The structure of one schema: CII D16B, or a Factur-X profile's. */
export function ciiStructure(set: CiiSchemaSet): Structure {
  const letter = (CII_SETS.find(([, s]) => s === set) as (typeof CII_SETS)[number])[0];
  let structure = built.get(letter);
  if (structure === undefined) {
    const children = new Map<string, ChildRule>();
    const attributes = new Set<string>();
    for (const [parent, rows] of Object.entries(CII_STRUCTURE)) {
      rows.forEach(([child, sets, allowed], order) => {
        const repeatable = sets.includes(letter.toUpperCase());
        if (!repeatable && !sets.includes(letter)) return;
        children.set(`${parent}>${child}`, { order, repeatable });
        for (const [name, where] of Object.entries(allowed ?? {})) {
          if (where.includes(letter)) attributes.add(`${parent}>${child}@${name}`);
        }
      });
    }
    structure = {
      child: (parent, child) => children.get(`${parent}>${child}`),
      attribute: (parent, child, name) => attributes.has(`${parent}>${child}@${name}`),
    };
    built.set(letter, structure);
  }
  return structure;
}

// generated:start
export const CII_STRUCTURE: CiiStructureTable = {
  'rsm:CrossIndustryInvoice': [
    ['rsm:ExchangedDocumentContext', 'dmwbex'],
    ['rsm:ExchangedDocument', 'dmwbex'],
    ['rsm:SupplyChainTradeTransaction', 'dmwbex'],
  ],
  'rsm:ExchangedDocumentContext': [
    ['ram:BusinessProcessSpecifiedDocumentContextParameter', 'Dmwbex'],
    ['ram:GuidelineSpecifiedDocumentContextParameter', 'Dmwbex'],
  ],
  'rsm:ExchangedDocument': [
    ['ram:ID', 'dmwbex', { schemeID: 'dmwbex' }],
    ['ram:Name', 'Dx'],
    ['ram:TypeCode', 'dmwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:IssueDateTime', 'dmwbex'],
    ['ram:GlobalID', 'd', { schemeID: 'd' }],
    ['ram:CategoryCode', 'd', { listID: 'd', listVersionID: 'd' }],
    ['ram:IncludedNote', 'DWBEX'],
  ],
  'rsm:SupplyChainTradeTransaction': [
    ['ram:IncludedSupplyChainTradeLineItem', 'DBEX'],
    ['ram:ApplicableHeaderTradeAgreement', 'dmwbex'],
    ['ram:ApplicableHeaderTradeDelivery', 'dmwbex'],
    ['ram:ApplicableHeaderTradeSettlement', 'dmwbex'],
  ],
  'ram:BusinessProcessSpecifiedDocumentContextParameter': [
    ['ram:ID', 'dmwbex', { schemeID: 'dmwbex' }],
    ['ram:Value', 'd'],
  ],
  'ram:GuidelineSpecifiedDocumentContextParameter': [
    ['ram:ID', 'dmwbex', { schemeID: 'dmwbex' }],
    ['ram:Value', 'd'],
  ],
  'ram:IssueDateTime': [['udt:DateTimeString', 'dmwbex', { format: 'dmwbex' }]],
  'ram:IncludedNote': [
    ['ram:Content', 'Dwbex'],
    ['ram:SubjectCode', 'dwbex', { listID: 'dex', listVersionID: 'dex' }],
    ['ram:ID', 'd', { schemeID: 'd' }],
  ],
  'ram:IncludedSupplyChainTradeLineItem': [
    ['ram:AssociatedDocumentLineDocument', 'dbex'],
    ['ram:SpecifiedTradeProduct', 'dbex'],
    ['ram:SpecifiedLineTradeAgreement', 'dbex'],
    ['ram:SpecifiedLineTradeDelivery', 'dbex'],
    ['ram:SpecifiedLineTradeSettlement', 'dbex'],
  ],
  'ram:ApplicableHeaderTradeAgreement': [
    ['ram:BuyerReference', 'dmwbex'],
    ['ram:SellerTradeParty', 'dmwbex'],
    ['ram:BuyerTradeParty', 'dmwbex'],
    ['ram:SellerTaxRepresentativeTradeParty', 'dwbex'],
    ['ram:SellerOrderReferencedDocument', 'dex'],
    ['ram:BuyerOrderReferencedDocument', 'dmwbex'],
    ['ram:ContractReferencedDocument', 'dwbex'],
    ['ram:AdditionalReferencedDocument', 'DEX'],
    ['ram:SpecifiedProcuringProject', 'dex'],
  ],
  'ram:ApplicableHeaderTradeDelivery': [
    ['ram:ShipToTradeParty', 'dwbex'],
    ['ram:ActualDeliverySupplyChainEvent', 'dwbex'],
    ['ram:AdditionalReferencedDocument', 'D'],
    ['ram:DespatchAdviceReferencedDocument', 'dwbex'],
    ['ram:ReceivingAdviceReferencedDocument', 'dex'],
  ],
  'ram:ApplicableHeaderTradeSettlement': [
    ['ram:DuePayableAmount', 'D', { currencyID: 'd' }],
    ['ram:CreditorReferenceID', 'dwbex', { schemeID: 'dwbex' }],
    ['ram:PaymentReference', 'Dwbex'],
    ['ram:TaxCurrencyCode', 'dwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:InvoiceCurrencyCode', 'dmwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:PayeeTradeParty', 'dwbex'],
    ['ram:SpecifiedTradeSettlementPaymentMeans', 'DWBEX'],
    ['ram:ApplicableTradeTax', 'DWBEX'],
    ['ram:BillingSpecifiedPeriod', 'dwbex'],
    ['ram:SpecifiedTradeAllowanceCharge', 'DWBEX'],
    ['ram:SpecifiedTradePaymentTerms', 'DwbeX'],
    ['ram:SpecifiedTradeSettlementHeaderMonetarySummation', 'dmwbex'],
    ['ram:InvoiceReferencedDocument', 'dWBEX'],
    ['ram:ReceivableSpecifiedTradeAccountingAccount', 'DwbeX'],
  ],
  'ram:AssociatedDocumentLineDocument': [
    ['ram:LineID', 'dbex', { schemeID: 'dbex' }],
    ['ram:ParentLineID', 'dx', { schemeID: 'dx' }],
    ['ram:LineStatusReasonCode', 'dx', { listID: 'dx', listVersionID: 'dx' }],
    ['ram:IncludedNote', 'DbeX'],
  ],
  'ram:SpecifiedTradeProduct': [
    ['ram:ID', 'dx', { schemeID: 'dx' }],
    ['ram:GlobalID', 'dbex', { schemeID: 'dbex' }],
    ['ram:SellerAssignedID', 'dex', { schemeID: 'dex' }],
    ['ram:BuyerAssignedID', 'dex', { schemeID: 'dex' }],
    ['ram:Name', 'Dbex'],
    ['ram:Description', 'dex'],
    ['ram:TypeCode', 'd', { listID: 'd', listVersionID: 'd' }],
    ['ram:ApplicableProductCharacteristic', 'DEX'],
    ['ram:DesignatedProductClassification', 'DEX'],
    ['ram:OriginTradeCountry', 'dex'],
  ],
  'ram:SpecifiedLineTradeAgreement': [
    ['ram:BuyerReference', 'd'],
    ['ram:SellerOrderReferencedDocument', 'dx'],
    ['ram:BuyerOrderReferencedDocument', 'dex'],
    ['ram:ContractReferencedDocument', 'dx'],
    ['ram:AdditionalReferencedDocument', 'DX'],
    ['ram:GrossPriceProductTradePrice', 'dbex'],
    ['ram:NetPriceProductTradePrice', 'dbex'],
  ],
  'ram:SpecifiedLineTradeDelivery': [
    ['ram:BilledQuantity', 'dbex', { unitCode: 'dbex' }],
    ['ram:ShipToTradeParty', 'dx'],
    ['ram:ActualDeliverySupplyChainEvent', 'dx'],
    ['ram:AdditionalReferencedDocument', 'D'],
    ['ram:DespatchAdviceReferencedDocument', 'dx'],
    ['ram:ReceivingAdviceReferencedDocument', 'dx'],
  ],
  'ram:SpecifiedLineTradeSettlement': [
    ['ram:PaymentReference', 'D'],
    ['ram:ApplicableTradeTax', 'DbeX'],
    ['ram:BillingSpecifiedPeriod', 'dbex'],
    ['ram:SpecifiedTradeAllowanceCharge', 'DBEX'],
    ['ram:SpecifiedTradePaymentTerms', 'D'],
    ['ram:SpecifiedTradeSettlementLineMonetarySummation', 'dbex'],
    ['ram:InvoiceReferencedDocument', 'dx'],
    ['ram:AdditionalReferencedDocument', 'DeX'],
    ['ram:ReceivableSpecifiedTradeAccountingAccount', 'DeX'],
  ],
  'ram:SellerTradeParty': [
    ['ram:ID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:GlobalID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:Name', 'dmwbex'],
    ['ram:Description', 'Dex'],
    ['ram:SpecifiedLegalOrganization', 'dmwbex'],
    ['ram:DefinedTradeContact', 'DeX'],
    ['ram:PostalTradeAddress', 'dmwbex'],
    ['ram:URIUniversalCommunication', 'Dwbex'],
    ['ram:SpecifiedTaxRegistration', 'DMWBEX'],
  ],
  'ram:BuyerTradeParty': [
    ['ram:ID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:GlobalID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:Name', 'dmwbex'],
    ['ram:Description', 'Dex'],
    ['ram:SpecifiedLegalOrganization', 'dmwbex'],
    ['ram:DefinedTradeContact', 'DeX'],
    ['ram:PostalTradeAddress', 'dmwbex'],
    ['ram:URIUniversalCommunication', 'Dwbex'],
    ['ram:SpecifiedTaxRegistration', 'DMWBEX'],
  ],
  'ram:SellerTaxRepresentativeTradeParty': [
    ['ram:ID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:GlobalID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:Name', 'dwbex'],
    ['ram:Description', 'Dex'],
    ['ram:SpecifiedLegalOrganization', 'dwbex'],
    ['ram:DefinedTradeContact', 'DeX'],
    ['ram:PostalTradeAddress', 'dwbex'],
    ['ram:URIUniversalCommunication', 'Dwbex'],
    ['ram:SpecifiedTaxRegistration', 'DWBEX'],
  ],
  'ram:SellerOrderReferencedDocument': [
    ['ram:IssuerAssignedID', 'dex', { schemeID: 'dex' }],
    ['ram:URIID', 'dex', { schemeID: 'dex' }],
    ['ram:LineID', 'dex', { schemeID: 'dex' }],
    ['ram:TypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:GlobalID', 'd', { schemeID: 'd' }],
    ['ram:Name', 'Dex'],
    ['ram:AttachmentBinaryObject', 'Dex', { filename: 'dex', format: 'd', mimeCode: 'dex' }],
    ['ram:Information', 'D'],
    ['ram:ReferenceTypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:FormattedIssueDateTime', 'dex'],
  ],
  'ram:BuyerOrderReferencedDocument': [
    ['ram:IssuerAssignedID', 'dmwbex', { schemeID: 'dmwbex' }],
    ['ram:URIID', 'dex', { schemeID: 'dex' }],
    ['ram:LineID', 'dex', { schemeID: 'dex' }],
    ['ram:TypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:GlobalID', 'd', { schemeID: 'd' }],
    ['ram:Name', 'Dex'],
    ['ram:AttachmentBinaryObject', 'Dex', { filename: 'dex', format: 'd', mimeCode: 'dex' }],
    ['ram:Information', 'D'],
    ['ram:ReferenceTypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:FormattedIssueDateTime', 'dwbex'],
  ],
  'ram:ContractReferencedDocument': [
    ['ram:IssuerAssignedID', 'dwbex', { schemeID: 'dwbex' }],
    ['ram:URIID', 'dex', { schemeID: 'dex' }],
    ['ram:LineID', 'dex', { schemeID: 'dex' }],
    ['ram:TypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:GlobalID', 'd', { schemeID: 'd' }],
    ['ram:Name', 'Dex'],
    ['ram:AttachmentBinaryObject', 'Dex', { filename: 'dex', format: 'd', mimeCode: 'dex' }],
    ['ram:Information', 'D'],
    ['ram:ReferenceTypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:FormattedIssueDateTime', 'dwbex'],
  ],
  'ram:AdditionalReferencedDocument': [
    ['ram:IssuerAssignedID', 'dex', { schemeID: 'dex' }],
    ['ram:URIID', 'dex', { schemeID: 'dex' }],
    ['ram:LineID', 'dex', { schemeID: 'dex' }],
    ['ram:TypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:GlobalID', 'd', { schemeID: 'd' }],
    ['ram:Name', 'Dex'],
    ['ram:AttachmentBinaryObject', 'Dex', { filename: 'dex', format: 'd', mimeCode: 'dex' }],
    ['ram:Information', 'D'],
    ['ram:ReferenceTypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:FormattedIssueDateTime', 'dex'],
  ],
  'ram:SpecifiedProcuringProject': [
    ['ram:ID', 'dex', { schemeID: 'dex' }],
    ['ram:Description', 'd'],
    ['ram:Name', 'dex'],
  ],
  'ram:ShipToTradeParty': [
    ['ram:ID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:GlobalID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:Name', 'dwbex'],
    ['ram:Description', 'Dex'],
    ['ram:SpecifiedLegalOrganization', 'dwbex'],
    ['ram:DefinedTradeContact', 'DeX'],
    ['ram:PostalTradeAddress', 'dwbex'],
    ['ram:URIUniversalCommunication', 'Dwbex'],
    ['ram:SpecifiedTaxRegistration', 'DWBEX'],
  ],
  'ram:ActualDeliverySupplyChainEvent': [
    ['ram:ID', 'd', { schemeID: 'd' }],
    ['ram:OccurrenceDateTime', 'dwbex'],
    ['ram:TypeCode', 'd', { listID: 'd', listVersionID: 'd' }],
    ['ram:Description', 'D'],
  ],
  'ram:DespatchAdviceReferencedDocument': [
    ['ram:IssuerAssignedID', 'dwbex', { schemeID: 'dwbex' }],
    ['ram:URIID', 'dex', { schemeID: 'dex' }],
    ['ram:LineID', 'dex', { schemeID: 'dex' }],
    ['ram:TypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:GlobalID', 'd', { schemeID: 'd' }],
    ['ram:Name', 'Dex'],
    ['ram:AttachmentBinaryObject', 'Dex', { filename: 'dex', format: 'd', mimeCode: 'dex' }],
    ['ram:Information', 'D'],
    ['ram:ReferenceTypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:FormattedIssueDateTime', 'dwbex'],
  ],
  'ram:ReceivingAdviceReferencedDocument': [
    ['ram:IssuerAssignedID', 'dex', { schemeID: 'dex' }],
    ['ram:URIID', 'dex', { schemeID: 'dex' }],
    ['ram:LineID', 'dex', { schemeID: 'dex' }],
    ['ram:TypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:GlobalID', 'd', { schemeID: 'd' }],
    ['ram:Name', 'Dex'],
    ['ram:AttachmentBinaryObject', 'Dex', { filename: 'dex', format: 'd', mimeCode: 'dex' }],
    ['ram:Information', 'D'],
    ['ram:ReferenceTypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:FormattedIssueDateTime', 'dex'],
  ],
  'ram:PayeeTradeParty': [
    ['ram:ID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:GlobalID', 'DWBEX', { schemeID: 'dwbex' }],
    ['ram:Name', 'dwbex'],
    ['ram:Description', 'Dex'],
    ['ram:SpecifiedLegalOrganization', 'dwbex'],
    ['ram:DefinedTradeContact', 'DeX'],
    ['ram:PostalTradeAddress', 'dwbex'],
    ['ram:URIUniversalCommunication', 'Dwbex'],
    ['ram:SpecifiedTaxRegistration', 'DWBEX'],
  ],
  'ram:SpecifiedTradeSettlementPaymentMeans': [
    ['ram:TypeCode', 'dwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:Information', 'Dex'],
    ['ram:ID', 'D', { schemeID: 'd' }],
    ['ram:ApplicableTradeSettlementFinancialCard', 'dex'],
    ['ram:PayerPartyDebtorFinancialAccount', 'dwbex'],
    ['ram:PayeePartyCreditorFinancialAccount', 'dwbex'],
    ['ram:PayeeSpecifiedCreditorFinancialInstitution', 'dex'],
  ],
  'ram:ApplicableTradeTax': [
    ['ram:CalculatedAmount', 'Dwbex', { currencyID: 'dwbex' }],
    ['ram:TypeCode', 'dwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:ExemptionReason', 'dwbex'],
    ['ram:BasisQuantity', 'd', { unitCode: 'd' }],
    ['ram:BasisAmount', 'Dwbex', { currencyID: 'dwbex' }],
    ['ram:CategoryCode', 'dwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:ExemptionReasonCode', 'dwbex', { listID: 'dex', listVersionID: 'dex' }],
    ['ram:TaxPointDate', 'dex'],
    ['ram:DueDateTypeCode', 'dwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:RateApplicablePercent', 'dwbex', { format: 'd' }],
  ],
  'ram:BillingSpecifiedPeriod': [
    ['ram:Description', 'Dx'],
    ['ram:StartDateTime', 'dwbex'],
    ['ram:EndDateTime', 'dwbex'],
    ['ram:ID', 'd', { schemeID: 'd' }],
    ['ram:Name', 'D'],
  ],
  'ram:SpecifiedTradeAllowanceCharge': [
    ['ram:ChargeIndicator', 'dwbex'],
    ['ram:ID', 'd', { schemeID: 'd' }],
    ['ram:CalculationPercent', 'dwbex', { format: 'd' }],
    ['ram:BasisAmount', 'dwbex', { currencyID: 'dwbex' }],
    ['ram:BasisQuantity', 'dx', { unitCode: 'dx' }],
    ['ram:ActualAmount', 'Dwbex', { currencyID: 'dwbex' }],
    ['ram:ReasonCode', 'dwbex', { listID: 'dx', listVersionID: 'd' }],
    ['ram:Reason', 'dwbex'],
    ['ram:TypeCode', 'd', { listID: 'd', listVersionID: 'd' }],
    ['ram:CategoryTradeTax', 'Dwbex'],
  ],
  'ram:SpecifiedTradePaymentTerms': [
    ['ram:ID', 'd', { schemeID: 'd' }],
    ['ram:Description', 'Dwbex'],
    ['ram:DueDateDateTime', 'dwbex'],
    ['ram:TypeCode', 'd', { listID: 'd', listVersionID: 'd' }],
    ['ram:DirectDebitMandateID', 'Dwbex', { schemeID: 'dwbex' }],
    ['ram:PayeeTradeParty', 'Dx'],
  ],
  'ram:SpecifiedTradeSettlementHeaderMonetarySummation': [
    ['ram:LineTotalAmount', 'Dwbex', { currencyID: 'dwbex' }],
    ['ram:ChargeTotalAmount', 'Dwbex', { currencyID: 'dwbex' }],
    ['ram:AllowanceTotalAmount', 'Dwbex', { currencyID: 'dwbex' }],
    ['ram:TaxBasisTotalAmount', 'Dmwbex', { currencyID: 'dmwbex' }],
    ['ram:TaxTotalAmount', 'DMWBEX', { currencyID: 'dmwbex' }],
    ['ram:RoundingAmount', 'Dex', { currencyID: 'dex' }],
    ['ram:GrandTotalAmount', 'Dmwbex', { currencyID: 'dmwbex' }],
    ['ram:TotalPrepaidAmount', 'Dwbex', { currencyID: 'dwbex' }],
    ['ram:DuePayableAmount', 'Dmwbex', { currencyID: 'dmwbex' }],
  ],
  'ram:InvoiceReferencedDocument': [
    ['ram:IssuerAssignedID', 'dwbex', { schemeID: 'dwbex' }],
    ['ram:URIID', 'dex', { schemeID: 'dex' }],
    ['ram:LineID', 'dex', { schemeID: 'dex' }],
    ['ram:TypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:GlobalID', 'd', { schemeID: 'd' }],
    ['ram:Name', 'Dex'],
    ['ram:AttachmentBinaryObject', 'Dex', { filename: 'dex', format: 'd', mimeCode: 'dex' }],
    ['ram:Information', 'D'],
    ['ram:ReferenceTypeCode', 'dex', { listID: 'd', listVersionID: 'd' }],
    ['ram:FormattedIssueDateTime', 'dwbex'],
  ],
  'ram:ReceivableSpecifiedTradeAccountingAccount': [
    ['ram:ID', 'dwbex', { schemeID: 'dwbex' }],
    ['ram:TypeCode', 'dx', { listID: 'd', listVersionID: 'd' }],
    ['ram:Name', 'd'],
  ],
  'ram:ApplicableProductCharacteristic': [
    ['ram:ID', 'D', { schemeID: 'd' }],
    ['ram:TypeCode', 'dx', { listID: 'dx', listVersionID: 'dx' }],
    ['ram:Description', 'Dex'],
    ['ram:Value', 'Dex'],
  ],
  'ram:DesignatedProductClassification': [
    ['ram:ClassCode', 'dex', { listID: 'dex', listVersionID: 'dex' }],
  ],
  'ram:OriginTradeCountry': [
    ['ram:ID', 'dex', { schemeID: 'd' }],
    ['ram:Name', 'D'],
  ],
  'ram:GrossPriceProductTradePrice': [
    ['ram:TypeCode', 'd', { listID: 'd', listVersionID: 'd' }],
    ['ram:ChargeAmount', 'Dbex', { currencyID: 'dbex' }],
    ['ram:BasisQuantity', 'dbex', { unitCode: 'dbex' }],
    ['ram:AppliedTradeAllowanceCharge', 'DbeX'],
  ],
  'ram:NetPriceProductTradePrice': [
    ['ram:TypeCode', 'd', { listID: 'd', listVersionID: 'd' }],
    ['ram:ChargeAmount', 'Dbex', { currencyID: 'dbex' }],
    ['ram:BasisQuantity', 'dbex', { unitCode: 'dbex' }],
    ['ram:AppliedTradeAllowanceCharge', 'DbeX'],
  ],
  'ram:SpecifiedTradeSettlementLineMonetarySummation': [
    ['ram:LineTotalAmount', 'Dbex', { currencyID: 'dbex' }],
    ['ram:ChargeTotalAmount', 'Dx', { currencyID: 'dx' }],
    ['ram:AllowanceTotalAmount', 'Dx', { currencyID: 'dx' }],
    ['ram:TaxBasisTotalAmount', 'D', { currencyID: 'd' }],
    ['ram:TaxTotalAmount', 'DX', { currencyID: 'dx' }],
    ['ram:GrandTotalAmount', 'Dx', { currencyID: 'dx' }],
  ],
  'ram:SpecifiedLegalOrganization': [
    ['ram:Name', 'd'],
    ['ram:ID', 'dmwbex', { schemeID: 'dmwbex' }],
    ['ram:TradingBusinessName', 'dwbex'],
    ['ram:PostalTradeAddress', 'dx'],
  ],
  'ram:DefinedTradeContact': [
    ['ram:ID', 'd', { schemeID: 'd' }],
    ['ram:PersonName', 'dex'],
    ['ram:DepartmentName', 'dex'],
    ['ram:TypeCode', 'dx', { listID: 'd', listVersionID: 'd' }],
    ['ram:TelephoneUniversalCommunication', 'dex'],
    ['ram:EmailURIUniversalCommunication', 'dex'],
  ],
  'ram:PostalTradeAddress': [
    ['ram:ID', 'd', { schemeID: 'd' }],
    ['ram:PostcodeCode', 'dwbex', { listID: 'dex', listVersionID: 'dex' }],
    ['ram:LineOne', 'dwbex'],
    ['ram:LineTwo', 'dwbex'],
    ['ram:LineThree', 'dwbex'],
    ['ram:CityName', 'dwbex'],
    ['ram:CountryID', 'dmwbex', { schemeID: 'd' }],
    ['ram:CountrySubDivisionName', 'Dwbex'],
    ['ram:DepartmentName', 'd'],
  ],
  'ram:URIUniversalCommunication': [
    ['ram:URIID', 'dwbex', { schemeID: 'dwbex' }],
    ['ram:CompleteNumber', 'dex'],
  ],
  'ram:SpecifiedTaxRegistration': [['ram:ID', 'dmwbex', { schemeID: 'dmwbex' }]],
  'ram:FormattedIssueDateTime': [['qdt:DateTimeString', 'dwbex', { format: 'dwbex' }]],
  'ram:OccurrenceDateTime': [['udt:DateTimeString', 'dwbex', { format: 'dwbex' }]],
  'ram:ApplicableTradeSettlementFinancialCard': [
    ['ram:ID', 'dex', { schemeID: 'dex' }],
    ['ram:TypeCode', 'd', { listID: 'd', listVersionID: 'd' }],
    ['ram:CardholderName', 'dex'],
    ['ram:Description', 'd'],
  ],
  'ram:PayerPartyDebtorFinancialAccount': [
    ['ram:IBANID', 'dwbex', { schemeID: 'dwbex' }],
    ['ram:AccountName', 'dx'],
    ['ram:ProprietaryID', 'd', { schemeID: 'd' }],
  ],
  'ram:PayeePartyCreditorFinancialAccount': [
    ['ram:IBANID', 'dwbex', { schemeID: 'dwbex' }],
    ['ram:AccountName', 'dex'],
    ['ram:ProprietaryID', 'dwbex', { schemeID: 'dwbex' }],
  ],
  'ram:PayeeSpecifiedCreditorFinancialInstitution': [
    ['ram:BICID', 'dex', { schemeID: 'dex' }],
    ['ram:Name', 'd'],
  ],
  'ram:TaxPointDate': [['udt:DateString', 'dex', { format: 'dex' }]],
  'ram:StartDateTime': [['udt:DateTimeString', 'dwbex', { format: 'dwbex' }]],
  'ram:EndDateTime': [['udt:DateTimeString', 'dwbex', { format: 'dwbex' }]],
  'ram:ChargeIndicator': [['udt:Indicator', 'dwbex']],
  'ram:CategoryTradeTax': [
    ['ram:CalculatedAmount', 'Dwbex', { currencyID: 'dwbex' }],
    ['ram:TypeCode', 'dwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:ExemptionReason', 'dwbex'],
    ['ram:BasisQuantity', 'd', { unitCode: 'd' }],
    ['ram:BasisAmount', 'Dwbex', { currencyID: 'dwbex' }],
    ['ram:CategoryCode', 'dwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:ExemptionReasonCode', 'dwbex', { listID: 'dex', listVersionID: 'dex' }],
    ['ram:TaxPointDate', 'dex'],
    ['ram:DueDateTypeCode', 'dwbex', { listID: 'd', listVersionID: 'd' }],
    ['ram:RateApplicablePercent', 'dwbex', { format: 'd' }],
  ],
  'ram:DueDateDateTime': [['udt:DateTimeString', 'dwbex', { format: 'dwbex' }]],
  'ram:AppliedTradeAllowanceCharge': [
    ['ram:ChargeIndicator', 'dbex'],
    ['ram:ID', 'd', { schemeID: 'd' }],
    ['ram:CalculationPercent', 'dbex', { format: 'd' }],
    ['ram:BasisAmount', 'dbex', { currencyID: 'dbex' }],
    ['ram:BasisQuantity', 'dx', { unitCode: 'dx' }],
    ['ram:ActualAmount', 'Dbex', { currencyID: 'dbex' }],
    ['ram:ReasonCode', 'dbex', { listID: 'dx', listVersionID: 'd' }],
    ['ram:Reason', 'dbex'],
    ['ram:TypeCode', 'd', { listID: 'd', listVersionID: 'd' }],
    ['ram:CategoryTradeTax', 'Dbex'],
  ],
  'ram:TelephoneUniversalCommunication': [
    ['ram:URIID', 'dex', { schemeID: 'dex' }],
    ['ram:CompleteNumber', 'dex'],
  ],
  'ram:EmailURIUniversalCommunication': [
    ['ram:URIID', 'dex', { schemeID: 'dex' }],
    ['ram:CompleteNumber', 'dex'],
  ],
};
// generated:end
