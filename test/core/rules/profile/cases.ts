/**
 * Test documents for the profile rules: FNFE Factur-X samples (test/fixtures/facturx), edited.
 * Each case breaks or keeps one rule (or a few). The verdicts expected for them are those of the
 * official compiled Factur-X schematrons, recorded in official-results.json by
 * record-official.test.ts; the note says what the case is about.
 */
import type { Edit } from './edits';

/** The profile schematron that judges a case (the key of its verdicts in official-results.json). */
export type OracleProfile = 'MINIMUM' | 'BASICWL' | 'BASIC' | 'EN16931' | 'EXTENDED';

export interface ProfileCase {
  readonly name: string;
  readonly profile: OracleProfile;
  /** Path under test/fixtures/facturx. */
  readonly base: string;
  readonly edits: readonly Edit[];
  readonly note: string;
}

const MINIMUM = 'Minimum/Facture_FR_MINIMUM.xml';
const BASIC_WL = 'BasicWL/Facture_FR_BASICWL.xml';
const BASIC = 'Basic/Facture_FR_BASIC.xml';
const EN16931 = 'EN16931/Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml';
const EXTENDED = 'Extended/Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EXTENDED.xml';

const remove = (qname: string, nth?: number): Edit =>
  nth === undefined ? { removeElement: qname } : { removeElement: qname, nth };
const replace = (find: string, by: string, nth?: number): Edit =>
  nth === undefined ? { find, replace: by } : { find, replace: by, nth };
const insertAfter = (find: string, text: string, nth?: number): Edit =>
  nth === undefined ? { find, after: text } : { find, after: text, nth };
const insertBefore = (find: string, text: string, nth?: number): Edit =>
  nth === undefined ? { find, before: text } : { find, before: text, nth };

const CONTACTS_BOTH_NAMES =
  '<ram:DefinedTradeContact><ram:PersonName>Jeanne Martin</ram:PersonName><ram:DepartmentName>Comptabilité</ram:DepartmentName></ram:DefinedTradeContact>';
const WITHOUT_INDICATOR =
  '<ram:SpecifiedTradeAllowanceCharge><ram:ActualAmount>0.00</ram:ActualAmount><ram:Reason>Geste</ram:Reason><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>';

function allowanceOrCharge(charge: boolean, amount: string, extra = ''): string {
  return `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>${charge}</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>${amount}</ram:ActualAmount>${extra}<ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>`;
}

/** An allowance (`charge` false) or charge of a VAT category, amount 0.00, with a reason. */
function taxedAllowance(charge: boolean, category: string, rate: string | undefined): string {
  const rateElement =
    rate === undefined ? '' : `<ram:RateApplicablePercent>${rate}</ram:RateApplicablePercent>`;
  return `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>${charge}</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>0.00</ram:ActualAmount><ram:Reason>Motif</ram:Reason><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>${category}</ram:CategoryCode>${rateElement}</ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>`;
}

/** A VAT breakdown of a category with the given amounts, rate and exemption reason. */
function breakdown(
  category: string,
  basis: string,
  vat: string,
  rate: string | undefined,
  reason = '',
): string {
  const rateElement =
    rate === undefined ? '' : `<ram:RateApplicablePercent>${rate}</ram:RateApplicablePercent>`;
  const reasonElement = reason === '' ? '' : `<ram:ExemptionReason>${reason}</ram:ExemptionReason>`;
  return `<ram:ApplicableTradeTax><ram:CalculatedAmount>${vat}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>${reasonElement}<ram:BasisAmount>${basis}</ram:BasisAmount><ram:CategoryCode>${category}</ram:CategoryCode>${rateElement}</ram:ApplicableTradeTax>`;
}

const CATEGORIES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'] as const;

// ————— MINIMUM (1.07.3): the 18 EN rules it keeps —————

const minimum: ProfileCase[] = [
  { name: 'minimum/sample', profile: 'MINIMUM', base: MINIMUM, edits: [], note: 'valid' },
  {
    name: 'minimum/no-invoice-number',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [remove('ram:ID', 2)],
    note: 'BR-02',
  },
  {
    name: 'minimum/issue-date-not-102',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [replace('format="102">20171113', 'format="610">201711')],
    note: 'BR-03 reads only a DateTimeString with format 102',
  },
  {
    name: 'minimum/no-type-code',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [remove('ram:TypeCode')],
    note: 'BR-04',
  },
  {
    name: 'minimum/no-currency',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [remove('ram:InvoiceCurrencyCode')],
    note: 'BR-05; BT-110 is then in no invoice currency',
  },
  {
    name: 'minimum/no-names',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [remove('ram:Name', 1), remove('ram:Name', 1)],
    note: 'BR-06, BR-07',
  },
  {
    name: 'minimum/no-seller-address',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [remove('ram:PostalTradeAddress')],
    note: 'BR-08, BR-09',
  },
  {
    name: 'minimum/empty-seller-country',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [replace('<ram:CountryID>FR</ram:CountryID>', '<ram:CountryID></ram:CountryID>')],
    note: 'BR-09',
  },
  {
    name: 'minimum/no-seller-identifier',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [remove('ram:SpecifiedLegalOrganization', 1), remove('ram:SpecifiedTaxRegistration')],
    note: 'BR-CO-26',
  },
  {
    name: 'minimum/vat-id-prefix',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [replace('FR11999999998', 'QQ11999999998')],
    note: 'BR-CO-09',
  },
  {
    name: 'minimum/buyer-vat-id-prefix',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [
      insertBefore(
        '</ram:BuyerTradeParty>',
        '<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">XX123</ram:ID></ram:SpecifiedTaxRegistration>',
      ),
    ],
    note: 'BR-CO-09 on a buyer VAT id, a term MINIMUM marks as not used',
  },
  {
    name: 'minimum/no-totals',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [
      remove('ram:TaxBasisTotalAmount'),
      remove('ram:GrandTotalAmount'),
      remove('ram:DuePayableAmount'),
    ],
    note: 'BR-13, BR-14, BR-15',
  },
  {
    name: 'minimum/decimals',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [
      replace('>624.90<', '>624.901<'),
      replace('>46.25<', '>46.251<'),
      replace('>671.15<', '>671.155<'),
      replace('>470.15<', '>470.155<'),
    ],
    note: 'BR-DEC-12, 13, 14, 18',
  },
  {
    name: 'minimum/vat-total-in-other-currency',
    profile: 'MINIMUM',
    base: MINIMUM,
    edits: [replace('currencyID="EUR">46.25<', 'currencyID="USD">46.251<')],
    note: 'BR-DEC-13 checks only BT-110 in the invoice currency',
  },
];

// ————— BASIC WL (1.09): the whole business validation —————

const basicWl: ProfileCase[] = [
  { name: 'basicwl/sample', profile: 'BASICWL', base: BASIC_WL, edits: [], note: 'valid' },
  {
    name: 'basicwl/no-buyer-address',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [remove('ram:PostalTradeAddress', 2)],
    note: 'BR-10, BR-11',
  },
  {
    name: 'basicwl/credit-transfer-two-account-ids',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertAfter(
        '<ram:IBANID>FR2012421242124212421242124</ram:IBANID>',
        '<ram:ProprietaryID>ACC-1</ram:ProprietaryID>',
      ),
    ],
    note: 'BR-CO-27 breaks',
  },
  {
    name: 'basicwl/credit-transfer-no-account-id',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [remove('ram:IBANID')],
    note: 'BR-CO-27, BR-50, BR-61',
  },
  {
    name: 'basicwl/payment-means-without-code',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [remove('ram:TypeCode', 2)],
    note: 'BR-49; no credit transfer any more',
  },
  {
    name: 'basicwl/payment-reference-only',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [remove('ram:SpecifiedTradeSettlementPaymentMeans')],
    note: 'a payment reference without payment means: no BR-49 in CII',
  },
  {
    name: 'basicwl/payee-without-name',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertAfter(
        '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
        '<ram:PayeeTradeParty><ram:ID>P1</ram:ID></ram:PayeeTradeParty>',
      ),
    ],
    note: 'BR-17 breaks',
  },
  {
    name: 'basicwl/payee-named-as-seller',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertAfter(
        '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
        '<ram:PayeeTradeParty><ram:Name>Au bon moulin</ram:Name></ram:PayeeTradeParty>',
      ),
    ],
    note: 'BR-17 passes: the Factur-X test never compares with the seller',
  },
  {
    name: 'basicwl/tax-point-date-and-code',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:DueDateTypeCode>5</ram:DueDateTypeCode>',
        '<ram:TaxPointDate><udt:DateString format="102">20171113</udt:DateString></ram:TaxPointDate>',
        1,
      ),
    ],
    note: 'BR-CO-03 breaks within one breakdown',
  },
  {
    name: 'basicwl/tax-point-date-and-code-apart',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace(
        '<ram:DueDateTypeCode>5</ram:DueDateTypeCode>',
        '<ram:TaxPointDate><udt:DateString format="102">20171113</udt:DateString></ram:TaxPointDate>',
        1,
      ),
    ],
    note: 'BR-CO-03 passes in Factur-X: date and code in different breakdowns',
  },
  {
    name: 'basicwl/contacts-with-both-names',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore('<ram:PostalTradeAddress>', CONTACTS_BOTH_NAMES, 1),
      insertBefore('<ram:PostalTradeAddress>', CONTACTS_BOTH_NAMES, 2),
    ],
    note: 'CII-SR-465, CII-SR-466 as errors',
  },
  {
    name: 'basicwl/allowance-without-indicator',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [insertBefore('<ram:SpecifiedTradePaymentTerms>', WITHOUT_INDICATOR)],
    note: 'CII-SR-463',
  },
  {
    name: 'basicwl/allowance-and-charge-without-totals',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        allowanceOrCharge(false, '10.00', '<ram:Reason>Remise</ram:Reason>') +
          allowanceOrCharge(true, '10.00', '<ram:Reason>Port</ram:Reason>'),
      ),
    ],
    note: 'BR-CO-11, BR-CO-12',
  },
  {
    name: 'basicwl/allowance-and-charge-incomplete',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        '<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>' +
          '<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>',
      ),
      insertAfter(
        '<ram:LineTotalAmount>624.90</ram:LineTotalAmount>',
        '<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>',
      ),
    ],
    note: 'BR-31…33, BR-36…38',
  },
  {
    name: 'basicwl/allowances-with-vat-categories',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace('FR11999999998', 'XX11999999998'),
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        allowanceOrCharge(false, '0.00', '<ram:Reason>Remise</ram:Reason>').replace(
          '<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>',
          '<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent>',
        ) +
          allowanceOrCharge(true, '0.00', '<ram:Reason>Port</ram:Reason>').replace(
            '<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>',
            '<ram:CategoryCode>Z</ram:CategoryCode><ram:RateApplicablePercent>5</ram:RateApplicablePercent>',
          ),
      ),
      insertAfter(
        '<ram:LineTotalAmount>624.90</ram:LineTotalAmount>',
        '<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>',
      ),
    ],
    note: 'BR-S-06, BR-Z-07 (rates of allowance and charge), BR-CO-09, no Z breakdown',
  },
  {
    name: 'basicwl/tax-basis-mismatch',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [replace('<ram:TaxBasisTotalAmount>624.90<', '<ram:TaxBasisTotalAmount>600.00<')],
    note: 'BR-CO-13, BR-CO-15',
  },
  {
    name: 'basicwl/vat-total-mismatch',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [replace('>46.25<', '>46.26<')],
    note: 'BR-CO-14, BR-CO-15',
  },
  {
    name: 'basicwl/amount-due-mismatch',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [replace('>470.15<', '>470.16<')],
    note: 'BR-CO-16',
  },
  {
    name: 'basicwl/breakdown-vat-mismatch',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [replace('>16.38<', '>17.38<')],
    note: 'BR-CO-17, BR-S-09, BR-CO-14',
  },
  {
    name: 'basicwl/breakdown-terms-missing',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      remove('ram:BasisAmount', 1),
      remove('ram:CalculatedAmount', 1),
      remove('ram:CategoryCode', 2),
      remove('ram:RateApplicablePercent', 2),
    ],
    note: 'BR-45, BR-46, BR-47, BR-48',
  },
  {
    name: 'basicwl/exempt-without-reason',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace(
        '<ram:CalculatedAmount>29.87</ram:CalculatedAmount>',
        '<ram:CalculatedAmount>0.00</ram:CalculatedAmount>',
      ),
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>E</ram:CategoryCode>',
        2,
      ),
      replace(
        '<ram:RateApplicablePercent>5.50</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>0</ram:RateApplicablePercent>',
      ),
    ],
    note: 'BR-E-10 (and the totals no longer add up)',
  },
  {
    name: 'basicwl/intra-community-without-delivery',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace(
        '<ram:CalculatedAmount>29.87</ram:CalculatedAmount>',
        '<ram:CalculatedAmount>1.00</ram:CalculatedAmount>',
      ),
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>K</ram:CategoryCode>',
        2,
      ),
      replace(
        '<ram:RateApplicablePercent>5.50</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>0</ram:RateApplicablePercent>',
      ),
    ],
    note: 'BR-IC-09…12',
  },
  {
    name: 'basicwl/not-subject-with-other-category',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>O</ram:CategoryCode>',
        2,
      ),
      replace('<ram:RateApplicablePercent>5.50</ram:RateApplicablePercent>', ''),
    ],
    note: 'BR-O-09…14',
  },
  {
    name: 'basicwl/uris-without-scheme',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTaxRegistration>',
        '<ram:URIUniversalCommunication><ram:URIID>a@b.fr</ram:URIID></ram:URIUniversalCommunication>',
        1,
      ),
      insertBefore(
        '<ram:SpecifiedTaxRegistration>',
        '<ram:URIUniversalCommunication><ram:URIID>c@d.fr</ram:URIID></ram:URIUniversalCommunication>',
        2,
      ),
    ],
    note: 'BR-62, BR-63',
  },
  {
    name: 'basicwl/decimals',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace('<ram:LineTotalAmount>624.90<', '<ram:LineTotalAmount>624.900<'),
      replace('>81.90<', '>81.905<'),
      replace('>16.38<', '>16.380<'),
      replace('>201.00<', '>201.001<'),
    ],
    note: 'BR-DEC-09, 16, 19, 20',
  },
  {
    name: 'basicwl/positive-due-without-terms',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [remove('ram:SpecifiedTradePaymentTerms')],
    note: 'BR-CO-25 is not in 1.09 BASIC WL: passes',
  },
  {
    name: 'basicwl/empty-tax-representative',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:BuyerOrderReferencedDocument>',
        '<ram:SellerTaxRepresentativeTradeParty><ram:PostalTradeAddress><ram:LineOne>x</ram:LineOne></ram:PostalTradeAddress></ram:SellerTaxRepresentativeTradeParty>',
      ),
    ],
    note: 'BR-18, BR-20, BR-56',
  },
  {
    name: 'basicwl/preceding-invoice-without-number',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradeSettlementHeaderMonetarySummation>',
        '<ram:InvoiceReferencedDocument><ram:FormattedIssueDateTime><qdt:DateTimeString format="102">20170101</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>',
      ),
    ],
    note: 'BR-55',
  },
  {
    name: 'basicwl/ship-to-without-country',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace(
        '<ram:ApplicableHeaderTradeDelivery/>',
        '<ram:ApplicableHeaderTradeDelivery><ram:ShipToTradeParty><ram:Name>Dépôt</ram:Name><ram:PostalTradeAddress><ram:CityName>Lyon</ram:CityName></ram:PostalTradeAddress></ram:ShipToTradeParty></ram:ApplicableHeaderTradeDelivery>',
      ),
    ],
    note: 'BR-57',
  },
  {
    name: 'basicwl/invoicing-period-reversed',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        '<ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString format="102">20171130</udt:DateTimeString></ram:StartDateTime><ram:EndDateTime><udt:DateTimeString format="102">20171101</udt:DateTimeString></ram:EndDateTime></ram:BillingSpecifiedPeriod>',
      ),
    ],
    note: 'BR-29',
  },
  {
    name: 'basicwl/document-terms-missing',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      remove('ram:ID', 2),
      remove('ram:TypeCode', 1),
      replace('format="102">20171113', 'format="610">201711'),
      remove('ram:InvoiceCurrencyCode'),
      remove('ram:Name', 1),
      remove('ram:Name', 1),
      remove('ram:PostalTradeAddress', 1),
    ],
    note: 'BR-02…BR-09 as the Factur-X file writes them',
  },
  {
    name: 'basicwl/blank-values',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace('<ram:ID>FA-2017-0010</ram:ID>', '<ram:ID> </ram:ID>'),
      replace('<ram:Name>Au bon moulin</ram:Name>', '<ram:Name>  </ram:Name>'),
      replace('<ram:CountryID>FR</ram:CountryID>', '<ram:CountryID> </ram:CountryID>', 2),
    ],
    note: "values made of spaces are there for `x != ''`: BR-02, BR-06, BR-11 pass",
  },
  {
    name: 'basicwl/totals-missing',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      remove('ram:LineTotalAmount'),
      remove('ram:TaxBasisTotalAmount'),
      remove('ram:GrandTotalAmount'),
      remove('ram:DuePayableAmount'),
    ],
    note: 'BR-12…BR-15',
  },
  {
    name: 'basicwl/seller-without-identifier',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [remove('ram:SpecifiedLegalOrganization', 1), remove('ram:SpecifiedTaxRegistration', 1)],
    note: 'BR-CO-26 (and no seller VAT id for the S breakdowns)',
  },
  {
    name: 'basicwl/more-decimals',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        allowanceOrCharge(false, '1.005', '<ram:Reason>Remise</ram:Reason>') +
          allowanceOrCharge(true, '1.005', '<ram:Reason>Port</ram:Reason>'),
      ),
      insertAfter(
        '<ram:LineTotalAmount>624.90</ram:LineTotalAmount>',
        '<ram:ChargeTotalAmount>1.005</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>1.005</ram:AllowanceTotalAmount>',
      ),
      replace('<ram:TaxBasisTotalAmount>624.90<', '<ram:TaxBasisTotalAmount>624.900<'),
      replace('>46.25<', '>46.250<'),
      insertAfter(
        'currencyID="EUR">46.250</ram:TaxTotalAmount>',
        '<ram:TaxTotalAmount currencyID="USD">50.001</ram:TaxTotalAmount>',
      ),
      replace('>671.15<', '>671.150<'),
      insertAfter(
        '<ram:TotalPrepaidAmount>201.00</ram:TotalPrepaidAmount>',
        '<ram:RoundingAmount>0.000</ram:RoundingAmount>',
      ),
      replace('>470.15<', '>470.150<'),
      insertAfter(
        '<ram:PaymentReference>FA-2017-0010</ram:PaymentReference>',
        '<ram:TaxCurrencyCode>USD</ram:TaxCurrencyCode>',
      ),
    ],
    note: 'BR-DEC-01, 02, 05, 06, 10…15, 17, 18',
  },
  {
    name: 'basicwl/allowances-of-every-category',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      remove('ram:SpecifiedTaxRegistration', 1),
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        CATEGORIES.map((c) => taxedAllowance(false, c, '7') + taxedAllowance(true, c, '7')).join(
          '',
        ),
      ),
      insertAfter(
        '<ram:LineTotalAmount>624.90</ram:LineTotalAmount>',
        '<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>',
      ),
    ],
    note: 'BR-x-03/04 (no seller VAT id) and BR-x-06/07 (rate 7) of every category',
  },
  {
    name: 'basicwl/allowances-of-every-category-without-rate',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      remove('ram:SpecifiedTaxRegistration', 2),
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        CATEGORIES.map(
          (c) => taxedAllowance(false, c, undefined) + taxedAllowance(true, c, undefined),
        ).join(''),
      ),
      insertAfter(
        '<ram:LineTotalAmount>624.90</ram:LineTotalAmount>',
        '<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>',
      ),
    ],
    note: 'no rate: BR-x-06/07 of the rated categories; the seller keeps its VAT id (BR-O-03/04)',
  },
  {
    name: 'basicwl/breakdowns-of-every-category',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        breakdown('S', '10.00', '2.00', '20', 'Motif') +
          breakdown('Z', '10.00', '1.00', '0', 'Motif') +
          breakdown('E', '10.00', '1.00', '0') +
          breakdown('AE', '10.00', '1.00', '0') +
          breakdown('K', '10.00', '1.00', '0') +
          breakdown('G', '10.00', '1.00', '0') +
          breakdown('O', '10.00', '1.00', '5') +
          breakdown('L', '10.00', '1.00', '0', 'Motif') +
          breakdown('M', '10.00', '1.00', '0', 'Motif'),
      ),
    ],
    note: 'BR-x-09/10 of every category, BR-O-11…14, BR-S-10, BR-Z-10',
  },
  {
    name: 'basicwl/tax-representative-without-address',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:BuyerOrderReferencedDocument>',
        '<ram:SellerTaxRepresentativeTradeParty><ram:Name>Représentant</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR11999999998</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTaxRepresentativeTradeParty>',
      ),
    ],
    note: 'BR-19, BR-20',
  },
  {
    name: 'basicwl/allowance-reason-codes',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        allowanceOrCharge(
          false,
          '0.00',
          '<ram:ReasonCode>ZZZ</ram:ReasonCode><ram:Reason>Remise</ram:Reason>',
        ) +
          allowanceOrCharge(
            true,
            '0.00',
            '<ram:ReasonCode>QQQ</ram:ReasonCode><ram:Reason>Port</ram:Reason>',
          ),
      ),
      insertAfter(
        '<ram:LineTotalAmount>624.90</ram:LineTotalAmount>',
        '<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>',
      ),
    ],
    note: 'BR-CO-05, BR-CO-06 (reason code and text)',
  },
  {
    name: 'basicwl/vat-total-decimals',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [replace('>46.25<', '>46.251<')],
    note: 'BR-DEC-13 (and the totals)',
  },
  {
    name: 'basicwl/vat-total-decimals-with-other-currency',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace('>46.25<', '>46.251<'),
      insertAfter(
        'currencyID="EUR">46.251</ram:TaxTotalAmount>',
        '<ram:TaxTotalAmount currencyID="USD">50.00</ram:TaxTotalAmount>',
      ),
    ],
    note: 'BR-DEC-13 passes: one BT-110 outside the invoice currency is enough for its predicate',
  },
  {
    name: 'basicwl/allowance-base-decimals',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        allowanceOrCharge(
          false,
          '0.00',
          '<ram:BasisAmount>10.005</ram:BasisAmount><ram:Reason>Remise</ram:Reason>',
        ) +
          allowanceOrCharge(
            true,
            '0.00',
            '<ram:BasisAmount>10.005</ram:BasisAmount><ram:Reason>Port</ram:Reason>',
          ),
      ),
      insertAfter(
        '<ram:LineTotalAmount>624.90</ram:LineTotalAmount>',
        '<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>',
      ),
    ],
    note: 'BR-DEC-02, BR-DEC-06',
  },
  {
    name: 'basicwl/not-subject-with-other-allowance',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      remove('ram:SpecifiedTaxRegistration', 1),
      remove('ram:SpecifiedTaxRegistration', 1),
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>O</ram:CategoryCode>',
        2,
      ),
      replace('<ram:RateApplicablePercent>5.50</ram:RateApplicablePercent>', ''),
      replace(
        '<ram:CalculatedAmount>29.87</ram:CalculatedAmount>',
        '<ram:CalculatedAmount>0.00</ram:CalculatedAmount>',
      ),
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        allowanceOrCharge(false, '0.00', '<ram:Reason>Remise</ram:Reason>'),
      ),
      insertAfter(
        '<ram:LineTotalAmount>624.90</ram:LineTotalAmount>',
        '<ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>',
      ),
    ],
    note: 'BR-O-13, BR-O-14: an O breakdown beside an allowance of another category',
  },
  {
    name: 'basicwl/full-card-number',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:PayeePartyCreditorFinancialAccount>',
        '<ram:ApplicableTradeSettlementFinancialCard><ram:ID>4970101234567890</ram:ID></ram:ApplicableTradeSettlementFinancialCard>',
      ),
    ],
    note: 'BR-51, in the compiled BASIC WL stylesheet only',
  },
  {
    name: 'basicwl/period-without-dates',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        '<ram:BillingSpecifiedPeriod><ram:Description>Novembre</ram:Description></ram:BillingSpecifiedPeriod>',
      ),
    ],
    note: 'BR-CO-19, in the compiled BASIC WL stylesheet only',
  },
  {
    name: 'basicwl/zero-rated-breakdown',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>Z</ram:CategoryCode>',
        2,
      ),
      replace(
        '<ram:RateApplicablePercent>5.50</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>0</ram:RateApplicablePercent>',
      ),
      replace(
        '<ram:CalculatedAmount>29.87</ram:CalculatedAmount>',
        '<ram:CalculatedAmount>0.00</ram:CalculatedAmount>',
      ),
    ],
    note: 'BR-FXEXT-Z-08rev (warning, compiled stylesheet only): a Z base with no Z allowance or charge behind it',
  },
  {
    name: 'basicwl/tax-currency-same-as-invoice',
    profile: 'BASICWL',
    base: BASIC_WL,
    edits: [
      insertAfter(
        '<ram:PaymentReference>FA-2017-0010</ram:PaymentReference>',
        '<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>',
      ),
    ],
    note: 'BR-53',
  },
];

// Lines 1…3 of the 2026 EN16931 and EXTENDED samples, and the helpers that build a line hierarchy.

const LINE_1 = '<ram:LineID>1</ram:LineID>';
const LINE_2 = '<ram:LineID>2</ram:LineID>';
const LINE_3 = '<ram:LineID>3</ram:LineID>';
const DETAIL_UNDER_G1 =
  '<ram:ParentLineID>G1</ram:ParentLineID><ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>';

function groupLine(id: string, amount: string | undefined, extra = ''): string {
  const total =
    amount === undefined
      ? ''
      : `<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${amount}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>`;
  return `<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>${id}</ram:LineID>${extra}<ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode></ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>Lot ${id}</ram:Name></ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeSettlement>${total}</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>`;
}

/** Lines 1…3 become DETAIL lines under a GROUP line G1 whose net amount is `amount`. */
function hierarchy(amount: string, groupExtra = ''): Edit[] {
  return [
    insertBefore(
      '<ram:IncludedSupplyChainTradeLineItem>',
      groupLine('G1', amount).replace(
        '</ram:SpecifiedLineTradeSettlement>',
        `${groupExtra}</ram:SpecifiedLineTradeSettlement>`,
      ),
      1,
    ),
    insertAfter(LINE_1, DETAIL_UNDER_G1, 1),
    insertAfter(LINE_2, DETAIL_UNDER_G1, 1),
    insertAfter(LINE_3, DETAIL_UNDER_G1, 2),
  ];
}

const LOGISTICS =
  '<ram:SpecifiedLogisticsServiceCharge><ram:Description>Transport</ram:Description><ram:AppliedAmount>10.00</ram:AppliedAmount><ram:AppliedTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:AppliedTradeTax></ram:SpecifiedLogisticsServiceCharge>';

// ————— BASIC (1.07.3) and EN16931 (1.09): the profile-only rules —————

const basic: ProfileCase[] = [
  { name: 'basic/sample', profile: 'BASIC', base: BASIC, edits: [], note: 'valid' },
  {
    name: 'basic/allowance-without-indicator',
    profile: 'BASIC',
    base: BASIC,
    edits: [insertBefore('<ram:SpecifiedTradePaymentTerms>', WITHOUT_INDICATOR)],
    note: 'BR-66',
  },
  {
    name: 'basic/positive-due-without-terms',
    profile: 'BASIC',
    base: BASIC,
    edits: [remove('ram:SpecifiedTradePaymentTerms')],
    note: 'BR-CO-25 breaks',
  },
  {
    name: 'basic/credit-transfer-two-account-ids',
    profile: 'BASIC',
    base: BASIC,
    edits: [
      insertAfter(
        '<ram:IBANID>FR2012421242124212421242124</ram:IBANID>',
        '<ram:ProprietaryID>ACC-1</ram:ProprietaryID>',
      ),
    ],
    note: 'BR-CO-27',
  },
];

const en16931: ProfileCase[] = [
  { name: 'en16931/sample', profile: 'EN16931', base: EN16931, edits: [], note: 'valid' },
  {
    name: 'en16931/credit-transfer-two-account-ids',
    profile: 'EN16931',
    base: EN16931,
    edits: [
      insertAfter(
        '<ram:IBANID>FR20 1254 2547 2569 8542 5874 698</ram:IBANID>',
        '<ram:ProprietaryID>ACC-1</ram:ProprietaryID>',
      ),
    ],
    note: 'BR-CO-27',
  },
  {
    name: 'en16931/contacts-with-both-names',
    profile: 'EN16931',
    base: EN16931,
    edits: [
      insertBefore('<ram:PostalTradeAddress>', CONTACTS_BOTH_NAMES, 1),
      insertBefore('<ram:PostalTradeAddress>', CONTACTS_BOTH_NAMES, 2),
    ],
    note: 'CII-SR-465, CII-SR-466 as errors',
  },
  {
    name: 'en16931/empty-elements',
    profile: 'EN16931',
    base: EN16931,
    edits: [
      replace(
        '<ram:BuyerReference>SERVEXEC</ram:BuyerReference>',
        '<ram:BuyerReference>  </ram:BuyerReference>',
      ),
      insertAfter('<ram:Name>DEL Name</ram:Name>', '<ram:ID schemeID="0088"/>'),
    ],
    note: 'PEPPOL-EN16931-R008 (warning), once per empty element',
  },
  {
    name: 'en16931/german-parties-with-delivery-date',
    profile: 'EN16931',
    base: EN16931,
    edits: [
      replace('<ram:CountryID>FR</ram:CountryID>', '<ram:CountryID>DE</ram:CountryID>', 1),
      replace('<ram:CountryID>FR</ram:CountryID>', '<ram:CountryID>DE</ram:CountryID>', 1),
    ],
    note: 'BR-FX-EN-04 passes: delivery date given',
  },
  {
    name: 'en16931/german-parties-without-delivery-date',
    profile: 'EN16931',
    base: EN16931,
    edits: [
      replace('<ram:CountryID>FR</ram:CountryID>', '<ram:CountryID>DE</ram:CountryID>', 1),
      replace('<ram:CountryID>FR</ram:CountryID>', '<ram:CountryID>DE</ram:CountryID>', 1),
      remove('ram:ActualDeliverySupplyChainEvent'),
    ],
    note: 'BR-FX-EN-04 (warning, compiled EN16931 stylesheet only)',
  },
  {
    name: 'en16931/sub-group-without-amount',
    profile: 'EN16931',
    base: EN16931,
    edits: [
      ...hierarchy('95.00'),
      insertBefore(
        '<ram:IncludedSupplyChainTradeLineItem>',
        groupLine('G2', undefined, '<ram:ParentLineID>G1</ram:ParentLineID>'),
        2,
      ),
    ],
    note: 'BR-FXEXT-12, in the compiled EN16931 stylesheet only',
  },
  {
    name: 'en16931/zero-rated-line-with-reason',
    profile: 'EN16931',
    base: EN16931,
    edits: [
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>Z</ram:CategoryCode>',
        3,
      ),
      replace(
        '<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>0</ram:RateApplicablePercent>',
        3,
      ),
      replace('<ram:BasisAmount>100.00<', '<ram:BasisAmount>95.00<'),
      replace('<ram:CalculatedAmount>20.00<', '<ram:CalculatedAmount>19.00<'),
      insertBefore(
        '<ram:SpecifiedTradeAllowanceCharge>',
        breakdown('Z', '5.00', '0.00', '0', 'Motif'),
        1,
      ),
    ],
    note: 'BR-FXEXT-Z-08rev (warning): the Z breakdown gives a reason its line does not',
  },
  {
    name: 'en16931/positive-due-without-terms',
    profile: 'EN16931',
    base: EN16931,
    edits: [remove('ram:SpecifiedTradePaymentTerms')],
    note: 'BR-CO-25 is not in 1.09 EN16931: passes',
  },
];

// ————— EXTENDED (1.09) —————

const extended: ProfileCase[] = [
  { name: 'extended/sample', profile: 'EXTENDED', base: EXTENDED, edits: [], note: 'valid' },
  {
    name: 'extended/detail-lines-incomplete',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      remove('ram:BilledQuantity', 2),
      replace('<ram:LineTotalAmount>5.00</ram:LineTotalAmount>', ''),
      replace('<ram:ChargeAmount>60.0000</ram:ChargeAmount>', '', 2),
      replace('<ram:CategoryCode>S</ram:CategoryCode>', '', 1),
    ],
    note: 'BR-FXEXT-BR-22, 23, 24, 26, CO-04 (and the totals)',
  },
  {
    name: 'extended/information-line-without-quantity',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      insertAfter(LINE_2, '<ram:LineStatusReasonCode>INFORMATION</ram:LineStatusReasonCode>', 1),
      remove('ram:BilledQuantity', 2),
    ],
    note: 'BR-FXEXT-BR-22/23 pass on a non-DETAIL line; the totals lose its amount',
  },
  {
    name: 'extended/notes-without-text',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      replace('<ram:Content>RCS MAVILLE 123 456 782</ram:Content>', ''),
      insertAfter(
        LINE_1,
        '<ram:IncludedNote><ram:SubjectCode>AAI</ram:SubjectCode></ram:IncludedNote>',
        1,
      ),
      insertAfter(
        LINE_2,
        '<ram:IncludedNote><ram:Content>Texte</ram:Content><ram:SubjectCode>AAI</ram:SubjectCode></ram:IncludedNote>',
        1,
      ),
    ],
    note: 'BR-FXEXT-01, BR-FXEXT-02 (line 2 passes)',
  },
  {
    name: 'extended/buyer-tax-number-not-vat',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('schemeID="VA">FR 05 987 654 321', 'schemeID="FC">FR 05 987 654 321')],
    note: 'BR-FXEXT-03',
  },
  {
    name: 'extended/item-attributes',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      insertAfter(
        '<ram:Description>Description</ram:Description>',
        '<ram:ApplicableProductCharacteristic><ram:TypeCode>XYZ</ram:TypeCode><ram:Value>1</ram:Value></ram:ApplicableProductCharacteristic>' +
          '<ram:ApplicableProductCharacteristic><ram:Value>2</ram:Value></ram:ApplicableProductCharacteristic>' +
          '<ram:ApplicableProductCharacteristic><ram:Description>Poids</ram:Description><ram:Value>3</ram:Value><ram:ValueMeasure unitCode="KGM">3</ram:ValueMeasure></ram:ApplicableProductCharacteristic>' +
          '<ram:ApplicableProductCharacteristic><ram:Description>Poids</ram:Description><ram:ValueMeasure unitCode="">3</ram:ValueMeasure></ram:ApplicableProductCharacteristic>' +
          '<ram:ApplicableProductCharacteristic><ram:TypeCode>COLOR_TEXT</ram:TypeCode><ram:Value>rouge</ram:Value></ram:ApplicableProductCharacteristic>' +
          '<ram:ApplicableProductCharacteristic><ram:Description>Poids</ram:Description><ram:ValueMeasure unitCode="KGM">3</ram:ValueMeasure></ram:ApplicableProductCharacteristic>',
        1,
      ),
    ],
    note: 'BR-FXEXT-04 (warning), BR-54-1, BR-54-2 twice; the last two attributes pass',
  },
  {
    name: 'extended/charges-without-reason',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      replace('<ram:Reason>FRAIS DEPLACEMENT</ram:Reason>', ''),
      insertBefore(
        '<ram:SpecifiedTradeSettlementLineMonetarySummation>',
        '<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>0.00</ram:ActualAmount></ram:SpecifiedTradeAllowanceCharge>',
        1,
      ),
      insertBefore(
        '<ram:SpecifiedTradeSettlementLineMonetarySummation>',
        '<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>0.00</ram:ActualAmount><ram:ReasonCode>FC</ram:ReasonCode></ram:SpecifiedTradeAllowanceCharge>',
        2,
      ),
    ],
    note: 'BR-FXEXT-BR-38, BR-FXEXT-BR-44 (line 2 passes)',
  },
  {
    name: 'extended/date-time-205',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('format="102">20260128', 'format="205">202601281030')],
    note: 'BR-FXEXT-CII-DT-097a passes on YYYYMMDDHHMM',
  },
  {
    name: 'extended/date-time-205-with-seconds',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('format="102">20260128', 'format="205">20260128103000')],
    note: 'BR-FXEXT-CII-DT-097a breaks: the pattern has no seconds',
  },
  {
    name: 'extended/hierarchy',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: hierarchy('95.00'),
    note: 'a GROUP line over the three DETAIL lines: BR-FXEXT-06, 08, 11, 12 pass',
  },
  {
    name: 'extended/hierarchy-group-total-wrong',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: hierarchy('90.00'),
    note: 'BR-FXEXT-08, once per line',
  },
  {
    name: 'extended/hierarchy-subtype-missing',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      ...hierarchy('95.00'),
      replace('<ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>', '', 2),
    ],
    note: 'BR-FXEXT-06 (line 2), BR-FXEXT-08',
  },
  {
    name: 'extended/hierarchy-unknown-parent',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      ...hierarchy('95.00'),
      replace(
        '<ram:ParentLineID>G1</ram:ParentLineID>',
        '<ram:ParentLineID>G9</ram:ParentLineID>',
        3,
      ),
    ],
    note: 'BR-FXEXT-11, BR-FXEXT-08',
  },
  {
    name: 'extended/hierarchy-sub-group-without-amount',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      ...hierarchy('95.00'),
      insertBefore(
        '<ram:IncludedSupplyChainTradeLineItem>',
        groupLine('G2', undefined, '<ram:ParentLineID>G1</ram:ParentLineID>'),
        2,
      ),
    ],
    note: 'BR-FXEXT-12, BR-FXEXT-08 (NaN)',
  },
  {
    name: 'extended/group-line-with-unused-category',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: hierarchy(
      '95.00',
      '<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>Z</ram:CategoryCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent></ram:ApplicableTradeTax>',
    ),
    note: 'BR-FXEXT-Z-01: every line counts, DETAIL or not',
  },
  {
    name: 'extended/line-total-within-tolerance',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:LineTotalAmount>95.00<', '<ram:LineTotalAmount>95.02<')],
    note: 'BR-FXEXT-CO-10 passes (0.02 ≤ 3 × 0.01)',
  },
  {
    name: 'extended/line-total-beyond-tolerance',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:LineTotalAmount>95.00<', '<ram:LineTotalAmount>95.04<')],
    note: 'BR-FXEXT-CO-10',
  },
  {
    name: 'extended/allowance-total-off',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      replace('<ram:AllowanceTotalAmount>5.00<', '<ram:AllowanceTotalAmount>5.02<'),
      replace('<ram:ChargeTotalAmount>10.00<', '<ram:ChargeTotalAmount>10.01<'),
    ],
    note: 'BR-FXEXT-CO-11 breaks, CO-12 passes',
  },
  {
    name: 'extended/logistics-charge',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      insertBefore('<ram:SpecifiedTradePaymentTerms>', LOGISTICS),
      replace('<ram:ChargeTotalAmount>10.00<', '<ram:ChargeTotalAmount>20.00<'),
      replace('<ram:TaxBasisTotalAmount>100.00<', '<ram:TaxBasisTotalAmount>110.00<'),
      replace('<ram:BasisAmount>100.00<', '<ram:BasisAmount>110.00<'),
      replace('<ram:CalculatedAmount>20.00<', '<ram:CalculatedAmount>22.00<'),
      replace('currencyID="EUR">20.00<', 'currencyID="EUR">22.00<'),
      replace('<ram:GrandTotalAmount>120.00<', '<ram:GrandTotalAmount>132.00<'),
      replace('<ram:DuePayableAmount>100.00<', '<ram:DuePayableAmount>112.00<'),
    ],
    note: 'a logistics service charge counted in every total',
  },
  {
    name: 'extended/logistics-charge-not-counted',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [insertBefore('<ram:SpecifiedTradePaymentTerms>', LOGISTICS)],
    note: 'BR-FXEXT-CO-12, CO-13, S-08',
  },
  {
    name: 'extended/tax-basis-at-tolerance',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:TaxBasisTotalAmount>100.00<', '<ram:TaxBasisTotalAmount>100.05<')],
    note: 'BR-FXEXT-CO-13, CO-15 pass (5 amounts)',
  },
  {
    name: 'extended/tax-basis-beyond-tolerance',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:TaxBasisTotalAmount>100.00<', '<ram:TaxBasisTotalAmount>100.06<')],
    note: 'BR-FXEXT-CO-13, CO-15',
  },
  {
    name: 'extended/grand-total-off',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:GrandTotalAmount>120.00<', '<ram:GrandTotalAmount>120.06<')],
    note: 'BR-FXEXT-CO-15, CO-16',
  },
  {
    name: 'extended/no-vat-total',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [remove('ram:TaxTotalAmount')],
    note: 'BR-FXEXT-CO-15 fails without BT-110',
  },
  {
    name: 'extended/third-party-amount',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      insertAfter(
        '</ram:SpecifiedTradeSettlementHeaderMonetarySummation>',
        '<ram:SpecifiedFinancialAdjustment><ram:ActualAmount>5.00</ram:ActualAmount></ram:SpecifiedFinancialAdjustment>',
      ),
    ],
    note: 'BR-FXEXT-CO-16 breaks: the amount due ignores it',
  },
  {
    name: 'extended/third-party-amount-due',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      insertAfter(
        '</ram:SpecifiedTradeSettlementHeaderMonetarySummation>',
        '<ram:SpecifiedFinancialAdjustment><ram:ActualAmount>5.00</ram:ActualAmount></ram:SpecifiedFinancialAdjustment>',
      ),
      replace('<ram:DuePayableAmount>100.00<', '<ram:DuePayableAmount>105.00<'),
    ],
    note: 'BR-FXEXT-CO-16 passes',
  },
  {
    name: 'extended/breakdown-base-at-tolerance',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:BasisAmount>100.00<', '<ram:BasisAmount>100.05<')],
    note: 'BR-FXEXT-S08b passes (5 amounts)',
  },
  {
    name: 'extended/breakdown-base-beyond-tolerance',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:BasisAmount>100.00<', '<ram:BasisAmount>100.06<')],
    note: 'BR-FXEXT-S08b, S-08ini, S-08rev',
  },
  {
    name: 'extended/breakdown-vat-at-tolerance',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:CalculatedAmount>20.00<', '<ram:CalculatedAmount>20.05<')],
    note: 'BR-FXEXT-S-09b passes',
  },
  {
    name: 'extended/breakdown-vat-beyond-tolerance',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:CalculatedAmount>20.00<', '<ram:CalculatedAmount>20.06<')],
    note: 'BR-FXEXT-S-09b',
  },
  {
    name: 'extended/breakdown-without-rate',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>', '', 4)],
    note: 'BR-FXEXT-S08b, ini, rev and S-09b fail without BT-119',
  },
  {
    name: 'extended/breakdown-without-usage',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradeAllowanceCharge>',
        '<ram:ApplicableTradeTax><ram:CalculatedAmount>0.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>0.00</ram:BasisAmount><ram:CategoryCode>Z</ram:CategoryCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent></ram:ApplicableTradeTax>',
        1,
      ),
    ],
    note: 'BR-FXEXT-Z-01: a breakdown with no line, allowance or charge of its category',
  },
  {
    name: 'extended/line-category-without-breakdown',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>Z</ram:CategoryCode>',
        3,
      ),
      replace(
        '<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>0</ram:RateApplicablePercent>',
        3,
      ),
    ],
    note: 'BR-FXEXT-Z-01, and the S breakdown no longer adds up',
  },
  {
    name: 'extended/exemption-reason-split',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>E</ram:CategoryCode><ram:ExemptionReason>Art. 261</ram:ExemptionReason>',
        3,
      ),
      replace(
        '<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>0</ram:RateApplicablePercent>',
        3,
      ),
      replace('<ram:BasisAmount>100.00<', '<ram:BasisAmount>95.00<'),
      replace('<ram:CalculatedAmount>20.00<', '<ram:CalculatedAmount>19.00<'),
      insertBefore(
        '<ram:SpecifiedTradeAllowanceCharge>',
        '<ram:ApplicableTradeTax><ram:CalculatedAmount>0.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>5.00</ram:BasisAmount><ram:CategoryCode>E</ram:CategoryCode><ram:ExemptionReason>Art. 262</ram:ExemptionReason><ram:RateApplicablePercent>0</ram:RateApplicablePercent></ram:ApplicableTradeTax>',
        1,
      ),
    ],
    note: 'an E breakdown whose reason differs from its line: rev fails, ini and b decide',
  },
  {
    name: 'extended/items-of-every-category-without-breakdowns',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>Z</ram:CategoryCode>',
        1,
      ),
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>E</ram:CategoryCode>',
        1,
      ),
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>AE</ram:CategoryCode>',
        1,
      ),
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>K</ram:CategoryCode>',
        2,
      ),
      replace(
        '<ram:CategoryCode>S</ram:CategoryCode>',
        '<ram:CategoryCode>G</ram:CategoryCode>',
        2,
      ),
      insertBefore(
        '<ram:SpecifiedTradePaymentTerms>',
        taxedAllowance(false, 'O', undefined) +
          taxedAllowance(false, 'L', '7') +
          taxedAllowance(true, 'M', '7'),
      ),
    ],
    note: 'BR-FXEXT-x-01 of every category: used without a breakdown, and S breakdown unused',
  },
  {
    name: 'extended/breakdowns-of-every-category-unbacked',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      insertBefore(
        '<ram:SpecifiedTradeAllowanceCharge>',
        breakdown('Z', '1.00', '0.00', '0') +
          breakdown('E', '1.00', '0.00', '0', 'Motif') +
          breakdown('AE', '1.00', '0.00', '0', 'Motif') +
          breakdown('K', '1.00', '0.00', '0', 'Motif') +
          breakdown('G', '1.00', '0.00', '0', 'Motif') +
          breakdown('O', '1.00', '0.00', undefined, 'Motif') +
          breakdown('L', '1.00', '0.07', '7') +
          breakdown('M', '1.00', '0.07', '7'),
        1,
      ),
    ],
    note: 'BR-FXEXT-x-01 and x-08b/ini/rev of every category: a base with nothing behind it',
  },
  {
    name: 'extended/numeric-indicator',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [replace('<udt:Indicator>false</udt:Indicator>', '<udt:Indicator>0</udt:Indicator>', 4)],
    note: 'Indicator 0: an allowance for the VAT groupings (boolean), not for CO-11/13 (text)',
  },
  {
    name: 'extended/positive-due-without-terms',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [remove('ram:SpecifiedTradePaymentTerms')],
    note: 'BR-CO-25, still in the 1.09 EXTENDED file',
  },
  {
    name: 'extended/credit-transfer-two-account-ids',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      insertAfter(
        '<ram:IBANID>FR20 1254 2547 2569 8542 5874 698</ram:IBANID>',
        '<ram:ProprietaryID>ACC-1</ram:ProprietaryID>',
      ),
    ],
    note: 'BR-CO-27',
  },
  {
    name: 'extended/contacts-with-both-names',
    profile: 'EXTENDED',
    base: EXTENDED,
    edits: [
      insertBefore('<ram:PostalTradeAddress>', CONTACTS_BOTH_NAMES, 1),
      insertBefore('<ram:PostalTradeAddress>', CONTACTS_BOTH_NAMES, 2),
    ],
    note: 'CII-SR-465, CII-SR-466',
  },
];

export const PROFILE_CASES: readonly ProfileCase[] = [
  ...minimum,
  ...basicWl,
  ...basic,
  ...en16931,
  ...extended,
];
