/**
 * One case per disagreement found between our en16931 layer and the official EN 16931 validators
 * (see official-verdicts.test.ts): a fixture, the edits that make the difference, and what the
 * official stylesheet (validation-1.3.16, run with Saxon HE) reports for the rules concerned —
 * checked against it when the cases were written. Each edit's text must occur exactly once.
 */
export interface RegressionCase {
  readonly name: string;
  readonly base: string;
  /**
   * A string must occur exactly once; a regular expression replaces its first match (`to` may
   * then use `$1`, or be a function of the match).
   */
  readonly edits: readonly (readonly [
    from: string | RegExp,
    to: string | ((match: string) => string),
  ])[];
  /** Rule id → number of failed assertions (0: must not fire). */
  readonly fired: Readonly<Record<string, number>>;
}

const CII_EXAMPLE = 'test/fixtures/en16931/examples/cii/CII_business_example_01.xml';
const CII_TAX_CURRENCY = 'test/fixtures/en16931/examples/cii/CII_example5.xml';
const CII_NOT_SUBJECT = 'test/fixtures/en16931/examples/cii/XRechnung-O.xml';
const UBL_EXAMPLE = 'test/fixtures/en16931/examples/ubl/BIS3_Invoice_negativ.XML';
const UBL_NOT_SUBJECT = 'test/fixtures/en16931/examples/ubl/ubl-tc434-example7.xml';
const FNFE = 'test/fixtures/facturx/EN16931';

/** The header VAT breakdown of XRechnung-O.xml, written again with another category. */
const O_BREAKDOWN =
  /<ram:ApplicableTradeTax>\s*<ram:CalculatedAmount[\s\S]*?<\/ram:ApplicableTradeTax>/;

export const REGRESSION_CASES: readonly RegressionCase[] = [
  {
    name: 'BR-49 CII: a payment reference alone is no payment instruction',
    base: `${FNFE}/Avoir_FR_type380_EN16931.xml`,
    edits: [],
    fired: { 'BR-49': 0 },
  },
  {
    name: 'BR-49 CII: one per payment means without a type code element',
    base: CII_EXAMPLE,
    edits: [
      [
        '<ram:TypeCode>30</ram:TypeCode>\n                <ram:PayeePartyCreditorFinancialAccount>\n                    <ram:IBANID>NO9386011117947</ram:IBANID>\n                </ram:PayeePartyCreditorFinancialAccount>\n            </ram:SpecifiedTradeSettlementPaymentMeans>',
        '<ram:PayeePartyCreditorFinancialAccount>\n                    <ram:IBANID>NO9386011117947</ram:IBANID>\n                </ram:PayeePartyCreditorFinancialAccount>\n            </ram:SpecifiedTradeSettlementPaymentMeans>',
      ],
    ],
    fired: { 'BR-49': 1 },
  },
  {
    name: 'BR-03 CII: an issue date in format 610 is no issue date',
    base: CII_EXAMPLE,
    edits: [
      [
        'format="102">20130630</udt:DateTimeString>\n        </ram:IssueDateTime>',
        'format="610">201306</udt:DateTimeString>\n        </ram:IssueDateTime>',
      ],
    ],
    fired: { 'BR-03': 1 },
  },
  {
    name: 'BR-29 CII: dates compared as the texts written (2013-06-01 sorts before 20130630)',
    base: CII_EXAMPLE,
    edits: [
      [
        /(<ram:StartDateTime>\s*<udt:DateTimeString format="102">)20130601(<\/udt:DateTimeString>\s*<\/ram:StartDateTime>\s*<ram:EndDateTime>\s*<udt:DateTimeString format="102">20130630)/,
        '$12013-06-01$2',
      ],
    ],
    fired: { 'BR-29': 0, 'CII-DT-097': 1 },
  },
  {
    name: 'BR-29 CII: an end date in another format cannot be compared',
    base: CII_EXAMPLE,
    edits: [
      [
        /format="102">20130630(<\/udt:DateTimeString>\s*<\/ram:EndDateTime>)/,
        'format="610">201306$1',
      ],
    ],
    fired: { 'BR-29': 1 },
  },
  {
    name: 'BR-DEC-14: spaces after a number count as decimals',
    base: CII_EXAMPLE,
    edits: [['<ram:GrandTotalAmount>1801.78</', '<ram:GrandTotalAmount>1801.78 </']],
    fired: { 'BR-DEC-14': 1 },
  },
  {
    name: 'BR-DEC-14: spaces before a number do not',
    base: CII_EXAMPLE,
    edits: [['<ram:GrandTotalAmount>1801.78</', '<ram:GrandTotalAmount>\n 1801.78</']],
    fired: { 'BR-DEC-14': 0 },
  },
  {
    name: 'BR-42 CII: a blank reason is a reason (the element is there)',
    base: CII_EXAMPLE,
    edits: [['<ram:Reason>Damage</ram:Reason>', '<ram:Reason></ram:Reason>']],
    fired: { 'BR-42': 0, 'BR-CO-23': 0 },
  },
  {
    name: 'BR-62 CII: an electronic address element without its address',
    base: `${FNFE}/Facture_F20260029-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml`,
    edits: [['<ram:URIID schemeID="EM">moi@seller.com</ram:URIID>', '']],
    fired: { 'BR-62': 1 },
  },
  {
    name: 'BR-52 CII: every additional referenced document needs its identifier (type 130 too)',
    base: CII_TAX_CURRENCY,
    edits: [
      [/<ram:IssuerAssignedID>Object2<\/ram:IssuerAssignedID>/, '<ram:IssuerAssignedID/>'],
      ['<ram:IssuerAssignedID>OBJ999</ram:IssuerAssignedID>', ''],
    ],
    fired: { 'BR-52': 2 },
  },
  {
    name: 'BR-CO-09 CII: a blank VAT identifier has no country prefix; BR-G-02 sees it there',
    base: `${FNFE}/Facture_DOM_EN16931.xml`,
    edits: [['<ram:ID schemeID="VA">FR11999999998</ram:ID>', '<ram:ID schemeID="VA"></ram:ID>']],
    fired: { 'BR-CO-09': 1, 'BR-G-02': 0 },
  },
  {
    name: 'BR-23: a blank unit code attribute is there',
    base: `${FNFE}/Facture_UE_EN16931.xml`,
    edits: [['unitCode="C62">20.000<', 'unitCode="">20.000<']],
    fired: { 'BR-23': 0, 'BR-CL-23': 1 },
  },
  {
    name: 'BR-DEC-13 CII: a VAT total without currency lets the other have three decimals',
    base: CII_TAX_CURRENCY,
    edits: [
      ['675.00', '675.001'],
      ['currencyID="EUR">628.62', '>628.62'],
    ],
    fired: { 'BR-DEC-13': 0 },
  },
  {
    name: 'BR-CO-14 CII: once per wrong VAT total in the invoice currency',
    base: CII_TAX_CURRENCY,
    edits: [
      ['>EUR</ram:TaxCurrencyCode>', '>DKK</ram:TaxCurrencyCode>'],
      ['currencyID="EUR">628.62', 'currencyID="DKK">628.62'],
    ],
    fired: { 'BR-CO-14': 1 },
  },
  {
    name: 'BR-CO-14 CII: twice with two wrong VAT totals in the invoice currency',
    base: CII_TAX_CURRENCY,
    edits: [
      ['>EUR</ram:TaxCurrencyCode>', '>DKK</ram:TaxCurrencyCode>'],
      ['currencyID="EUR">628.62', 'currencyID="DKK">628.62'],
      ['675.00', '675.01'],
    ],
    fired: { 'BR-CO-14': 2 },
  },
  {
    name: 'BR-CO-18 CII: once per line when there is no VAT breakdown',
    base: CII_EXAMPLE,
    edits: [
      [
        /(<ram:ApplicableTradeTax>\s*<ram:CalculatedAmount[\s\S]*?<\/ram:ApplicableTradeTax>\s*)+/,
        '',
      ],
    ],
    fired: { 'BR-CO-18': 5 },
  },
  {
    name: 'BR-S-02 CII: once per line in category S',
    base: CII_EXAMPLE,
    edits: [
      ['<ram:ID schemeID="VA">NO123456789MVA</ram:ID>', ''],
      ['<ram:ID schemeID="VA">NO967611265MVA</ram:ID>', ''],
    ],
    fired: { 'BR-S-02': 4 },
  },
  {
    name: 'BR-O-11 CII: once per breakdown in O, whatever the number of others',
    base: CII_NOT_SUBJECT,
    edits: [[O_BREAKDOWN, (o) => o + o.replace('>O<', '>S<') + o.replace('>O<', '>Z<')]],
    fired: { 'BR-O-11': 1 },
  },
  {
    name: 'BR-O-11 CII: twice with two breakdowns in O',
    base: CII_NOT_SUBJECT,
    edits: [[O_BREAKDOWN, (o) => o + o + o.replace('>O<', '>S<')]],
    fired: { 'BR-O-11': 2 },
  },
  {
    name: 'BR-CO-19 UBL: an invoicing period with only its VAT point date code',
    base: 'test/fixtures/en16931/examples/ubl/ubl-tc434-example2.xml',
    edits: [
      [
        /<cbc:StartDate>2013-06-01<\/cbc:StartDate>\s*<cbc:EndDate>2013-06-30<\/cbc:EndDate>(\s*<cbc:DescriptionCode>)/,
        '$1',
      ],
    ],
    fired: { 'BR-CO-19': 0 },
  },
  {
    name: 'BR-CO-09 UBL: a second VAT tax scheme of the seller is checked too',
    base: 'test/fixtures/en16931/unit-tests/testfiles/BIS_Billing_30-Tjanster_Bevakning.xml',
    edits: [
      [
        /(<cbc:CompanyID>Godkänd för F-skatt<\/cbc:CompanyID>\s*<cac:TaxScheme>\s*<cbc:ID>)[^<]*/,
        '$1VAT',
      ],
    ],
    fired: { 'BR-CO-09': 1 },
  },
  {
    name: 'BR-CO-20 CII: a line period end element with an empty date is there',
    base: CII_EXAMPLE,
    edits: [
      [
        /<ram:StartDateTime>\s*<udt:DateTimeString format="102">20130601<\/udt:DateTimeString>\s*<\/ram:StartDateTime>\s*<ram:EndDateTime>\s*<udt:DateTimeString format="102">20130601<\/udt:DateTimeString>/,
        '<ram:EndDateTime><udt:DateTimeString format="102"></udt:DateTimeString>',
      ],
    ],
    fired: { 'BR-CO-20': 0, 'BR-30': 0 },
  },
  {
    name: 'BR-27 UBL: a price the model refuses but xs:double reads (1e2) is compared',
    base: UBL_NOT_SUBJECT,
    edits: [
      [
        '<cbc:PriceAmount currencyID="SEK">700.00</cbc:PriceAmount>',
        '<cbc:PriceAmount currencyID="SEK">7e2</cbc:PriceAmount>',
      ],
    ],
    fired: { 'BR-27': 0 },
  },
  {
    name: 'BR-61 UBL: each payment means by credit transfer needs its account',
    base: 'test/fixtures/en16931/unit-tests/testfiles/BIS_Billing_30-Telefoni.xml',
    edits: [
      [
        /(<cbc:PaymentID>123456789012345<\/cbc:PaymentID>)\s*<cac:PayeeFinancialAccount>[\s\S]*?<\/cac:PayeeFinancialAccount>/,
        '$1',
      ],
    ],
    fired: { 'BR-61': 1 },
  },
  {
    name: 'BR-CO-15 CII: a total with VAT equal to the total without VAT passes, whatever the VAT totals',
    base: CII_NOT_SUBJECT,
    edits: [
      [
        '<ram:GrandTotalAmount>385544.60</ram:GrandTotalAmount>',
        '<ram:TaxTotalAmount currencyID="EUR">0.00</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID="EUR">0.00</ram:TaxTotalAmount><ram:GrandTotalAmount>385544.60</ram:GrandTotalAmount>',
      ],
    ],
    fired: { 'BR-CO-15': 0 },
  },
  {
    name: 'BR-O-08 CII: a taxable amount the model refuses but xs:double reads (1e2) is compared',
    base: `${FNFE}/Facture_F20260030-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml`,
    edits: [
      [
        /<ram:BasisAmount>100\.00<\/ram:BasisAmount>(\s*<ram:CategoryCode>O<)/,
        '<ram:BasisAmount>1e2</ram:BasisAmount>$1',
      ],
    ],
    fired: { 'BR-O-08': 0 },
  },
  {
    name: 'BR-S-02 UBL: a seller tax scheme element without cac:TaxScheme still counts',
    base: UBL_EXAMPLE,
    edits: [
      [
        '<cbc:CompanyID>DK12345678</cbc:CompanyID>\n        <cac:TaxScheme>\n          <cbc:ID>VAT</cbc:ID>\n        </cac:TaxScheme>',
        '<cbc:CompanyID>DK12345678</cbc:CompanyID>',
      ],
    ],
    fired: { 'BR-S-02': 0 },
  },
  {
    name: 'BR-61 UBL: a blank account identifier is there',
    base: UBL_EXAMPLE,
    edits: [['<cbc:ID>1234567891234</cbc:ID>', '<cbc:ID></cbc:ID>']],
    fired: { 'BR-61': 0, 'BR-50': 1 },
  },
  {
    name: 'BR-12…BR-15 UBL: no cac:LegalMonetaryTotal, no totals to check',
    base: UBL_EXAMPLE,
    edits: [[/<cac:LegalMonetaryTotal>[\s\S]*<\/cac:LegalMonetaryTotal>/, '']],
    fired: { 'BR-12': 0, 'BR-13': 0, 'BR-14': 0, 'BR-15': 0, 'BR-CO-10': 0, 'BR-CO-16': 0 },
  },
  {
    name: 'BR-CO-15 UBL: a blank invoice currency matches no VAT total',
    base: UBL_EXAMPLE,
    edits: [
      [
        '<cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>',
        '<cbc:DocumentCurrencyCode></cbc:DocumentCurrencyCode>',
      ],
    ],
    fired: { 'BR-CO-15': 1 },
  },
  {
    name: 'BR-53 UBL: a blank VAT accounting currency matches no VAT total',
    base: 'test/fixtures/en16931/examples/ubl/sample-discount-price.xml',
    edits: [
      [
        '<cbc:TaxCurrencyCode>EUR</cbc:TaxCurrencyCode>',
        '<cbc:TaxCurrencyCode></cbc:TaxCurrencyCode>',
      ],
    ],
    fired: { 'BR-53': 1 },
  },
  {
    name: 'BR-CO-26 and BR-S-02 UBL: a blank seller VAT identifier is there',
    base: 'test/fixtures/en16931/unit-tests/testfiles/Invoice-Min_content_with_VAT.xml',
    edits: [['<cbc:CompanyID>SE123451234501</cbc:CompanyID>', '<cbc:CompanyID></cbc:CompanyID>']],
    fired: { 'BR-CO-26': 0, 'BR-S-02': 0 },
  },
  {
    name: 'BR-O-11 UBL: once, whatever the number of other subtotals',
    base: UBL_NOT_SUBJECT,
    edits: [
      [
        /<cac:TaxSubtotal>[\s\S]*?<\/cac:TaxSubtotal>/,
        (o) => o + o.replace('>O<', '>S<') + o.replace('>O<', '>Z<'),
      ],
    ],
    fired: { 'BR-O-11': 1 },
  },
];

/** The document of a case: its base file with the edits applied. */
export function caseDocument(base: string, edits: RegressionCase['edits']): string {
  let text = base;
  for (const [from, to] of edits) {
    if (typeof from === 'string') {
      const at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not once: ${from}`);
      text =
        text.slice(0, at) + (typeof to === 'string' ? to : to(from)) + text.slice(at + from.length);
    } else {
      if (!from.test(text)) throw new Error(`no match: ${from}`);
      text = typeof to === 'string' ? text.replace(from, to) : text.replace(from, (m) => to(m));
    }
  }
  return text;
}
