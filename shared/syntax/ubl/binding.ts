/**
 * The EN 16931 ↔ UBL 2.1 binding (CEN/TS 16931-3-2), as data: for each business group and term,
 * where it sits in an `Invoice` or a `CreditNote`. The reader (read.ts) walks this table; a writer
 * should walk the same table rather than keep a second mapping.
 *
 * How to read an entry:
 * - A group's `path` leads from its parent group's element (the document element for top-level
 *   groups) to the group's own element, one element per occurrence. A group without `path` has no
 *   element of its own (BG-2): its terms sit in the parent's element, and it exists when one does.
 * - A term's `path` leads from its group's element to the element holding the value; `.` is the
 *   group's element itself. With `attribute`, the value is that attribute of the element.
 * - A path starting with `/` starts from the document element instead: used where the syntax puts
 *   a term or group outside the element of the group the norm puts it in (BG-14 in BG-13, BT-90
 *   in BG-19, BT-110/BT-111 in BG-22, the credit transfers of every cac:PaymentMeans).
 * - `[name]` filters a step with a named predicate (predicates.ts: the schematron's own filters).
 * - `{ invoice, creditNote }` gives the path per document type where UBL 2.1 differs.
 * - `kind` says how the text becomes a model value (values.ts). Identifiers take their scheme
 *   from `@schemeID`, classifications from `@listID`/`@listVersionID`, attachments from
 *   `@mimeCode`/`@filename`.
 * - Cardinalities are the catalogue's (shared/model/terms.ts): a repeatable group or term takes
 *   every element the path reaches, a 0..1 one the first (duplicates are the syntax rules' matter).
 *
 * Terms and groups appear in the catalogue's order. Paths are XPath facts of the standard, read
 * in the official schematron (validation 1.3.16) and the UBL 2.1 schemas.
 */
import type { GroupId, TermId } from '../../model';

export type ValueKind =
  | 'text'
  | 'code'
  | 'currency'
  | 'country'
  | 'date'
  | 'decimal'
  | 'identifier'
  | 'classification'
  | 'binary'
  /** BT-21 of a `cbc:Note` written `#CODE#text`. */
  | 'note-subject'
  /** BT-22: the note without its `#CODE#` prefix. */
  | 'note-text';

export type UblPath = string | { readonly invoice: string; readonly creditNote: string };

export interface UblTermBinding {
  readonly term: TermId;
  readonly path: UblPath;
  readonly kind: ValueKind;
  readonly attribute?: string;
}

export interface UblGroupBinding {
  readonly group: GroupId;
  readonly path?: UblPath;
  readonly terms: readonly UblTermBinding[];
  readonly groups: readonly UblGroupBinding[];
}

export interface UblDocumentBinding {
  readonly terms: readonly UblTermBinding[];
  readonly groups: readonly UblGroupBinding[];
}

function t(
  term: TermId,
  path: UblPath,
  kind: ValueKind = 'text',
  attribute?: string,
): UblTermBinding {
  return attribute === undefined ? { term, path, kind } : { term, path, kind, attribute };
}

function g(
  group: GroupId,
  path: UblPath | undefined,
  terms: UblTermBinding[],
  groups: UblGroupBinding[] = [],
): UblGroupBinding {
  return path === undefined ? { group, terms, groups } : { group, path, terms, groups };
}

/** The seven terms of a postal address, in catalogue order: lines 1–3, city, post code, subdivision, country. */
function postalAddress(
  group: GroupId,
  path: string,
  [line1, line2, line3, city, postCode, subdivision, country]: [
    TermId,
    TermId,
    TermId,
    TermId,
    TermId,
    TermId,
    TermId,
  ],
): UblGroupBinding {
  return g(group, path, [
    t(line1, 'cbc:StreetName'),
    t(line2, 'cbc:AdditionalStreetName'),
    t(line3, 'cac:AddressLine/cbc:Line'),
    t(city, 'cbc:CityName'),
    t(postCode, 'cbc:PostalZone'),
    t(subdivision, 'cbc:CountrySubentity'),
    t(country, 'cac:Country/cbc:IdentificationCode', 'country'),
  ]);
}

const PARTY = 'cac:Party';

export const UBL_BINDING: UblDocumentBinding = {
  terms: [
    t('BT-1', 'cbc:ID'),
    t('BT-2', 'cbc:IssueDate', 'date'),
    t('BT-3', { invoice: 'cbc:InvoiceTypeCode', creditNote: 'cbc:CreditNoteTypeCode' }, 'code'),
    t('BT-5', 'cbc:DocumentCurrencyCode', 'currency'),
    t('BT-6', 'cbc:TaxCurrencyCode', 'currency'),
    t('BT-7', 'cbc:TaxPointDate', 'date'),
    t('BT-8', 'cac:InvoicePeriod/cbc:DescriptionCode', 'code'),
    // UBL 2.1 CreditNote has no cbc:DueDate (UBL-CR-412 allows PaymentDueDate there only).
    t(
      'BT-9',
      { invoice: 'cbc:DueDate', creditNote: 'cac:PaymentMeans/cbc:PaymentDueDate' },
      'date',
    ),
    t('BT-10', 'cbc:BuyerReference'),
    t('BT-11', {
      invoice: 'cac:ProjectReference/cbc:ID',
      creditNote: 'cac:AdditionalDocumentReference[project-reference]/cbc:ID',
    }),
    t('BT-12', 'cac:ContractDocumentReference/cbc:ID'),
    t('BT-13', 'cac:OrderReference/cbc:ID'),
    t('BT-14', 'cac:OrderReference/cbc:SalesOrderID'),
    t('BT-15', 'cac:ReceiptDocumentReference/cbc:ID'),
    t('BT-16', 'cac:DespatchDocumentReference/cbc:ID'),
    t('BT-17', 'cac:OriginatorDocumentReference/cbc:ID'),
    t('BT-18', 'cac:AdditionalDocumentReference[invoiced-object]/cbc:ID', 'identifier'),
    t('BT-19', 'cbc:AccountingCost'),
    t('BT-20', 'cac:PaymentTerms/cbc:Note'),
  ],
  groups: [
    g('BG-1', 'cbc:Note', [t('BT-21', '.', 'note-subject'), t('BT-22', '.', 'note-text')]),
    g('BG-2', undefined, [t('BT-23', 'cbc:ProfileID'), t('BT-24', 'cbc:CustomizationID')]),
    g('BG-3', 'cac:BillingReference', [
      t('BT-25', 'cac:InvoiceDocumentReference/cbc:ID'),
      t('BT-26', 'cac:InvoiceDocumentReference/cbc:IssueDate', 'date'),
    ]),
    g(
      'BG-4',
      'cac:AccountingSupplierParty',
      [
        t('BT-27', `${PARTY}/cac:PartyLegalEntity/cbc:RegistrationName`),
        t('BT-28', `${PARTY}/cac:PartyName/cbc:Name`),
        t('BT-29', `${PARTY}/cac:PartyIdentification/cbc:ID[not-sepa]`, 'identifier'),
        t('BT-30', `${PARTY}/cac:PartyLegalEntity/cbc:CompanyID`, 'identifier'),
        t('BT-31', `${PARTY}/cac:PartyTaxScheme[vat-scheme]/cbc:CompanyID`),
        t('BT-32', `${PARTY}/cac:PartyTaxScheme[other-tax-scheme]/cbc:CompanyID`),
        t('BT-33', `${PARTY}/cac:PartyLegalEntity/cbc:CompanyLegalForm`),
        t('BT-34', `${PARTY}/cbc:EndpointID`, 'identifier'),
      ],
      [
        postalAddress('BG-5', `${PARTY}/cac:PostalAddress`, [
          'BT-35',
          'BT-36',
          'BT-162',
          'BT-37',
          'BT-38',
          'BT-39',
          'BT-40',
        ]),
        g('BG-6', `${PARTY}/cac:Contact`, [
          t('BT-41', 'cbc:Name'),
          t('BT-42', 'cbc:Telephone'),
          t('BT-43', 'cbc:ElectronicMail'),
        ]),
      ],
    ),
    g(
      'BG-7',
      'cac:AccountingCustomerParty',
      [
        t('BT-44', `${PARTY}/cac:PartyLegalEntity/cbc:RegistrationName`),
        t('BT-45', `${PARTY}/cac:PartyName/cbc:Name`),
        t('BT-46', `${PARTY}/cac:PartyIdentification/cbc:ID`, 'identifier'),
        t('BT-47', `${PARTY}/cac:PartyLegalEntity/cbc:CompanyID`, 'identifier'),
        t('BT-48', `${PARTY}/cac:PartyTaxScheme[vat-scheme]/cbc:CompanyID`),
        t('BT-49', `${PARTY}/cbc:EndpointID`, 'identifier'),
      ],
      [
        postalAddress('BG-8', `${PARTY}/cac:PostalAddress`, [
          'BT-50',
          'BT-51',
          'BT-163',
          'BT-52',
          'BT-53',
          'BT-54',
          'BT-55',
        ]),
        g('BG-9', `${PARTY}/cac:Contact`, [
          t('BT-56', 'cbc:Name'),
          t('BT-57', 'cbc:Telephone'),
          t('BT-58', 'cbc:ElectronicMail'),
        ]),
      ],
    ),
    g('BG-10', 'cac:PayeeParty', [
      t('BT-59', 'cac:PartyName/cbc:Name'),
      t('BT-60', 'cac:PartyIdentification/cbc:ID[not-sepa]', 'identifier'),
      t('BT-61', 'cac:PartyLegalEntity/cbc:CompanyID', 'identifier'),
    ]),
    g(
      'BG-11',
      'cac:TaxRepresentativeParty',
      [
        t('BT-62', 'cac:PartyName/cbc:Name'),
        t('BT-63', 'cac:PartyTaxScheme[vat-scheme]/cbc:CompanyID'),
      ],
      [
        postalAddress('BG-12', 'cac:PostalAddress', [
          'BT-64',
          'BT-65',
          'BT-164',
          'BT-66',
          'BT-67',
          'BT-68',
          'BT-69',
        ]),
      ],
    ),
    g(
      'BG-13',
      'cac:Delivery',
      [
        t('BT-70', 'cac:DeliveryParty/cac:PartyName/cbc:Name'),
        t('BT-71', 'cac:DeliveryLocation/cbc:ID', 'identifier'),
        t('BT-72', 'cbc:ActualDeliveryDate', 'date'),
      ],
      [
        g('BG-14', '/cac:InvoicePeriod[invoicing-period]', [
          t('BT-73', 'cbc:StartDate', 'date'),
          t('BT-74', 'cbc:EndDate', 'date'),
        ]),
        postalAddress('BG-15', 'cac:DeliveryLocation/cac:Address', [
          'BT-75',
          'BT-76',
          'BT-165',
          'BT-77',
          'BT-78',
          'BT-79',
          'BT-80',
        ]),
      ],
    ),
    // UBL repeats cac:PaymentMeans to give several accounts (all with the same means code,
    // UBL-SR-47): the first one carries BT-81…BT-83, each one may add a credit transfer.
    g(
      'BG-16',
      'cac:PaymentMeans',
      [
        t('BT-81', 'cbc:PaymentMeansCode', 'code'),
        t('BT-82', 'cbc:PaymentMeansCode', 'text', 'name'),
        t('BT-83', 'cbc:PaymentID'),
      ],
      [
        g('BG-17', '/cac:PaymentMeans/cac:PayeeFinancialAccount', [
          t('BT-84', 'cbc:ID'),
          t('BT-85', 'cbc:Name'),
          t('BT-86', 'cac:FinancialInstitutionBranch/cbc:ID'),
        ]),
        g('BG-18', '/cac:PaymentMeans/cac:CardAccount', [
          t('BT-87', 'cbc:PrimaryAccountNumberID'),
          t('BT-88', 'cbc:HolderName'),
        ]),
        g('BG-19', '/cac:PaymentMeans/cac:PaymentMandate', [
          t('BT-89', 'cbc:ID'),
          t(
            'BT-90',
            '/cac:AccountingSupplierParty/cac:Party/cac:PartyIdentification/cbc:ID[sepa] | /cac:PayeeParty/cac:PartyIdentification/cbc:ID[sepa]',
          ),
          t('BT-91', 'cac:PayerFinancialAccount/cbc:ID'),
        ]),
      ],
    ),
    g('BG-20', 'cac:AllowanceCharge[allowance]', [
      t('BT-92', 'cbc:Amount', 'decimal'),
      t('BT-93', 'cbc:BaseAmount', 'decimal'),
      t('BT-94', 'cbc:MultiplierFactorNumeric', 'decimal'),
      t('BT-95', 'cac:TaxCategory[vat-scheme]/cbc:ID', 'code'),
      t('BT-96', 'cac:TaxCategory[vat-scheme]/cbc:Percent', 'decimal'),
      t('BT-97', 'cbc:AllowanceChargeReason'),
      t('BT-98', 'cbc:AllowanceChargeReasonCode', 'code'),
    ]),
    g('BG-21', 'cac:AllowanceCharge[charge]', [
      t('BT-99', 'cbc:Amount', 'decimal'),
      t('BT-100', 'cbc:BaseAmount', 'decimal'),
      t('BT-101', 'cbc:MultiplierFactorNumeric', 'decimal'),
      t('BT-102', 'cac:TaxCategory[vat-scheme]/cbc:ID', 'code'),
      t('BT-103', 'cac:TaxCategory[vat-scheme]/cbc:Percent', 'decimal'),
      t('BT-104', 'cbc:AllowanceChargeReason'),
      t('BT-105', 'cbc:AllowanceChargeReasonCode', 'code'),
    ]),
    g('BG-22', 'cac:LegalMonetaryTotal', [
      t('BT-106', 'cbc:LineExtensionAmount', 'decimal'),
      t('BT-107', 'cbc:AllowanceTotalAmount', 'decimal'),
      t('BT-108', 'cbc:ChargeTotalAmount', 'decimal'),
      t('BT-109', 'cbc:TaxExclusiveAmount', 'decimal'),
      t('BT-110', '/cac:TaxTotal/cbc:TaxAmount[document-currency]', 'decimal'),
      t('BT-111', '/cac:TaxTotal/cbc:TaxAmount[tax-currency]', 'decimal'),
      t('BT-112', 'cbc:TaxInclusiveAmount', 'decimal'),
      t('BT-113', 'cbc:PrepaidAmount', 'decimal'),
      t('BT-114', 'cbc:PayableRoundingAmount', 'decimal'),
      t('BT-115', 'cbc:PayableAmount', 'decimal'),
    ]),
    g('BG-23', 'cac:TaxTotal/cac:TaxSubtotal', [
      t('BT-116', 'cbc:TaxableAmount', 'decimal'),
      t('BT-117', 'cbc:TaxAmount', 'decimal'),
      t('BT-118', 'cac:TaxCategory[vat-scheme]/cbc:ID', 'code'),
      t('BT-119', 'cac:TaxCategory[vat-scheme]/cbc:Percent', 'decimal'),
      t('BT-120', 'cac:TaxCategory[vat-scheme]/cbc:TaxExemptionReason'),
      t('BT-121', 'cac:TaxCategory[vat-scheme]/cbc:TaxExemptionReasonCode', 'code'),
    ]),
    g('BG-24', 'cac:AdditionalDocumentReference[supporting-document]', [
      t('BT-122', 'cbc:ID'),
      t('BT-123', 'cbc:DocumentDescription'),
      t('BT-124', 'cac:Attachment/cac:ExternalReference/cbc:URI'),
      t('BT-125', 'cac:Attachment/cbc:EmbeddedDocumentBinaryObject', 'binary'),
    ]),
    g(
      'BG-25',
      { invoice: 'cac:InvoiceLine', creditNote: 'cac:CreditNoteLine' },
      [
        t('BT-126', 'cbc:ID'),
        t('BT-127', 'cbc:Note'),
        t('BT-128', 'cac:DocumentReference[invoiced-object]/cbc:ID', 'identifier'),
        t(
          'BT-129',
          { invoice: 'cbc:InvoicedQuantity', creditNote: 'cbc:CreditedQuantity' },
          'decimal',
        ),
        t(
          'BT-130',
          { invoice: 'cbc:InvoicedQuantity', creditNote: 'cbc:CreditedQuantity' },
          'code',
          'unitCode',
        ),
        t('BT-131', 'cbc:LineExtensionAmount', 'decimal'),
        t('BT-132', 'cac:OrderLineReference/cbc:LineID'),
        t('BT-133', 'cbc:AccountingCost'),
      ],
      [
        g('BG-26', 'cac:InvoicePeriod', [
          t('BT-134', 'cbc:StartDate', 'date'),
          t('BT-135', 'cbc:EndDate', 'date'),
        ]),
        g('BG-27', 'cac:AllowanceCharge[allowance]', [
          t('BT-136', 'cbc:Amount', 'decimal'),
          t('BT-137', 'cbc:BaseAmount', 'decimal'),
          t('BT-138', 'cbc:MultiplierFactorNumeric', 'decimal'),
          t('BT-139', 'cbc:AllowanceChargeReason'),
          t('BT-140', 'cbc:AllowanceChargeReasonCode', 'code'),
        ]),
        g('BG-28', 'cac:AllowanceCharge[charge]', [
          t('BT-141', 'cbc:Amount', 'decimal'),
          t('BT-142', 'cbc:BaseAmount', 'decimal'),
          t('BT-143', 'cbc:MultiplierFactorNumeric', 'decimal'),
          t('BT-144', 'cbc:AllowanceChargeReason'),
          t('BT-145', 'cbc:AllowanceChargeReasonCode', 'code'),
        ]),
        // The price discount is an allowance whose indicator must be false (UBL binding); the
        // official rules (BR-28) read cac:Price/cac:AllowanceCharge without filtering on it.
        g('BG-29', 'cac:Price', [
          t('BT-146', 'cbc:PriceAmount', 'decimal'),
          t('BT-147', 'cac:AllowanceCharge/cbc:Amount', 'decimal'),
          t('BT-148', 'cac:AllowanceCharge/cbc:BaseAmount', 'decimal'),
          t('BT-149', 'cbc:BaseQuantity', 'decimal'),
          t('BT-150', 'cbc:BaseQuantity', 'code', 'unitCode'),
        ]),
        g('BG-30', 'cac:Item/cac:ClassifiedTaxCategory[vat-scheme]', [
          t('BT-151', 'cbc:ID', 'code'),
          t('BT-152', 'cbc:Percent', 'decimal'),
        ]),
        g(
          'BG-31',
          'cac:Item',
          [
            t('BT-153', 'cbc:Name'),
            t('BT-154', 'cbc:Description'),
            t('BT-155', 'cac:SellersItemIdentification/cbc:ID'),
            t('BT-156', 'cac:BuyersItemIdentification/cbc:ID'),
            t('BT-157', 'cac:StandardItemIdentification/cbc:ID', 'identifier'),
            t('BT-158', 'cac:CommodityClassification/cbc:ItemClassificationCode', 'classification'),
            t('BT-159', 'cac:OriginCountry/cbc:IdentificationCode', 'country'),
          ],
          [
            g('BG-32', 'cac:AdditionalItemProperty', [
              t('BT-160', 'cbc:Name'),
              t('BT-161', 'cbc:Value'),
            ]),
          ],
        ),
      ],
    ),
  ],
};
