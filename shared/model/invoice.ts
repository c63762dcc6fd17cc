/**
 * The EN 16931 invoice model: zod schemas of the BT-keyed JSON form, one per business group.
 *
 * - Keys are the norm's ids. A group of maximum cardinality 1 is a nested object, a group or
 *   term of maximum cardinality n is an array.
 * - Every key is optional, whatever the norm's cardinality: a reader must be able to represent an
 *   incomplete document, and saying what is missing is the rules' job (see missingMandatoryTerms).
 *   The cardinality in each comment is the norm's.
 * - Objects are strict: an unknown key is an error, never silently dropped.
 * - Values are strings (see values.ts); amounts carry no currency (BT-5 gives it; BT-111 is in BT-6).
 *
 * The term catalogue (terms.ts) and these schemas must name the same keys: a test checks it.
 */
import { z } from 'zod';
import type { GroupId } from './terms';
import {
  amount,
  BinaryObjectSchema,
  ClassificationIdentifierSchema,
  code,
  countryCode,
  currencyCode,
  date,
  ExtensionsSchema,
  IdentifierSchema,
  percentage,
  quantity,
  text,
  unitPrice,
} from './values';

/** BG-1 INVOICE NOTE (0..n in the invoice) */
export const InvoiceNoteSchema = z.strictObject({
  /** BT-21 Invoice note subject code (0..1): UNTDID 4451, French mentions in FR_NOTE_SUBJECTS */
  'BT-21': code.optional(),
  /** BT-22 Invoice note (1..1) */
  'BT-22': text.optional(),
});
export type InvoiceNote = z.infer<typeof InvoiceNoteSchema>;

/** BG-2 PROCESS CONTROL (1..1 in the invoice) */
export const ProcessControlSchema = z.strictObject({
  /** BT-23 Business process type (0..1): French reform billing mode (FR_BILLING_MODES) */
  'BT-23': text.optional(),
  /** BT-24 Specification identifier (1..1) */
  'BT-24': text.optional(),
});
export type ProcessControl = z.infer<typeof ProcessControlSchema>;

/** BG-3 PRECEDING INVOICE REFERENCE (0..n in the invoice) */
export const PrecedingInvoiceReferenceSchema = z.strictObject({
  /** BT-25 Preceding Invoice reference (1..1) */
  'BT-25': text.optional(),
  /** BT-26 Preceding Invoice issue date (0..1) */
  'BT-26': date.optional(),
});
export type PrecedingInvoiceReference = z.infer<typeof PrecedingInvoiceReferenceSchema>;

/** BG-5 SELLER POSTAL ADDRESS (1..1 in BG-4) */
export const SellerPostalAddressSchema = z.strictObject({
  /** BT-35 Seller address line 1 (0..1) */
  'BT-35': text.optional(),
  /** BT-36 Seller address line 2 (0..1) */
  'BT-36': text.optional(),
  /** BT-162 Seller address line 3 (0..1) */
  'BT-162': text.optional(),
  /** BT-37 Seller city (0..1) */
  'BT-37': text.optional(),
  /** BT-38 Seller post code (0..1) */
  'BT-38': text.optional(),
  /** BT-39 Seller country subdivision (0..1) */
  'BT-39': text.optional(),
  /** BT-40 Seller country code (1..1) */
  'BT-40': countryCode.optional(),
});
export type SellerPostalAddress = z.infer<typeof SellerPostalAddressSchema>;

/** BG-6 SELLER CONTACT (0..1 in BG-4) */
export const SellerContactSchema = z.strictObject({
  /** BT-41 Seller contact point (0..1) */
  'BT-41': text.optional(),
  /** BT-42 Seller contact telephone number (0..1) */
  'BT-42': text.optional(),
  /** BT-43 Seller contact email address (0..1) */
  'BT-43': text.optional(),
});
export type SellerContact = z.infer<typeof SellerContactSchema>;

/** BG-4 SELLER (1..1 in the invoice) */
export const SellerSchema = z.strictObject({
  /** BT-27 Seller name (1..1) */
  'BT-27': text.optional(),
  /** BT-28 Seller trading name (0..1) */
  'BT-28': text.optional(),
  /** BT-29 Seller identifier (0..n): SIRET with scheme 0009 */
  'BT-29': z.array(IdentifierSchema).optional(),
  /** BT-30 Seller legal registration identifier (0..1): SIREN with scheme 0002 */
  'BT-30': IdentifierSchema.optional(),
  /** BT-31 Seller VAT identifier (0..1) */
  'BT-31': text.optional(),
  /** BT-32 Seller tax registration identifier (0..1) */
  'BT-32': text.optional(),
  /** BT-33 Seller additional legal information (0..1) */
  'BT-33': text.optional(),
  /** BT-34 Seller electronic address (0..1): scheme BT-34-1 (EAS) mandatory when present, 0225 in France */
  'BT-34': IdentifierSchema.optional(),
  /** BG-5 SELLER POSTAL ADDRESS (1..1) */
  'BG-5': SellerPostalAddressSchema.optional(),
  /** BG-6 SELLER CONTACT (0..1) */
  'BG-6': SellerContactSchema.optional(),
});
export type Seller = z.infer<typeof SellerSchema>;

/** BG-8 BUYER POSTAL ADDRESS (1..1 in BG-7) */
export const BuyerPostalAddressSchema = z.strictObject({
  /** BT-50 Buyer address line 1 (0..1) */
  'BT-50': text.optional(),
  /** BT-51 Buyer address line 2 (0..1) */
  'BT-51': text.optional(),
  /** BT-163 Buyer address line 3 (0..1) */
  'BT-163': text.optional(),
  /** BT-52 Buyer city (0..1) */
  'BT-52': text.optional(),
  /** BT-53 Buyer post code (0..1) */
  'BT-53': text.optional(),
  /** BT-54 Buyer country subdivision (0..1) */
  'BT-54': text.optional(),
  /** BT-55 Buyer country code (1..1) */
  'BT-55': countryCode.optional(),
});
export type BuyerPostalAddress = z.infer<typeof BuyerPostalAddressSchema>;

/** BG-9 BUYER CONTACT (0..1 in BG-7) */
export const BuyerContactSchema = z.strictObject({
  /** BT-56 Buyer contact point (0..1) */
  'BT-56': text.optional(),
  /** BT-57 Buyer contact telephone number (0..1) */
  'BT-57': text.optional(),
  /** BT-58 Buyer contact email address (0..1) */
  'BT-58': text.optional(),
});
export type BuyerContact = z.infer<typeof BuyerContactSchema>;

/** BG-7 BUYER (1..1 in the invoice) */
export const BuyerSchema = z.strictObject({
  /** BT-44 Buyer name (1..1) */
  'BT-44': text.optional(),
  /** BT-45 Buyer trading name (0..1) */
  'BT-45': text.optional(),
  /** BT-46 Buyer identifier (0..1) */
  'BT-46': IdentifierSchema.optional(),
  /** BT-47 Buyer legal registration identifier (0..1): Chorus Pro recipient SIRET (scheme 0009) or SIREN (0002) */
  'BT-47': IdentifierSchema.optional(),
  /** BT-48 Buyer VAT identifier (0..1) */
  'BT-48': text.optional(),
  /** BT-49 Buyer electronic address (0..1): scheme BT-49-1 (EAS) mandatory when present, 0225 in France */
  'BT-49': IdentifierSchema.optional(),
  /** BG-8 BUYER POSTAL ADDRESS (1..1) */
  'BG-8': BuyerPostalAddressSchema.optional(),
  /** BG-9 BUYER CONTACT (0..1) */
  'BG-9': BuyerContactSchema.optional(),
});
export type Buyer = z.infer<typeof BuyerSchema>;

/** BG-10 PAYEE (0..1 in the invoice) */
export const PayeeSchema = z.strictObject({
  /** BT-59 Payee name (1..1) */
  'BT-59': text.optional(),
  /** BT-60 Payee identifier (0..1) */
  'BT-60': IdentifierSchema.optional(),
  /** BT-61 Payee legal registration identifier (0..1) */
  'BT-61': IdentifierSchema.optional(),
});
export type Payee = z.infer<typeof PayeeSchema>;

/** BG-12 SELLER TAX REPRESENTATIVE POSTAL ADDRESS (1..1 in BG-11) */
export const TaxRepresentativePostalAddressSchema = z.strictObject({
  /** BT-64 Tax representative address line 1 (0..1) */
  'BT-64': text.optional(),
  /** BT-65 Tax representative address line 2 (0..1) */
  'BT-65': text.optional(),
  /** BT-164 Tax representative address line 3 (0..1) */
  'BT-164': text.optional(),
  /** BT-66 Tax representative city (0..1) */
  'BT-66': text.optional(),
  /** BT-67 Tax representative post code (0..1) */
  'BT-67': text.optional(),
  /** BT-68 Tax representative country subdivision (0..1) */
  'BT-68': text.optional(),
  /** BT-69 Tax representative country code (1..1) */
  'BT-69': countryCode.optional(),
});
export type TaxRepresentativePostalAddress = z.infer<typeof TaxRepresentativePostalAddressSchema>;

/** BG-11 SELLER TAX REPRESENTATIVE PARTY (0..1 in the invoice) */
export const SellerTaxRepresentativeSchema = z.strictObject({
  /** BT-62 Seller tax representative name (1..1) */
  'BT-62': text.optional(),
  /** BT-63 Seller tax representative VAT identifier (1..1) */
  'BT-63': text.optional(),
  /** BG-12 SELLER TAX REPRESENTATIVE POSTAL ADDRESS (1..1) */
  'BG-12': TaxRepresentativePostalAddressSchema.optional(),
});
export type SellerTaxRepresentative = z.infer<typeof SellerTaxRepresentativeSchema>;

/** BG-14 INVOICING PERIOD (0..1 in BG-13) */
export const InvoicingPeriodSchema = z.strictObject({
  /** BT-73 Invoicing period start date (0..1) */
  'BT-73': date.optional(),
  /** BT-74 Invoicing period end date (0..1) */
  'BT-74': date.optional(),
});
export type InvoicingPeriod = z.infer<typeof InvoicingPeriodSchema>;

/** BG-15 DELIVER TO ADDRESS (0..1 in BG-13) */
export const DeliverToAddressSchema = z.strictObject({
  /** BT-75 Deliver to address line 1 (0..1) */
  'BT-75': text.optional(),
  /** BT-76 Deliver to address line 2 (0..1) */
  'BT-76': text.optional(),
  /** BT-165 Deliver to address line 3 (0..1) */
  'BT-165': text.optional(),
  /** BT-77 Deliver to city (0..1) */
  'BT-77': text.optional(),
  /** BT-78 Deliver to post code (0..1) */
  'BT-78': text.optional(),
  /** BT-79 Deliver to country subdivision (0..1) */
  'BT-79': text.optional(),
  /** BT-80 Deliver to country code (1..1) */
  'BT-80': countryCode.optional(),
});
export type DeliverToAddress = z.infer<typeof DeliverToAddressSchema>;

/** BG-13 DELIVERY INFORMATION (0..1 in the invoice) */
export const DeliveryInformationSchema = z.strictObject({
  /** BT-70 Deliver to party name (0..1) */
  'BT-70': text.optional(),
  /** BT-71 Deliver to location identifier (0..1) */
  'BT-71': IdentifierSchema.optional(),
  /** BT-72 Actual delivery date (0..1) */
  'BT-72': date.optional(),
  /** BG-14 INVOICING PERIOD (0..1) */
  'BG-14': InvoicingPeriodSchema.optional(),
  /** BG-15 DELIVER TO ADDRESS (0..1) */
  'BG-15': DeliverToAddressSchema.optional(),
});
export type DeliveryInformation = z.infer<typeof DeliveryInformationSchema>;

/** BG-17 CREDIT TRANSFER (0..n in BG-16) */
export const CreditTransferSchema = z.strictObject({
  /** BT-84 Payment account identifier (1..1): IBAN for SEPA credit transfers */
  'BT-84': text.optional(),
  /** BT-85 Payment account name (0..1) */
  'BT-85': text.optional(),
  /** BT-86 Payment service provider identifier (0..1) */
  'BT-86': text.optional(),
});
export type CreditTransfer = z.infer<typeof CreditTransferSchema>;

/** BG-18 PAYMENT CARD INFORMATION (0..1 in BG-16) */
export const PaymentCardSchema = z.strictObject({
  /** BT-87 Payment card primary account number (1..1) */
  'BT-87': text.optional(),
  /** BT-88 Payment card holder name (0..1) */
  'BT-88': text.optional(),
});
export type PaymentCard = z.infer<typeof PaymentCardSchema>;

/** BG-19 DIRECT DEBIT (0..1 in BG-16) */
export const DirectDebitSchema = z.strictObject({
  /** BT-89 Mandate reference identifier (0..1) */
  'BT-89': text.optional(),
  /** BT-90 Bank assigned creditor identifier (0..1) */
  'BT-90': text.optional(),
  /** BT-91 Debited account identifier (0..1) */
  'BT-91': text.optional(),
});
export type DirectDebit = z.infer<typeof DirectDebitSchema>;

/** BG-16 PAYMENT INSTRUCTIONS (0..1 in the invoice) */
export const PaymentInstructionsSchema = z.strictObject({
  /** BT-81 Payment means type code (1..1) */
  'BT-81': code.optional(),
  /** BT-82 Payment means text (0..1) */
  'BT-82': text.optional(),
  /** BT-83 Remittance information (0..1) */
  'BT-83': text.optional(),
  /** BG-17 CREDIT TRANSFER (0..n) */
  'BG-17': z.array(CreditTransferSchema).optional(),
  /** BG-18 PAYMENT CARD INFORMATION (0..1) */
  'BG-18': PaymentCardSchema.optional(),
  /** BG-19 DIRECT DEBIT (0..1) */
  'BG-19': DirectDebitSchema.optional(),
});
export type PaymentInstructions = z.infer<typeof PaymentInstructionsSchema>;

/** BG-20 DOCUMENT LEVEL ALLOWANCES (0..n in the invoice) */
export const DocumentAllowanceSchema = z.strictObject({
  /** BT-92 Document level allowance amount (1..1) */
  'BT-92': amount.optional(),
  /** BT-93 Document level allowance base amount (0..1) */
  'BT-93': amount.optional(),
  /** BT-94 Document level allowance percentage (0..1) */
  'BT-94': percentage.optional(),
  /** BT-95 Document level allowance VAT category code (1..1) */
  'BT-95': code.optional(),
  /** BT-96 Document level allowance VAT rate (0..1) */
  'BT-96': percentage.optional(),
  /** BT-97 Document level allowance reason (0..1) */
  'BT-97': text.optional(),
  /** BT-98 Document level allowance reason code (0..1) */
  'BT-98': code.optional(),
});
export type DocumentAllowance = z.infer<typeof DocumentAllowanceSchema>;

/** BG-21 DOCUMENT LEVEL CHARGES (0..n in the invoice) */
export const DocumentChargeSchema = z.strictObject({
  /** BT-99 Document level charge amount (1..1) */
  'BT-99': amount.optional(),
  /** BT-100 Document level charge base amount (0..1) */
  'BT-100': amount.optional(),
  /** BT-101 Document level charge percentage (0..1) */
  'BT-101': percentage.optional(),
  /** BT-102 Document level charge VAT category code (1..1) */
  'BT-102': code.optional(),
  /** BT-103 Document level charge VAT rate (0..1) */
  'BT-103': percentage.optional(),
  /** BT-104 Document level charge reason (0..1) */
  'BT-104': text.optional(),
  /** BT-105 Document level charge reason code (0..1) */
  'BT-105': code.optional(),
});
export type DocumentCharge = z.infer<typeof DocumentChargeSchema>;

/** BG-22 DOCUMENT TOTALS (1..1 in the invoice) */
export const DocumentTotalsSchema = z.strictObject({
  /** BT-106 Sum of Invoice line net amount (1..1) */
  'BT-106': amount.optional(),
  /** BT-107 Sum of allowances on document level (0..1) */
  'BT-107': amount.optional(),
  /** BT-108 Sum of charges on document level (0..1) */
  'BT-108': amount.optional(),
  /** BT-109 Invoice total amount without VAT (1..1) */
  'BT-109': amount.optional(),
  /** BT-110 Invoice total VAT amount (0..1) */
  'BT-110': amount.optional(),
  /** BT-111 Invoice total VAT amount in accounting currency (0..1): in BT-6, not BT-5 */
  'BT-111': amount.optional(),
  /** BT-112 Invoice total amount with VAT (1..1) */
  'BT-112': amount.optional(),
  /** BT-113 Paid amount (0..1) */
  'BT-113': amount.optional(),
  /** BT-114 Rounding amount (0..1) */
  'BT-114': amount.optional(),
  /** BT-115 Amount due for payment (1..1) */
  'BT-115': amount.optional(),
});
export type DocumentTotals = z.infer<typeof DocumentTotalsSchema>;

/** The terms of BG-22, every one an amount, in the norm's order (BT-106 … BT-115). */
export const DOCUMENT_TOTAL_TERMS = DocumentTotalsSchema.keyof().options;

/** BG-23 VAT BREAKDOWN (1..n in the invoice) */
export const VatBreakdownSchema = z.strictObject({
  /** BT-116 VAT category taxable amount (1..1) */
  'BT-116': amount.optional(),
  /** BT-117 VAT category tax amount (1..1) */
  'BT-117': amount.optional(),
  /** BT-118 VAT category code (1..1) */
  'BT-118': code.optional(),
  /** BT-119 VAT category rate (0..1) */
  'BT-119': percentage.optional(),
  /** BT-120 VAT exemption reason text (0..1) */
  'BT-120': text.optional(),
  /** BT-121 VAT exemption reason code (0..1) */
  'BT-121': code.optional(),
});
export type VatBreakdown = z.infer<typeof VatBreakdownSchema>;

/** BG-24 ADDITIONAL SUPPORTING DOCUMENTS (0..n in the invoice) */
export const SupportingDocumentSchema = z.strictObject({
  /** BT-122 Supporting document reference (1..1) */
  'BT-122': text.optional(),
  /** BT-123 Supporting document description (0..1) */
  'BT-123': text.optional(),
  /** BT-124 External document location (0..1) */
  'BT-124': text.optional(),
  /** BT-125 Attached document (0..1) */
  'BT-125': BinaryObjectSchema.optional(),
});
export type SupportingDocument = z.infer<typeof SupportingDocumentSchema>;

/** BG-26 INVOICE LINE PERIOD (0..1 in BG-25) */
export const InvoiceLinePeriodSchema = z.strictObject({
  /** BT-134 Invoice line period start date (0..1) */
  'BT-134': date.optional(),
  /** BT-135 Invoice line period end date (0..1) */
  'BT-135': date.optional(),
});
export type InvoiceLinePeriod = z.infer<typeof InvoiceLinePeriodSchema>;

/** BG-27 INVOICE LINE ALLOWANCES (0..n in BG-25) */
export const LineAllowanceSchema = z.strictObject({
  /** BT-136 Invoice line allowance amount (1..1) */
  'BT-136': amount.optional(),
  /** BT-137 Invoice line allowance base amount (0..1) */
  'BT-137': amount.optional(),
  /** BT-138 Invoice line allowance percentage (0..1) */
  'BT-138': percentage.optional(),
  /** BT-139 Invoice line allowance reason (0..1) */
  'BT-139': text.optional(),
  /** BT-140 Invoice line allowance reason code (0..1) */
  'BT-140': code.optional(),
});
export type LineAllowance = z.infer<typeof LineAllowanceSchema>;

/** BG-28 INVOICE LINE CHARGES (0..n in BG-25) */
export const LineChargeSchema = z.strictObject({
  /** BT-141 Invoice line charge amount (1..1) */
  'BT-141': amount.optional(),
  /** BT-142 Invoice line charge base amount (0..1) */
  'BT-142': amount.optional(),
  /** BT-143 Invoice line charge percentage (0..1) */
  'BT-143': percentage.optional(),
  /** BT-144 Invoice line charge reason (0..1) */
  'BT-144': text.optional(),
  /** BT-145 Invoice line charge reason code (0..1) */
  'BT-145': code.optional(),
});
export type LineCharge = z.infer<typeof LineChargeSchema>;

/** BG-29 PRICE DETAILS (1..1 in BG-25) */
export const PriceDetailsSchema = z.strictObject({
  /** BT-146 Item net price (1..1) */
  'BT-146': unitPrice.optional(),
  /** BT-147 Item price discount (0..1) */
  'BT-147': unitPrice.optional(),
  /** BT-148 Item gross price (0..1) */
  'BT-148': unitPrice.optional(),
  /** BT-149 Item price base quantity (0..1) */
  'BT-149': quantity.optional(),
  /** BT-150 Item price base quantity unit of measure code (0..1) */
  'BT-150': code.optional(),
});
export type PriceDetails = z.infer<typeof PriceDetailsSchema>;

/** BG-30 LINE VAT INFORMATION (1..1 in BG-25) */
export const LineVatInformationSchema = z.strictObject({
  /** BT-151 Invoiced item VAT category code (1..1) */
  'BT-151': code.optional(),
  /** BT-152 Invoiced item VAT rate (0..1) */
  'BT-152': percentage.optional(),
});
export type LineVatInformation = z.infer<typeof LineVatInformationSchema>;

/** BG-32 ITEM ATTRIBUTES (0..n in BG-31) */
export const ItemAttributeSchema = z.strictObject({
  /** BT-160 Item attribute name (1..1) */
  'BT-160': text.optional(),
  /** BT-161 Item attribute value (1..1) */
  'BT-161': text.optional(),
});
export type ItemAttribute = z.infer<typeof ItemAttributeSchema>;

/** BG-31 ITEM INFORMATION (1..1 in BG-25) */
export const ItemInformationSchema = z.strictObject({
  /** BT-153 Item name (1..1) */
  'BT-153': text.optional(),
  /** BT-154 Item description (0..1) */
  'BT-154': text.optional(),
  /** BT-155 Item Seller's identifier (0..1) */
  'BT-155': text.optional(),
  /** BT-156 Item Buyer's identifier (0..1) */
  'BT-156': text.optional(),
  /** BT-157 Item standard identifier (0..1) */
  'BT-157': IdentifierSchema.optional(),
  /** BT-158 Item classification identifier (0..n) */
  'BT-158': z.array(ClassificationIdentifierSchema).optional(),
  /** BT-159 Item country of origin (0..1) */
  'BT-159': countryCode.optional(),
  /** BG-32 ITEM ATTRIBUTES (0..n) */
  'BG-32': z.array(ItemAttributeSchema).optional(),
});
export type ItemInformation = z.infer<typeof ItemInformationSchema>;

/** BG-25 INVOICE LINE (1..n in the invoice) */
export const InvoiceLineSchema = z.strictObject({
  /** BT-126 Invoice line identifier (1..1) */
  'BT-126': text.optional(),
  /** BT-127 Invoice line note (0..1) */
  'BT-127': text.optional(),
  /** BT-128 Invoice line object identifier (0..1) */
  'BT-128': IdentifierSchema.optional(),
  /** BT-129 Invoiced quantity (1..1) */
  'BT-129': quantity.optional(),
  /** BT-130 Invoiced quantity unit of measure code (1..1) */
  'BT-130': code.optional(),
  /** BT-131 Invoice line net amount (1..1) */
  'BT-131': amount.optional(),
  /** BT-132 Referenced purchase order line reference (0..1) */
  'BT-132': text.optional(),
  /** BT-133 Invoice line Buyer accounting reference (0..1) */
  'BT-133': text.optional(),
  /** BG-26 INVOICE LINE PERIOD (0..1) */
  'BG-26': InvoiceLinePeriodSchema.optional(),
  /** BG-27 INVOICE LINE ALLOWANCES (0..n) */
  'BG-27': z.array(LineAllowanceSchema).optional(),
  /** BG-28 INVOICE LINE CHARGES (0..n) */
  'BG-28': z.array(LineChargeSchema).optional(),
  /** BG-29 PRICE DETAILS (1..1) */
  'BG-29': PriceDetailsSchema.optional(),
  /** BG-30 LINE VAT INFORMATION (1..1) */
  'BG-30': LineVatInformationSchema.optional(),
  /** BG-31 ITEM INFORMATION (1..1) */
  'BG-31': ItemInformationSchema.optional(),
  /** Line-level data outside EN 16931, keyed by its own ids (see ExtensionsSchema). */
  extensions: ExtensionsSchema.optional(),
});
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>;

/** The invoice or credit note (BT-3 tells which): the root of the model. */
export const InvoiceSchema = z.strictObject({
  /** BT-1 Invoice number (1..1) */
  'BT-1': text.optional(),
  /** BT-2 Invoice issue date (1..1) */
  'BT-2': date.optional(),
  /** BT-3 Invoice type code (1..1): UNTDID 1001, e.g. 380 invoice, 381 credit note (see isCreditNote) */
  'BT-3': code.optional(),
  /** BT-5 Invoice currency code (1..1): ISO 4217; the currency of every amount except BT-111 */
  'BT-5': currencyCode.optional(),
  /** BT-6 VAT accounting currency code (0..1): the currency of BT-111 */
  'BT-6': currencyCode.optional(),
  /** BT-7 Value added tax point date (0..1) */
  'BT-7': date.optional(),
  /** BT-8 Value added tax point date code (0..1) */
  'BT-8': code.optional(),
  /** BT-9 Payment due date (0..1) */
  'BT-9': date.optional(),
  /** BT-10 Buyer reference (0..1): Chorus Pro service code (code service exécutant) */
  'BT-10': text.optional(),
  /** BT-11 Project reference (0..1) */
  'BT-11': text.optional(),
  /** BT-12 Contract reference (0..1): Chorus Pro market number (numéro de marché) */
  'BT-12': text.optional(),
  /** BT-13 Purchase order reference (0..1): Chorus Pro engagement number (EJ) */
  'BT-13': text.optional(),
  /** BT-14 Sales order reference (0..1) */
  'BT-14': text.optional(),
  /** BT-15 Receiving advice reference (0..1) */
  'BT-15': text.optional(),
  /** BT-16 Despatch advice reference (0..1) */
  'BT-16': text.optional(),
  /** BT-17 Tender or lot reference (0..1) */
  'BT-17': text.optional(),
  /** BT-18 Invoiced object identifier (0..1) */
  'BT-18': IdentifierSchema.optional(),
  /** BT-19 Buyer accounting reference (0..1) */
  'BT-19': text.optional(),
  /** BT-20 Payment terms (0..1) */
  'BT-20': text.optional(),
  /** BG-1 INVOICE NOTE (0..n) */
  'BG-1': z.array(InvoiceNoteSchema).optional(),
  /** BG-2 PROCESS CONTROL (1..1) */
  'BG-2': ProcessControlSchema.optional(),
  /** BG-3 PRECEDING INVOICE REFERENCE (0..n) */
  'BG-3': z.array(PrecedingInvoiceReferenceSchema).optional(),
  /** BG-4 SELLER (1..1) */
  'BG-4': SellerSchema.optional(),
  /** BG-7 BUYER (1..1) */
  'BG-7': BuyerSchema.optional(),
  /** BG-10 PAYEE (0..1) */
  'BG-10': PayeeSchema.optional(),
  /** BG-11 SELLER TAX REPRESENTATIVE PARTY (0..1) */
  'BG-11': SellerTaxRepresentativeSchema.optional(),
  /** BG-13 DELIVERY INFORMATION (0..1) */
  'BG-13': DeliveryInformationSchema.optional(),
  /** BG-16 PAYMENT INSTRUCTIONS (0..1) */
  'BG-16': PaymentInstructionsSchema.optional(),
  /** BG-20 DOCUMENT LEVEL ALLOWANCES (0..n) */
  'BG-20': z.array(DocumentAllowanceSchema).optional(),
  /** BG-21 DOCUMENT LEVEL CHARGES (0..n) */
  'BG-21': z.array(DocumentChargeSchema).optional(),
  /** BG-22 DOCUMENT TOTALS (1..1) */
  'BG-22': DocumentTotalsSchema.optional(),
  /** BG-23 VAT BREAKDOWN (1..n) */
  'BG-23': z.array(VatBreakdownSchema).optional(),
  /** BG-24 ADDITIONAL SUPPORTING DOCUMENTS (0..n) */
  'BG-24': z.array(SupportingDocumentSchema).optional(),
  /** BG-25 INVOICE LINE (1..n) */
  'BG-25': z.array(InvoiceLineSchema).optional(),
  /** Document-level data outside EN 16931, keyed by its own ids (see ExtensionsSchema). */
  extensions: ExtensionsSchema.optional(),
});
export type Invoice = z.infer<typeof InvoiceSchema>;

/** The schema of each business group, for code that walks the model by group id. */
export const GROUP_SCHEMAS = {
  'BG-1': InvoiceNoteSchema,
  'BG-2': ProcessControlSchema,
  'BG-3': PrecedingInvoiceReferenceSchema,
  'BG-4': SellerSchema,
  'BG-5': SellerPostalAddressSchema,
  'BG-6': SellerContactSchema,
  'BG-7': BuyerSchema,
  'BG-8': BuyerPostalAddressSchema,
  'BG-9': BuyerContactSchema,
  'BG-10': PayeeSchema,
  'BG-11': SellerTaxRepresentativeSchema,
  'BG-12': TaxRepresentativePostalAddressSchema,
  'BG-13': DeliveryInformationSchema,
  'BG-14': InvoicingPeriodSchema,
  'BG-15': DeliverToAddressSchema,
  'BG-16': PaymentInstructionsSchema,
  'BG-17': CreditTransferSchema,
  'BG-18': PaymentCardSchema,
  'BG-19': DirectDebitSchema,
  'BG-20': DocumentAllowanceSchema,
  'BG-21': DocumentChargeSchema,
  'BG-22': DocumentTotalsSchema,
  'BG-23': VatBreakdownSchema,
  'BG-24': SupportingDocumentSchema,
  'BG-25': InvoiceLineSchema,
  'BG-26': InvoiceLinePeriodSchema,
  'BG-27': LineAllowanceSchema,
  'BG-28': LineChargeSchema,
  'BG-29': PriceDetailsSchema,
  'BG-30': LineVatInformationSchema,
  'BG-31': ItemInformationSchema,
  'BG-32': ItemAttributeSchema,
} as const satisfies Record<GroupId, z.ZodObject>;
