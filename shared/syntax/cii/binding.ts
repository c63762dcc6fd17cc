/**
 * The UN/CEFACT CII D16B binding of EN 16931 (CEN/TS 16931-3-3), as data: for each business group
 * the element(s) it is read from, for each business term the element or attribute holding its
 * value, relative to its group's element. The reader (read.ts) walks this table; the CII writer
 * is meant to walk it the other way, so the mapping lives here and nowhere else.
 *
 * Sources of the paths: the official CII schematron of the EN 16931 validation artefacts 1.3.16
 * (cii/schematron/CII/EN16931-CII-model.sch and the syntax rules CII-SR/CII-DT), and the published
 * CII binding tables (Factur-X 1.0 / ZUGFeRD 2.x specification). Where the schematron filters a
 * node (a VAT category read only from a tax whose TypeCode is VAT, allowances and charges told
 * apart by their ChargeIndicator, BT-110/BT-111 told apart by `@currencyID`), the entry names the
 * same filter, so that the model means what the rules expect.
 *
 * How to read an entry:
 * - `path` uses the language of shared/xml/select.ts with the conventional prefixes (`rsm`, `ram`,
 *   `udt`, `qdt`), relative to the parent group's element (the document root for top-level
 *   entries). A path ending in `@name` reads an attribute. Several paths are alternatives in
 *   priority order: a term of cardinality 0..1 takes the first match of the first path that
 *   matches; a repeatable term takes every match of every path, in document order.
 * - Whether an entry repeats (array in the model) comes from the norm's cardinality in the model
 *   catalogue, and so does the kind of value (date, decimal, code, identifier …): a date is a
 *   `udt:DateTimeString`, `udt:DateString` or `qdt:DateTimeString` whose `@format` must be 102.
 * - `scheme`, `version`, `mimeCode`, `filename`: paths from the value's element to the parts of an
 *   identifier (BT-n-1, BT-158-2) or of an attached document (BT-125-1, BT-125-2).
 * - `where`: a named filter on the matched node (see predicates.ts). For a term read from an
 *   attribute, the filter tests the attribute's element.
 * - `prefer` (group of cardinality 0..1): among several matches, the first that passes this filter,
 *   else the first match.
 * - `spread`: the group has no element of its own in CII (its terms are spread over several
 *   elements). It is read from the element at `path`, and appears in the model only when it holds
 *   something or when one of `whenAny` matches; its source location is the first match of
 *   `anchor`, else the element at `path`.
 * - `extensions`: data outside EN 16931 that the model keeps under `extensions`, keyed by the
 *   identifiers of the French e-invoicing extension (XP Z12-012, "EXT-FR-FE-…", see
 *   docs/rules/br-fr.md). Everything else a Factur-X EXTENDED document carries is ignored here.
 */
import type { GroupId, TermId } from '../../model';
import type { CiiPredicateName } from './predicates';

export interface CiiTermBinding {
  readonly term: TermId;
  readonly path: string | readonly string[];
  readonly where?: CiiPredicateName;
  readonly scheme?: string;
  readonly version?: string;
  readonly mimeCode?: string;
  readonly filename?: string;
}

/** Kinds of value an extension holds (the norm's terms take theirs from the catalogue). */
export type ExtensionKind = 'text' | 'code' | 'date';

export interface CiiExtensionBinding {
  /** Key under `extensions`. */
  readonly key: string;
  readonly path: string;
  readonly kind: ExtensionKind;
}

export interface SpreadGroup {
  readonly anchor?: string;
  readonly whenAny?: readonly string[];
}

export interface CiiGroupContent {
  readonly terms: readonly CiiTermBinding[];
  readonly groups?: readonly CiiGroupBinding[];
  readonly extensions?: readonly CiiExtensionBinding[];
}

/** The document: the root element's terms and groups. */
export type CiiDocumentBinding = CiiGroupContent;

export interface CiiGroupBinding extends CiiGroupContent {
  readonly group: GroupId;
  readonly path: string | readonly string[];
  readonly where?: CiiPredicateName;
  readonly prefer?: CiiPredicateName;
  readonly spread?: SpreadGroup;
}

// Frequent stretches of path, from the document root.
const TRANSACTION = 'rsm:SupplyChainTradeTransaction';
const AGREEMENT = `${TRANSACTION}/ram:ApplicableHeaderTradeAgreement`;
const DELIVERY = `${TRANSACTION}/ram:ApplicableHeaderTradeDelivery`;
const SETTLEMENT = `${TRANSACTION}/ram:ApplicableHeaderTradeSettlement`;
const DATE = 'udt:DateTimeString';

/** The terms of a postal address (BG-5, BG-8, BG-12, BG-15), in the norm's order. */
function address(
  group: GroupId,
  path: string,
  [line1, line2, line3, city, postCode, subdivision, country]: readonly TermId[],
): CiiGroupBinding {
  const parts: [TermId | undefined, string][] = [
    [line1, 'ram:LineOne'],
    [line2, 'ram:LineTwo'],
    [line3, 'ram:LineThree'],
    [city, 'ram:CityName'],
    [postCode, 'ram:PostcodeCode'],
    [subdivision, 'ram:CountrySubDivisionName'],
    [country, 'ram:CountryID'],
  ];
  return {
    group,
    path,
    terms: parts.flatMap(([term, at]) => (term === undefined ? [] : [{ term, path: at }])),
  };
}

/** A party's identifiers: `ram:ID` (scheme, if any, in `@schemeID`) then `ram:GlobalID`. */
function partyIds(term: TermId, party = '.'): CiiTermBinding {
  const prefix = party === '.' ? '' : `${party}/`;
  return { term, path: [`${prefix}ram:ID`, `${prefix}ram:GlobalID`], scheme: '@schemeID' };
}

/** Terms of a document level or line level allowance / charge, in the norm's order. */
function allowanceCharge([amount, base, percentage, category, rate, reason, reasonCode]: readonly (
  | TermId
  | undefined
)[]): CiiTermBinding[] {
  const parts: [TermId | undefined, string, CiiPredicateName | undefined][] = [
    [amount, 'ram:ActualAmount', undefined],
    [base, 'ram:BasisAmount', undefined],
    [percentage, 'ram:CalculationPercent', undefined],
    [category, 'ram:CategoryTradeTax/ram:CategoryCode', 'in-vat-tax'],
    [rate, 'ram:CategoryTradeTax/ram:RateApplicablePercent', 'in-vat-tax'],
    [reason, 'ram:Reason', undefined],
    [reasonCode, 'ram:ReasonCode', undefined],
  ];
  return parts.flatMap(([term, path, where]) =>
    term === undefined ? [] : [where === undefined ? { term, path } : { term, path, where }],
  );
}

const INVOICE_LINE: CiiGroupBinding = {
  group: 'BG-25',
  path: `${TRANSACTION}/ram:IncludedSupplyChainTradeLineItem`,
  terms: [
    { term: 'BT-126', path: 'ram:AssociatedDocumentLineDocument/ram:LineID' },
    { term: 'BT-127', path: 'ram:AssociatedDocumentLineDocument/ram:IncludedNote/ram:Content' },
    {
      term: 'BT-128',
      path: "ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument[ram:TypeCode='130']/ram:IssuerAssignedID",
      scheme: '../ram:ReferenceTypeCode',
    },
    { term: 'BT-129', path: 'ram:SpecifiedLineTradeDelivery/ram:BilledQuantity' },
    { term: 'BT-130', path: 'ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode' },
    {
      term: 'BT-131',
      path: 'ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount',
    },
    {
      term: 'BT-132',
      path: 'ram:SpecifiedLineTradeAgreement/ram:BuyerOrderReferencedDocument/ram:LineID',
    },
    {
      term: 'BT-133',
      path: 'ram:SpecifiedLineTradeSettlement/ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID',
    },
  ],
  groups: [
    {
      group: 'BG-26',
      path: 'ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod',
      terms: [
        { term: 'BT-134', path: `ram:StartDateTime/${DATE}` },
        { term: 'BT-135', path: `ram:EndDateTime/${DATE}` },
      ],
    },
    {
      group: 'BG-27',
      path: 'ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge',
      where: 'allowance',
      terms: allowanceCharge([
        'BT-136',
        'BT-137',
        'BT-138',
        undefined,
        undefined,
        'BT-139',
        'BT-140',
      ]),
    },
    {
      group: 'BG-28',
      path: 'ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge',
      where: 'charge',
      terms: allowanceCharge([
        'BT-141',
        'BT-142',
        'BT-143',
        undefined,
        undefined,
        'BT-144',
        'BT-145',
      ]),
    },
    {
      group: 'BG-29',
      path: 'ram:SpecifiedLineTradeAgreement',
      terms: [
        { term: 'BT-146', path: 'ram:NetPriceProductTradePrice/ram:ChargeAmount' },
        {
          term: 'BT-147',
          path: 'ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ActualAmount',
          where: 'in-price-discount',
        },
        { term: 'BT-148', path: 'ram:GrossPriceProductTradePrice/ram:ChargeAmount' },
        {
          term: 'BT-149',
          path: [
            'ram:NetPriceProductTradePrice/ram:BasisQuantity',
            'ram:GrossPriceProductTradePrice/ram:BasisQuantity',
          ],
        },
        {
          term: 'BT-150',
          path: [
            'ram:NetPriceProductTradePrice/ram:BasisQuantity/@unitCode',
            'ram:GrossPriceProductTradePrice/ram:BasisQuantity/@unitCode',
          ],
        },
      ],
    },
    {
      group: 'BG-30',
      path: 'ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax',
      prefer: 'vat-tax',
      terms: [
        { term: 'BT-151', path: 'ram:CategoryCode', where: 'in-vat-tax' },
        { term: 'BT-152', path: 'ram:RateApplicablePercent', where: 'in-vat-tax' },
      ],
    },
    {
      group: 'BG-31',
      path: 'ram:SpecifiedTradeProduct',
      terms: [
        { term: 'BT-153', path: 'ram:Name' },
        { term: 'BT-154', path: 'ram:Description' },
        { term: 'BT-155', path: 'ram:SellerAssignedID' },
        { term: 'BT-156', path: 'ram:BuyerAssignedID' },
        { term: 'BT-157', path: 'ram:GlobalID', scheme: '@schemeID' },
        {
          term: 'BT-158',
          path: 'ram:DesignatedProductClassification/ram:ClassCode',
          scheme: '@listID',
          version: '@listVersionID',
        },
        { term: 'BT-159', path: 'ram:OriginTradeCountry/ram:ID' },
      ],
      groups: [
        {
          group: 'BG-32',
          path: 'ram:ApplicableProductCharacteristic',
          terms: [
            { term: 'BT-160', path: 'ram:Description' },
            { term: 'BT-161', path: 'ram:Value' },
          ],
        },
      ],
    },
  ],
  extensions: [
    {
      key: 'EXT-FR-FE-162',
      path: 'ram:AssociatedDocumentLineDocument/ram:ParentLineID',
      kind: 'text',
    },
    {
      key: 'EXT-FR-FE-163',
      path: 'ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode',
      kind: 'code',
    },
    {
      key: 'EXT-FR-FE-136',
      path: 'ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:IssuerAssignedID',
      kind: 'text',
    },
    {
      key: 'EXT-FR-FE-137',
      path: 'ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:TypeCode',
      kind: 'code',
    },
    {
      key: 'EXT-FR-FE-138',
      path: 'ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString',
      kind: 'date',
    },
  ],
};

/** The whole binding, from the root element `rsm:CrossIndustryInvoice`. */
export const CII_BINDING: CiiDocumentBinding = {
  terms: [
    { term: 'BT-1', path: 'rsm:ExchangedDocument/ram:ID' },
    { term: 'BT-2', path: `rsm:ExchangedDocument/ram:IssueDateTime/${DATE}` },
    { term: 'BT-3', path: 'rsm:ExchangedDocument/ram:TypeCode' },
    { term: 'BT-5', path: `${SETTLEMENT}/ram:InvoiceCurrencyCode` },
    { term: 'BT-6', path: `${SETTLEMENT}/ram:TaxCurrencyCode` },
    { term: 'BT-7', path: `${SETTLEMENT}/ram:ApplicableTradeTax/ram:TaxPointDate/udt:DateString` },
    { term: 'BT-8', path: `${SETTLEMENT}/ram:ApplicableTradeTax/ram:DueDateTypeCode` },
    {
      term: 'BT-9',
      path: `${SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/${DATE}`,
    },
    { term: 'BT-10', path: `${AGREEMENT}/ram:BuyerReference` },
    { term: 'BT-11', path: `${AGREEMENT}/ram:SpecifiedProcuringProject/ram:ID` },
    { term: 'BT-12', path: `${AGREEMENT}/ram:ContractReferencedDocument/ram:IssuerAssignedID` },
    { term: 'BT-13', path: `${AGREEMENT}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID` },
    { term: 'BT-14', path: `${AGREEMENT}/ram:SellerOrderReferencedDocument/ram:IssuerAssignedID` },
    {
      term: 'BT-15',
      path: `${DELIVERY}/ram:ReceivingAdviceReferencedDocument/ram:IssuerAssignedID`,
    },
    {
      term: 'BT-16',
      path: `${DELIVERY}/ram:DespatchAdviceReferencedDocument/ram:IssuerAssignedID`,
    },
    {
      term: 'BT-17',
      path: `${AGREEMENT}/ram:AdditionalReferencedDocument[ram:TypeCode='50']/ram:IssuerAssignedID`,
    },
    {
      term: 'BT-18',
      path: `${AGREEMENT}/ram:AdditionalReferencedDocument[ram:TypeCode='130']/ram:IssuerAssignedID`,
      scheme: '../ram:ReferenceTypeCode',
    },
    { term: 'BT-19', path: `${SETTLEMENT}/ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID` },
    { term: 'BT-20', path: `${SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:Description` },
  ],
  groups: [
    {
      group: 'BG-1',
      path: 'rsm:ExchangedDocument/ram:IncludedNote',
      terms: [
        { term: 'BT-21', path: 'ram:SubjectCode' },
        { term: 'BT-22', path: 'ram:Content' },
      ],
    },
    {
      group: 'BG-2',
      path: 'rsm:ExchangedDocumentContext',
      terms: [
        { term: 'BT-23', path: 'ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID' },
        { term: 'BT-24', path: 'ram:GuidelineSpecifiedDocumentContextParameter/ram:ID' },
      ],
    },
    {
      group: 'BG-3',
      path: `${SETTLEMENT}/ram:InvoiceReferencedDocument`,
      terms: [
        { term: 'BT-25', path: 'ram:IssuerAssignedID' },
        { term: 'BT-26', path: 'ram:FormattedIssueDateTime/qdt:DateTimeString' },
      ],
    },
    {
      group: 'BG-4',
      path: `${AGREEMENT}/ram:SellerTradeParty`,
      terms: [
        { term: 'BT-27', path: 'ram:Name' },
        { term: 'BT-28', path: 'ram:SpecifiedLegalOrganization/ram:TradingBusinessName' },
        partyIds('BT-29'),
        { term: 'BT-30', path: 'ram:SpecifiedLegalOrganization/ram:ID', scheme: '@schemeID' },
        { term: 'BT-31', path: "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']" },
        { term: 'BT-32', path: "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='FC']" },
        { term: 'BT-33', path: 'ram:Description' },
        { term: 'BT-34', path: 'ram:URIUniversalCommunication/ram:URIID', scheme: '@schemeID' },
      ],
      groups: [
        address('BG-5', 'ram:PostalTradeAddress', [
          'BT-35',
          'BT-36',
          'BT-162',
          'BT-37',
          'BT-38',
          'BT-39',
          'BT-40',
        ]),
        {
          group: 'BG-6',
          path: 'ram:DefinedTradeContact',
          terms: [
            { term: 'BT-41', path: ['ram:PersonName', 'ram:DepartmentName'] },
            { term: 'BT-42', path: 'ram:TelephoneUniversalCommunication/ram:CompleteNumber' },
            { term: 'BT-43', path: 'ram:EmailURIUniversalCommunication/ram:URIID' },
          ],
        },
      ],
    },
    {
      group: 'BG-7',
      path: `${AGREEMENT}/ram:BuyerTradeParty`,
      terms: [
        { term: 'BT-44', path: 'ram:Name' },
        { term: 'BT-45', path: 'ram:SpecifiedLegalOrganization/ram:TradingBusinessName' },
        partyIds('BT-46'),
        { term: 'BT-47', path: 'ram:SpecifiedLegalOrganization/ram:ID', scheme: '@schemeID' },
        { term: 'BT-48', path: "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']" },
        { term: 'BT-49', path: 'ram:URIUniversalCommunication/ram:URIID', scheme: '@schemeID' },
      ],
      groups: [
        address('BG-8', 'ram:PostalTradeAddress', [
          'BT-50',
          'BT-51',
          'BT-163',
          'BT-52',
          'BT-53',
          'BT-54',
          'BT-55',
        ]),
        {
          group: 'BG-9',
          path: 'ram:DefinedTradeContact',
          terms: [
            { term: 'BT-56', path: ['ram:PersonName', 'ram:DepartmentName'] },
            { term: 'BT-57', path: 'ram:TelephoneUniversalCommunication/ram:CompleteNumber' },
            { term: 'BT-58', path: 'ram:EmailURIUniversalCommunication/ram:URIID' },
          ],
        },
      ],
    },
    {
      group: 'BG-10',
      path: `${SETTLEMENT}/ram:PayeeTradeParty`,
      terms: [
        { term: 'BT-59', path: 'ram:Name' },
        partyIds('BT-60'),
        { term: 'BT-61', path: 'ram:SpecifiedLegalOrganization/ram:ID', scheme: '@schemeID' },
      ],
    },
    {
      group: 'BG-11',
      path: `${AGREEMENT}/ram:SellerTaxRepresentativeTradeParty`,
      terms: [
        { term: 'BT-62', path: 'ram:Name' },
        { term: 'BT-63', path: "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']" },
      ],
      groups: [
        address('BG-12', 'ram:PostalTradeAddress', [
          'BT-64',
          'BT-65',
          'BT-164',
          'BT-66',
          'BT-67',
          'BT-68',
          'BT-69',
        ]),
      ],
    },
    {
      // The norm nests the invoicing period (BG-14) in the delivery information; CII puts it in
      // the settlement. The group therefore starts from the transaction.
      group: 'BG-13',
      path: TRANSACTION,
      spread: {
        anchor: 'ram:ApplicableHeaderTradeDelivery',
        whenAny: [
          'ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty',
          'ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent',
        ],
      },
      terms: [
        { term: 'BT-70', path: 'ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:Name' },
        partyIds('BT-71', 'ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty'),
        {
          term: 'BT-72',
          path: `ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/${DATE}`,
        },
      ],
      groups: [
        {
          group: 'BG-14',
          path: 'ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod',
          terms: [
            { term: 'BT-73', path: `ram:StartDateTime/${DATE}` },
            { term: 'BT-74', path: `ram:EndDateTime/${DATE}` },
          ],
        },
        address(
          'BG-15',
          'ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress',
          ['BT-75', 'BT-76', 'BT-165', 'BT-77', 'BT-78', 'BT-79', 'BT-80'],
        ),
      ],
    },
    {
      // CII repeats the payment means for each account: the type code and text come from the
      // first, the credit transfer accounts (BG-17) from all of them.
      group: 'BG-16',
      path: SETTLEMENT,
      spread: {
        anchor: 'ram:SpecifiedTradeSettlementPaymentMeans',
        whenAny: ['ram:SpecifiedTradeSettlementPaymentMeans'],
      },
      terms: [
        { term: 'BT-81', path: 'ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode' },
        { term: 'BT-82', path: 'ram:SpecifiedTradeSettlementPaymentMeans/ram:Information' },
        { term: 'BT-83', path: 'ram:PaymentReference' },
      ],
      groups: [
        {
          group: 'BG-17',
          path: 'ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount',
          terms: [
            { term: 'BT-84', path: ['ram:IBANID', 'ram:ProprietaryID'] },
            { term: 'BT-85', path: 'ram:AccountName' },
            {
              term: 'BT-86',
              path: '../ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID',
            },
          ],
        },
        {
          group: 'BG-18',
          path: 'ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard',
          terms: [
            { term: 'BT-87', path: 'ram:ID' },
            { term: 'BT-88', path: 'ram:CardholderName' },
          ],
        },
        {
          group: 'BG-19',
          path: '.',
          spread: {},
          terms: [
            { term: 'BT-89', path: 'ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID' },
            { term: 'BT-90', path: 'ram:CreditorReferenceID' },
            {
              term: 'BT-91',
              path: 'ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount/ram:IBANID',
            },
          ],
        },
      ],
    },
    {
      group: 'BG-20',
      path: `${SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge`,
      where: 'allowance',
      terms: allowanceCharge(['BT-92', 'BT-93', 'BT-94', 'BT-95', 'BT-96', 'BT-97', 'BT-98']),
    },
    {
      group: 'BG-21',
      path: `${SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge`,
      where: 'charge',
      terms: allowanceCharge(['BT-99', 'BT-100', 'BT-101', 'BT-102', 'BT-103', 'BT-104', 'BT-105']),
    },
    {
      group: 'BG-22',
      path: `${SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`,
      terms: [
        { term: 'BT-106', path: 'ram:LineTotalAmount' },
        { term: 'BT-107', path: 'ram:AllowanceTotalAmount' },
        { term: 'BT-108', path: 'ram:ChargeTotalAmount' },
        { term: 'BT-109', path: 'ram:TaxBasisTotalAmount' },
        { term: 'BT-110', path: 'ram:TaxTotalAmount', where: 'invoice-currency' },
        { term: 'BT-111', path: 'ram:TaxTotalAmount', where: 'tax-currency' },
        { term: 'BT-112', path: 'ram:GrandTotalAmount' },
        { term: 'BT-113', path: 'ram:TotalPrepaidAmount' },
        { term: 'BT-114', path: 'ram:RoundingAmount' },
        { term: 'BT-115', path: 'ram:DuePayableAmount' },
      ],
    },
    {
      group: 'BG-23',
      path: `${SETTLEMENT}/ram:ApplicableTradeTax`,
      terms: [
        { term: 'BT-116', path: 'ram:BasisAmount' },
        { term: 'BT-117', path: 'ram:CalculatedAmount' },
        { term: 'BT-118', path: 'ram:CategoryCode', where: 'in-vat-tax' },
        { term: 'BT-119', path: 'ram:RateApplicablePercent', where: 'in-vat-tax' },
        { term: 'BT-120', path: 'ram:ExemptionReason' },
        { term: 'BT-121', path: 'ram:ExemptionReasonCode' },
      ],
    },
    {
      group: 'BG-24',
      path: `${AGREEMENT}/ram:AdditionalReferencedDocument`,
      where: 'supporting-document',
      terms: [
        { term: 'BT-122', path: 'ram:IssuerAssignedID' },
        { term: 'BT-123', path: 'ram:Name' },
        { term: 'BT-124', path: 'ram:URIID' },
        {
          term: 'BT-125',
          path: 'ram:AttachmentBinaryObject',
          mimeCode: '@mimeCode',
          filename: '@filename',
        },
      ],
    },
    INVOICE_LINE,
  ],
};
