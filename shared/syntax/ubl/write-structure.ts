/**
 * What each UBL 2.1 element may contain, in XSD order: element → its children, separated by
 * spaces, `+` after one that may repeat. The UBL writer places elements with it (order, room for
 * one more). Only the elements the UBL binding and the writer's marks name are listed; `Invoice`
 * and `CreditNote` have their own rows (their sequences differ), every other element is the same
 * in both.
 *
 * The table is generated from the UBL 2.1 XSDs of shared/xsd/schemas by
 * `npx jiti test/core/syntax/write/generate-structure.ts ubl`, and structure.test.ts checks that it
 * still says what the XSDs say. Do not edit it by hand.
 */
import type { ChildRule, Structure } from '../write-tree';

let built: Structure | undefined;

/** UBL attributes are the same on every element of a type: any attribute the writer uses is allowed. */
export function ublStructure(): Structure {
  if (built === undefined) {
    const children = new Map<string, ChildRule>();
    for (const [parent, list] of Object.entries(UBL_STRUCTURE)) {
      list.split(' ').forEach((entry, order) => {
        const repeatable = entry.endsWith('+');
        children.set(`${parent}>${repeatable ? entry.slice(0, -1) : entry}`, { order, repeatable });
      });
    }
    built = {
      child: (parent, child) => children.get(`${parent}>${child}`),
      attribute: () => true,
    };
  }
  return built;
}

// generated:start
export const UBL_STRUCTURE: Readonly<Record<string, string>> = {
  'ubl:Invoice':
    'cbc:CustomizationID cbc:ProfileID cbc:ID cbc:IssueDate cbc:DueDate cbc:InvoiceTypeCode cbc:Note+ cbc:TaxPointDate cbc:DocumentCurrencyCode cbc:TaxCurrencyCode cbc:AccountingCost cbc:BuyerReference cac:InvoicePeriod+ cac:OrderReference cac:BillingReference+ cac:DespatchDocumentReference+ cac:ReceiptDocumentReference+ cac:OriginatorDocumentReference+ cac:ContractDocumentReference+ cac:AdditionalDocumentReference+ cac:ProjectReference+ cac:AccountingSupplierParty cac:AccountingCustomerParty cac:PayeeParty cac:TaxRepresentativeParty cac:Delivery+ cac:PaymentMeans+ cac:PaymentTerms+ cac:AllowanceCharge+ cac:TaxTotal+ cac:LegalMonetaryTotal cac:InvoiceLine+',
  'cac:InvoicePeriod': 'cbc:StartDate cbc:EndDate cbc:DescriptionCode+ cbc:Description+',
  'cac:OrderReference': 'cbc:ID cbc:SalesOrderID cbc:IssueDate cac:DocumentReference',
  'cac:BillingReference': 'cac:InvoiceDocumentReference cac:AdditionalDocumentReference',
  'cac:DespatchDocumentReference':
    'cbc:ID cbc:IssueDate cbc:DocumentTypeCode cbc:DocumentDescription+ cac:Attachment',
  'cac:ReceiptDocumentReference':
    'cbc:ID cbc:IssueDate cbc:DocumentTypeCode cbc:DocumentDescription+ cac:Attachment',
  'cac:OriginatorDocumentReference':
    'cbc:ID cbc:IssueDate cbc:DocumentTypeCode cbc:DocumentDescription+ cac:Attachment',
  'cac:ContractDocumentReference':
    'cbc:ID cbc:IssueDate cbc:DocumentTypeCode cbc:DocumentDescription+ cac:Attachment',
  'cac:AdditionalDocumentReference':
    'cbc:ID cbc:IssueDate cbc:DocumentTypeCode cbc:DocumentDescription+ cac:Attachment',
  'cac:ProjectReference': 'cbc:ID cbc:IssueDate',
  'cac:AccountingSupplierParty': 'cac:Party',
  'cac:AccountingCustomerParty': 'cac:Party',
  'cac:PayeeParty':
    'cbc:EndpointID cac:PartyIdentification+ cac:PartyName+ cac:PostalAddress cac:PartyTaxScheme+ cac:PartyLegalEntity+ cac:Contact',
  'cac:TaxRepresentativeParty':
    'cbc:EndpointID cac:PartyIdentification+ cac:PartyName+ cac:PostalAddress cac:PartyTaxScheme+ cac:PartyLegalEntity+ cac:Contact',
  'cac:Delivery': 'cbc:ID cbc:ActualDeliveryDate cac:DeliveryLocation cac:DeliveryParty',
  'cac:PaymentMeans':
    'cbc:ID cbc:PaymentMeansCode cbc:PaymentDueDate cbc:PaymentID+ cac:CardAccount cac:PayerFinancialAccount cac:PayeeFinancialAccount cac:PaymentMandate',
  'cac:PaymentTerms': 'cbc:ID cbc:Note+ cbc:Amount cbc:PaymentDueDate',
  'cac:AllowanceCharge':
    'cbc:ID cbc:ChargeIndicator cbc:AllowanceChargeReasonCode cbc:AllowanceChargeReason+ cbc:MultiplierFactorNumeric cbc:Amount cbc:BaseAmount cbc:AccountingCost cac:TaxCategory+ cac:TaxTotal cac:PaymentMeans+',
  'cac:TaxTotal': 'cbc:TaxAmount cac:TaxSubtotal+',
  'cac:LegalMonetaryTotal':
    'cbc:LineExtensionAmount cbc:TaxExclusiveAmount cbc:TaxInclusiveAmount cbc:AllowanceTotalAmount cbc:ChargeTotalAmount cbc:PrepaidAmount cbc:PayableRoundingAmount cbc:PayableAmount',
  'cac:InvoiceLine':
    'cbc:ID cbc:Note+ cbc:InvoicedQuantity cbc:LineExtensionAmount cbc:TaxPointDate cbc:AccountingCost cac:InvoicePeriod+ cac:OrderLineReference+ cac:BillingReference+ cac:DocumentReference+ cac:Delivery+ cac:PaymentTerms+ cac:AllowanceCharge+ cac:TaxTotal+ cac:Item cac:Price',
  'cac:DocumentReference':
    'cbc:ID cbc:IssueDate cbc:DocumentTypeCode cbc:DocumentDescription+ cac:Attachment',
  'cac:InvoiceDocumentReference':
    'cbc:ID cbc:IssueDate cbc:DocumentTypeCode cbc:DocumentDescription+ cac:Attachment',
  'cac:Attachment': 'cbc:EmbeddedDocumentBinaryObject cac:ExternalReference',
  'cac:Party':
    'cbc:EndpointID cac:PartyIdentification+ cac:PartyName+ cac:PostalAddress cac:PartyTaxScheme+ cac:PartyLegalEntity+ cac:Contact',
  'cac:PartyIdentification': 'cbc:ID',
  'cac:PartyName': 'cbc:Name',
  'cac:PostalAddress':
    'cbc:ID cbc:StreetName cbc:AdditionalStreetName cbc:CityName cbc:PostalZone cbc:CountrySubentity cac:AddressLine+ cac:Country',
  'cac:PartyTaxScheme': 'cbc:RegistrationName cbc:CompanyID cac:TaxScheme',
  'cac:PartyLegalEntity': 'cbc:RegistrationName cbc:CompanyID cbc:CompanyLegalForm',
  'cac:Contact': 'cbc:ID cbc:Name cbc:Telephone cbc:ElectronicMail cbc:Note+',
  'cac:DeliveryLocation': 'cbc:ID cbc:Description+ cbc:CountrySubentity cbc:Name cac:Address',
  'cac:DeliveryParty':
    'cbc:EndpointID cac:PartyIdentification+ cac:PartyName+ cac:PostalAddress cac:PartyTaxScheme+ cac:PartyLegalEntity+ cac:Contact',
  'cac:CardAccount': 'cbc:PrimaryAccountNumberID cbc:NetworkID cbc:HolderName',
  'cac:PayerFinancialAccount': 'cbc:ID cbc:Name cac:FinancialInstitutionBranch cac:Country',
  'cac:PayeeFinancialAccount': 'cbc:ID cbc:Name cac:FinancialInstitutionBranch cac:Country',
  'cac:PaymentMandate': 'cbc:ID cac:PayerFinancialAccount',
  'cac:TaxCategory':
    'cbc:ID cbc:Name cbc:Percent cbc:TaxExemptionReasonCode cbc:TaxExemptionReason+ cac:TaxScheme',
  'cac:TaxSubtotal': 'cbc:TaxableAmount cbc:TaxAmount cbc:Percent cac:TaxCategory',
  'cac:OrderLineReference': 'cbc:LineID cac:OrderReference',
  'cac:Item':
    'cbc:Description+ cbc:Name cac:BuyersItemIdentification cac:SellersItemIdentification cac:StandardItemIdentification cac:OriginCountry cac:CommodityClassification+ cac:ClassifiedTaxCategory+ cac:AdditionalItemProperty+',
  'cac:Price': 'cbc:PriceAmount cbc:BaseQuantity cac:AllowanceCharge+',
  'cac:ExternalReference': 'cbc:URI cbc:Description+',
  'cac:AddressLine': 'cbc:Line',
  'cac:Country': 'cbc:IdentificationCode cbc:Name',
  'cac:TaxScheme': 'cbc:ID cbc:Name',
  'cac:Address':
    'cbc:ID cbc:StreetName cbc:AdditionalStreetName cbc:CityName cbc:PostalZone cbc:CountrySubentity cac:AddressLine+ cac:Country',
  'cac:FinancialInstitutionBranch': 'cbc:ID cbc:Name cac:Address',
  'cac:BuyersItemIdentification': 'cbc:ID',
  'cac:SellersItemIdentification': 'cbc:ID',
  'cac:StandardItemIdentification': 'cbc:ID',
  'cac:OriginCountry': 'cbc:IdentificationCode cbc:Name',
  'cac:CommodityClassification': 'cbc:ItemClassificationCode',
  'cac:ClassifiedTaxCategory':
    'cbc:ID cbc:Name cbc:Percent cbc:TaxExemptionReasonCode cbc:TaxExemptionReason+ cac:TaxScheme',
  'cac:AdditionalItemProperty': 'cbc:ID cbc:Name cbc:Value',
  'cn:CreditNote':
    'cbc:CustomizationID cbc:ProfileID cbc:ID cbc:IssueDate cbc:TaxPointDate cbc:CreditNoteTypeCode cbc:Note+ cbc:DocumentCurrencyCode cbc:TaxCurrencyCode cbc:AccountingCost cbc:BuyerReference cac:InvoicePeriod+ cac:OrderReference cac:BillingReference+ cac:DespatchDocumentReference+ cac:ReceiptDocumentReference+ cac:ContractDocumentReference+ cac:AdditionalDocumentReference+ cac:OriginatorDocumentReference+ cac:AccountingSupplierParty cac:AccountingCustomerParty cac:PayeeParty cac:TaxRepresentativeParty cac:Delivery+ cac:PaymentMeans+ cac:PaymentTerms+ cac:AllowanceCharge+ cac:TaxTotal+ cac:LegalMonetaryTotal cac:CreditNoteLine+',
  'cac:CreditNoteLine':
    'cbc:ID cbc:Note+ cbc:CreditedQuantity cbc:LineExtensionAmount cbc:TaxPointDate cbc:AccountingCost cac:InvoicePeriod+ cac:OrderLineReference+ cac:BillingReference+ cac:DocumentReference+ cac:Delivery+ cac:PaymentTerms+ cac:TaxTotal+ cac:AllowanceCharge+ cac:Item cac:Price',
};
// generated:end
