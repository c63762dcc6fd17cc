import { describe, expect, it } from 'vitest';
import { findAll, getAt, parseInvoiceJson, type TermId } from '../../../../shared/model';
import { type CiiReadResult, readCii } from '../../../../shared/syntax/cii/read';
import { parseXml } from '../../../../shared/xml';

/** Small CII documents written for these tests, in the manner of the official unit tests. */
const ROOT_OPEN = [
  '<rsm:CrossIndustryInvoice',
  ' xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"',
  ' xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"',
  ' xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"',
  ' xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100">',
].join('');

function cii(body: string): string {
  return `${ROOT_OPEN}\n${body}\n</rsm:CrossIndustryInvoice>`;
}

function read(xml: string): CiiReadResult {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const result = readCii(parsed.document);
  // Whatever the fragment, the model must be one the strict schema accepts.
  const checked = parseInvoiceJson(JSON.parse(JSON.stringify(result.invoice)));
  expect(checked.ok ? [] : checked.issues).toEqual([]);
  return result;
}

const transaction = (inner: string) =>
  `<rsm:SupplyChainTradeTransaction>${inner}</rsm:SupplyChainTradeTransaction>`;
const agreement = (inner: string) =>
  transaction(`<ram:ApplicableHeaderTradeAgreement>${inner}</ram:ApplicableHeaderTradeAgreement>`);
const settlement = (inner: string) =>
  transaction(
    `<ram:ApplicableHeaderTradeSettlement>${inner}</ram:ApplicableHeaderTradeSettlement>`,
  );
const line = (inner: string) =>
  transaction(
    `<ram:IncludedSupplyChainTradeLineItem>${inner}</ram:IncludedSupplyChainTradeLineItem>`,
  );

/** 1-based line of the first occurrence of `marker` in a text. */
function lineOf(text: string, marker: string): number {
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`marker not found: ${marker}`);
  return text.slice(0, index).split('\n').length;
}

function allowanceCharge(indicator: string, amount: string): string {
  return [
    '<ram:SpecifiedTradeAllowanceCharge>',
    `<ram:ChargeIndicator><udt:Indicator>${indicator}</udt:Indicator></ram:ChargeIndicator>`,
    `<ram:ActualAmount>${amount}</ram:ActualAmount>`,
    '<ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode></ram:CategoryTradeTax>',
    '</ram:SpecifiedTradeAllowanceCharge>',
  ].join('');
}

describe('groups present but empty stay in the model', () => {
  it('keeps a seller, a buyer, an address and a process control with nothing recognised in them', () => {
    const { invoice, sources } = read(
      cii(
        `<rsm:ExchangedDocumentContext/>${agreement(
          '<ram:SellerTradeParty><ram:PostalTradeAddress/></ram:SellerTradeParty><ram:BuyerTradeParty/>',
        )}`,
      ),
    );
    expect(invoice).toEqual({ 'BG-2': {}, 'BG-4': { 'BG-5': {} }, 'BG-7': {} });
    expect(sources.get('/BG-4/BG-5')?.xpath).toBe(
      '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress',
    );
  });

  it('keeps the price, VAT and item groups of a line that has their elements only', () => {
    const { invoice } = read(
      cii(
        line(
          '<ram:SpecifiedTradeProduct/><ram:SpecifiedLineTradeAgreement/><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax/></ram:SpecifiedLineTradeSettlement>',
        ),
      ),
    );
    expect(invoice).toEqual({ 'BG-25': [{ 'BG-29': {}, 'BG-30': {}, 'BG-31': {} }] });
  });

  it('leaves out empty elements without a finding, and takes the first of duplicates', () => {
    const xml = cii(
      '<rsm:ExchangedDocument><ram:ID>A-1</ram:ID><ram:ID>A-2</ram:ID><ram:TypeCode>  </ram:TypeCode>' +
        '<ram:IncludedNote><ram:Content>first</ram:Content><ram:Content>second</ram:Content></ram:IncludedNote>' +
        '<ram:IncludedNote><ram:SubjectCode> AAB </ram:SubjectCode></ram:IncludedNote></rsm:ExchangedDocument>',
    );
    const { invoice, sources, findings } = read(xml);
    expect(findings).toEqual([]);
    expect(invoice).toEqual({
      'BT-1': 'A-1',
      'BG-1': [{ 'BT-22': 'first' }, { 'BT-21': 'AAB' }],
    });
    expect(sources.get('/BT-1')?.xpath).toBe(
      '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID[1]',
    );
    expect(sources.get('/BG-1/1')?.xpath).toBe(
      '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote[2]',
    );
  });

  it('reads nothing, and does not throw, from a document that is not CII', () => {
    const parsed = parseXml(
      '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>1</ID></Invoice>',
    );
    if (!parsed.ok) throw new Error('fixture');
    const result = readCii(parsed.document);
    // The source map is a Map of its own class (built on demand): compared by its entries.
    expect({ ...result, sources: new Map(result.sources) }).toEqual({
      invoice: {},
      sources: new Map(),
      findings: [],
      rejected: new Map(),
      blank: new Set(),
    });
  });
});

describe('the filters of the official schematron', () => {
  it('reads a VAT category only from a tax whose type code is VAT (upper-cased)', () => {
    const tax = (type: string, category: string) =>
      `<ram:ApplicableTradeTax><ram:CalculatedAmount>2</ram:CalculatedAmount>${type}<ram:BasisAmount>10</ram:BasisAmount><ram:CategoryCode>${category}</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>`;
    const { invoice } = read(
      cii(
        settlement(
          tax('<ram:TypeCode>vat</ram:TypeCode>', 'S') +
            tax('<ram:TypeCode>GST</ram:TypeCode>', 'S') +
            tax('', 'E'),
        ),
      ),
    );
    expect(invoice['BG-23']).toEqual([
      { 'BT-116': '10', 'BT-117': '2', 'BT-118': 'S', 'BT-119': '20' },
      { 'BT-116': '10', 'BT-117': '2' },
      { 'BT-116': '10', 'BT-117': '2' },
    ]);
  });

  it('takes the line VAT information from the VAT tax when a line has several taxes', () => {
    const { invoice, sources } = read(
      cii(
        line(
          '<ram:SpecifiedLineTradeSettlement>' +
            '<ram:ApplicableTradeTax><ram:TypeCode>OTH</ram:TypeCode><ram:CategoryCode>X</ram:CategoryCode></ram:ApplicableTradeTax>' +
            '<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>Z</ram:CategoryCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent></ram:ApplicableTradeTax>' +
            '</ram:SpecifiedLineTradeSettlement>',
        ),
      ),
    );
    expect(invoice['BG-25']?.[0]?.['BG-30']).toEqual({ 'BT-151': 'Z', 'BT-152': '0' });
    expect(sources.get('/BG-25/0/BG-30')?.xpath).toMatch(/ram:ApplicableTradeTax\[2\]$/);
  });

  it('tells allowances from charges by their indicator (true/false or 1/0) and reports an unreadable one', () => {
    const body =
      allowanceCharge('false', '1') +
      allowanceCharge('1', '2') +
      allowanceCharge(' true ', '3') +
      allowanceCharge('0', '4') +
      '\n' +
      allowanceCharge('yes', '5') +
      '<ram:SpecifiedTradeAllowanceCharge><ram:ActualAmount>6</ram:ActualAmount></ram:SpecifiedTradeAllowanceCharge>';
    const xml = cii(settlement(body));
    const { invoice, findings } = read(xml);
    expect(invoice['BG-20']).toEqual([
      { 'BT-92': '1', 'BT-95': 'S' },
      { 'BT-92': '4', 'BT-95': 'S' },
    ]);
    expect(invoice['BG-21']).toEqual([
      { 'BT-99': '2', 'BT-102': 'S' },
      { 'BT-99': '3', 'BT-102': 'S' },
    ]);
    // The allowance/charge without any indicator is the syntax rules' matter (CII-SR-463).
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'VALUE-FORMAT',
      severity: 'fatal',
      layer: 'en16931',
      bt: ['BG-20', 'BG-21'],
      location: {
        xpath:
          '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[5]/ram:ChargeIndicator/udt:Indicator',
        line: lineOf(xml, '<udt:Indicator>yes'),
      },
    });
    expect(findings[0]?.message.fr).toContain('« yes »');
    expect(findings[0]?.message.en).toContain('"yes"');
  });

  it('reads line allowances and charges the same way', () => {
    const { invoice, findings } = read(
      cii(
        line(
          `<ram:SpecifiedLineTradeSettlement>${allowanceCharge('false', '1')}${allowanceCharge('true', '2')}${allowanceCharge('', '3')}</ram:SpecifiedLineTradeSettlement>`,
        ),
      ),
    );
    // No VAT category at line level: BG-27 and BG-28 have none in the norm.
    expect(invoice['BG-25']?.[0]).toEqual({
      'BG-27': [{ 'BT-136': '1' }],
      'BG-28': [{ 'BT-141': '2' }],
    });
    expect(findings.map((finding) => finding.bt)).toEqual([['BG-27', 'BG-28']]);
  });

  it('tells BT-110 from BT-111 by @currencyID against BT-5 and BT-6', () => {
    const totals = (amounts: string) =>
      `<ram:SpecifiedTradeSettlementHeaderMonetarySummation>${amounts}</ram:SpecifiedTradeSettlementHeaderMonetarySummation>`;
    const two = read(
      cii(
        settlement(
          '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:TaxCurrencyCode>DKK</ram:TaxCurrencyCode>' +
            totals(
              '<ram:TaxTotalAmount currencyID="DKK">74.60</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID="EUR">10.00</ram:TaxTotalAmount>',
            ),
        ),
      ),
    );
    expect(two.invoice['BG-22']).toEqual({ 'BT-110': '10.00', 'BT-111': '74.60' });
    expect(two.sources.get('/BG-22/BT-110')?.xpath).toMatch(/ram:TaxTotalAmount\[2\]$/);

    // BT-6 equal to BT-5 (BR-53 refuses it): the second amount in that currency is BT-111.
    const same = read(
      cii(
        settlement(
          '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>' +
            totals(
              '<ram:TaxTotalAmount currencyID="EUR">1</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID="EUR">2</ram:TaxTotalAmount>',
            ),
        ),
      ),
    );
    expect(same.invoice['BG-22']).toEqual({ 'BT-110': '1', 'BT-111': '2' });

    // Without @currencyID a total VAT amount is neither.
    const none = read(
      cii(
        settlement(
          `<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>${totals('<ram:TaxTotalAmount>1</ram:TaxTotalAmount>')}`,
        ),
      ),
    );
    expect(none.invoice['BG-22']).toEqual({});
  });

  it('splits the additional documents by type code: BT-17 (50), BT-18 (130), BG-24 (the others)', () => {
    const doc = (id: string, type: string) =>
      `<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>${id}</ram:IssuerAssignedID>${type}</ram:AdditionalReferencedDocument>`;
    const { invoice } = read(
      cii(
        agreement(
          doc('LOT-1', '<ram:TypeCode>50</ram:TypeCode>') +
            doc(
              'OBJ-1',
              '<ram:TypeCode>130</ram:TypeCode><ram:ReferenceTypeCode>AAB</ram:ReferenceTypeCode>',
            ) +
            doc('DOC-1', '<ram:TypeCode>916</ram:TypeCode><ram:Name>Timesheet</ram:Name>') +
            doc('DOC-2', ''),
        ),
      ),
    );
    expect(invoice).toEqual({
      'BT-17': 'LOT-1',
      'BT-18': { id: 'OBJ-1', scheme: 'AAB' },
      'BG-24': [{ 'BT-122': 'DOC-1', 'BT-123': 'Timesheet' }, { 'BT-122': 'DOC-2' }],
    });
  });
});

describe('groups that CII spreads over several elements', () => {
  it('puts the invoicing period in the delivery information (BG-13), even without delivery data', () => {
    const { invoice, sources } = read(
      cii(
        transaction(
          '<ram:ApplicableHeaderTradeDelivery/><ram:ApplicableHeaderTradeSettlement><ram:BillingSpecifiedPeriod>' +
            '<ram:StartDateTime><udt:DateTimeString format="102">20260101</udt:DateTimeString></ram:StartDateTime>' +
            '</ram:BillingSpecifiedPeriod></ram:ApplicableHeaderTradeSettlement>',
        ),
      ),
    );
    expect(invoice).toEqual({ 'BG-13': { 'BG-14': { 'BT-73': '2026-01-01' } } });
    expect(sources.get('/BG-13')?.xpath).toBe(
      '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery',
    );
  });

  it('has no BG-13 for an empty delivery element, and an empty one for a ship-to party it cannot read', () => {
    expect(read(cii(transaction('<ram:ApplicableHeaderTradeDelivery/>'))).invoice).toEqual({});
    const shipTo = read(
      cii(
        transaction(
          '<ram:ApplicableHeaderTradeDelivery><ram:ShipToTradeParty><ram:Description>dock</ram:Description></ram:ShipToTradeParty></ram:ApplicableHeaderTradeDelivery>',
        ),
      ),
    );
    expect(shipTo.invoice).toEqual({ 'BG-13': {} });
  });

  it('builds one BG-16 from the payment means, the payment reference and the direct debit terms', () => {
    const { invoice, sources } = read(
      cii(
        settlement(
          '<ram:CreditorReferenceID>FR12ZZZ123456</ram:CreditorReferenceID>' +
            '<ram:PaymentReference>INV-9</ram:PaymentReference>' +
            '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode><ram:Information>Transfer</ram:Information>' +
            '<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR7630006000011234567890189</ram:IBANID><ram:AccountName>Main</ram:AccountName></ram:PayeePartyCreditorFinancialAccount>' +
            '<ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>AGRIFRPP</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution>' +
            '</ram:SpecifiedTradeSettlementPaymentMeans>' +
            '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode>' +
            '<ram:ApplicableTradeSettlementFinancialCard><ram:ID>1234</ram:ID><ram:CardholderName>J. Doe</ram:CardholderName></ram:ApplicableTradeSettlementFinancialCard>' +
            '<ram:PayerPartyDebtorFinancialAccount><ram:IBANID>DE02120300000000202051</ram:IBANID></ram:PayerPartyDebtorFinancialAccount>' +
            '<ram:PayeePartyCreditorFinancialAccount><ram:ProprietaryID>LOCAL-7</ram:ProprietaryID></ram:PayeePartyCreditorFinancialAccount>' +
            '</ram:SpecifiedTradeSettlementPaymentMeans>' +
            '<ram:SpecifiedTradePaymentTerms><ram:DirectDebitMandateID>MANDATE-1</ram:DirectDebitMandateID></ram:SpecifiedTradePaymentTerms>',
        ),
      ),
    );
    expect(invoice['BG-16']).toEqual({
      'BT-81': '30',
      'BT-82': 'Transfer',
      'BT-83': 'INV-9',
      'BG-17': [
        { 'BT-84': 'FR7630006000011234567890189', 'BT-85': 'Main', 'BT-86': 'AGRIFRPP' },
        { 'BT-84': 'LOCAL-7' },
      ],
      'BG-18': { 'BT-87': '1234', 'BT-88': 'J. Doe' },
      'BG-19': {
        'BT-89': 'MANDATE-1',
        'BT-90': 'FR12ZZZ123456',
        'BT-91': 'DE02120300000000202051',
      },
    });
    expect(sources.get('/BG-16')?.xpath).toMatch(/ram:SpecifiedTradeSettlementPaymentMeans\[1\]$/);
  });

  it('has a BG-16 for a payment reference alone, or for payment means it cannot read, and none otherwise', () => {
    expect(read(cii(settlement('<ram:PaymentReference>R</ram:PaymentReference>'))).invoice).toEqual(
      {
        'BG-16': { 'BT-83': 'R' },
      },
    );
    expect(read(cii(settlement('<ram:SpecifiedTradeSettlementPaymentMeans/>'))).invoice).toEqual({
      'BG-16': {},
    });
    expect(
      read(cii(settlement('<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>'))).invoice,
    ).toEqual({ 'BT-5': 'EUR' });
  });
});

describe('terms with alternatives, lists and qualifiers', () => {
  it('reads party identifiers (ram:ID then ram:GlobalID), legal ids, VAT and tax registrations, contacts', () => {
    const { invoice } = read(
      cii(
        agreement(
          '<ram:SellerTradeParty><ram:ID>SUP-1</ram:ID><ram:GlobalID schemeID="0009">35600000000048</ram:GlobalID><ram:GlobalID schemeID=" 0088 ">5790000436101</ram:GlobalID>' +
            '<ram:Name>Seller</ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">356000000</ram:ID></ram:SpecifiedLegalOrganization>' +
            '<ram:DefinedTradeContact><ram:DepartmentName>Billing</ram:DepartmentName></ram:DefinedTradeContact>' +
            '<ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">12/345</ram:ID></ram:SpecifiedTaxRegistration>' +
            '<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR39356000000</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>' +
            '<ram:BuyerTradeParty><ram:ID>CUST-9</ram:ID><ram:GlobalID schemeID="0009">21260012600016</ram:GlobalID>' +
            '<ram:DefinedTradeContact><ram:PersonName>Ann</ram:PersonName><ram:DepartmentName>Accounts</ram:DepartmentName></ram:DefinedTradeContact></ram:BuyerTradeParty>',
        ),
      ),
    );
    expect(invoice['BG-4']).toEqual({
      'BT-27': 'Seller',
      'BT-29': [
        { id: 'SUP-1' },
        { id: '35600000000048', scheme: '0009' },
        { id: '5790000436101', scheme: '0088' },
      ],
      'BT-30': { id: '356000000', scheme: '0002' },
      'BT-31': 'FR39356000000',
      'BT-32': '12/345',
      'BG-6': { 'BT-41': 'Billing' },
    });
    // BT-46 is 0..1: the first identifier; BT-56 the person rather than the department.
    expect(invoice['BG-7']).toEqual({ 'BT-46': { id: 'CUST-9' }, 'BG-9': { 'BT-56': 'Ann' } });
  });

  it('reads the gross price base quantity when the net price has none, and item classifications with list and version', () => {
    const { invoice } = read(
      cii(
        line(
          '<ram:SpecifiedTradeProduct><ram:Name>Paper</ram:Name>' +
            '<ram:DesignatedProductClassification><ram:ClassCode listID="STI" listVersionID="2.0">12345</ram:ClassCode></ram:DesignatedProductClassification>' +
            '<ram:DesignatedProductClassification><ram:ClassCode listID="HS">4802</ram:ClassCode></ram:DesignatedProductClassification>' +
            '</ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeAgreement>' +
            '<ram:GrossPriceProductTradePrice><ram:ChargeAmount>12</ram:ChargeAmount><ram:BasisQuantity unitCode="KGM">+010.0</ram:BasisQuantity>' +
            '<ram:AppliedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>1</ram:ActualAmount></ram:AppliedTradeAllowanceCharge>' +
            '</ram:GrossPriceProductTradePrice>' +
            '<ram:NetPriceProductTradePrice><ram:ChargeAmount>13</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>' +
            '<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode=" H87 ">.5</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>',
        ),
      ),
    );
    expect(invoice['BG-25']?.[0]).toEqual({
      'BT-129': '0.5',
      'BT-130': 'H87',
      // A charge on the gross price is not the price discount BT-147.
      'BG-29': { 'BT-146': '13', 'BT-148': '12', 'BT-149': '10.0', 'BT-150': 'KGM' },
      'BG-31': {
        'BT-153': 'Paper',
        'BT-158': [
          { id: '12345', scheme: 'STI', version: '2.0' },
          { id: '4802', scheme: 'HS' },
        ],
      },
    });
  });

  it('keeps the French extension terms of a line under extensions', () => {
    const { invoice, sources } = read(
      cii(
        line(
          '<ram:AssociatedDocumentLineDocument><ram:LineID>2</ram:LineID><ram:ParentLineID>1</ram:ParentLineID><ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode></ram:AssociatedDocumentLineDocument>' +
            '<ram:SpecifiedLineTradeSettlement><ram:InvoiceReferencedDocument><ram:IssuerAssignedID>F-0999</ram:IssuerAssignedID><ram:TypeCode>380</ram:TypeCode>' +
            '<ram:FormattedIssueDateTime><qdt:DateTimeString format="102">20251231</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument></ram:SpecifiedLineTradeSettlement>',
        ),
      ),
    );
    expect(invoice['BG-25']?.[0]).toEqual({
      'BT-126': '2',
      extensions: {
        'EXT-FR-FE-162': '1',
        'EXT-FR-FE-163': 'DETAIL',
        'EXT-FR-FE-136': 'F-0999',
        'EXT-FR-FE-137': '380',
        'EXT-FR-FE-138': '2025-12-31',
      },
    });
    expect(getAt(invoice, '/BG-25/0/extensions/EXT-FR-FE-163')).toBe('DETAIL');
    expect(sources.get('/BG-25/0/extensions/EXT-FR-FE-163')?.xpath).toMatch(
      /ram:LineStatusReasonCode$/,
    );
  });
});

describe('values that cannot enter the model are left out and reported (VALUE-FORMAT)', () => {
  const cases: [string, string, string, string, string][] = [
    // [what, term, document, marker of the faulty element, words of the French message]
    [
      'a decimal comma',
      'BT-131',
      cii(
        line(
          '<ram:SpecifiedLineTradeSettlement>\n<ram:SpecifiedTradeSettlementLineMonetarySummation>\n<ram:LineTotalAmount>1,50</ram:LineTotalAmount>\n</ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>',
        ),
      ),
      '<ram:LineTotalAmount>',
      "« 1,50 » n'est pas un nombre décimal",
    ],
    [
      'a day that does not exist',
      'BT-2',
      cii(
        '<rsm:ExchangedDocument>\n<ram:IssueDateTime>\n<udt:DateTimeString format="102">20260230</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>',
      ),
      '<udt:DateTimeString',
      'qui existe au calendrier',
    ],
    [
      'a date in another format than 102',
      'BT-9',
      cii(
        settlement(
          '<ram:SpecifiedTradePaymentTerms>\n<ram:DueDateDateTime>\n<udt:DateTimeString format="610">202603</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>',
        ),
      ),
      '<udt:DateTimeString',
      'au format « 610 »',
    ],
    [
      'a date without its format',
      'BT-26',
      cii(
        settlement(
          '<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>F1</ram:IssuerAssignedID>\n<ram:FormattedIssueDateTime><qdt:DateTimeString>20260101</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>',
        ),
      ),
      '<qdt:DateTimeString',
      "n'indique pas son format",
    ],
    [
      'a currency in lower case',
      'BT-5',
      cii(settlement('\n\n<ram:InvoiceCurrencyCode>eur</ram:InvoiceCurrencyCode>')),
      '<ram:InvoiceCurrencyCode>',
      'ISO 4217',
    ],
    [
      'a country name',
      'BT-55',
      cii(
        agreement(
          '<ram:BuyerTradeParty><ram:PostalTradeAddress>\n<ram:CountryID>France</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>',
        ),
      ),
      '<ram:CountryID>',
      'ISO 3166-1',
    ],
    [
      'an attachment that is not base64',
      'BT-125',
      cii(
        agreement(
          '<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>D</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode>\n<ram:AttachmentBinaryObject mimeCode="application/pdf" filename="a.pdf">not*base64</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument>',
        ),
      ),
      '<ram:AttachmentBinaryObject',
      "n'est pas du base64",
    ],
  ];

  /** Where each rejected value would have been in the model, and the text found. */
  const REJECTED: Record<string, [string, string]> = {
    'BT-131': ['/BG-25/0/BT-131', '1,50'],
    'BT-2': ['/BT-2', '20260230'],
    'BT-9': ['/BT-9', '202603'],
    'BT-26': ['/BG-3/0/BT-26', '20260101'],
    'BT-5': ['/BT-5', 'eur'],
    'BT-55': ['/BG-7/BG-8/BT-55', 'France'],
    'BT-125': ['/BG-24/0/BT-125/content', 'not*base64'],
  };

  it.each(cases)('%s (%s)', (_, term, xml, marker, words) => {
    const { invoice, findings, rejected } = read(xml);
    const [at, found] = REJECTED[term] ?? ['', ''];
    expect(rejected.get(at)).toEqual({ term, found, location: findings[0]?.location });
    expect(rejected.size).toBe(1);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      rule: 'VALUE-FORMAT',
      severity: 'fatal',
      layer: 'en16931',
      bt: [term],
      location: { line: lineOf(xml, marker) },
    });
    expect(finding?.message.fr).toContain(words);
    expect(finding?.message.fr).toMatch(new RegExp(`^${term} « `));
    expect(finding?.message.en).toMatch(new RegExp(`^${term} "`));
    if (term === 'BT-125') expect(getAt(invoice, '/BG-24/0/BT-125/content')).toBeUndefined();
    else expect(findAll(invoice, term as TermId)).toEqual([]);
  });

  it('keeps the rest of an attachment whose content is unreadable', () => {
    const { invoice } = read(cases[6]?.[2] ?? '');
    expect(invoice['BG-24']).toEqual([
      { 'BT-122': 'D', 'BT-125': { mimeCode: 'application/pdf', filename: 'a.pdf' } },
    ]);
  });

  it('points at the source element and its position', () => {
    const xml = cases[0]?.[2] ?? '';
    const { findings } = read(xml);
    expect(findings[0]?.location).toEqual({
      xpath:
        '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount',
      line: lineOf(xml, '<ram:LineTotalAmount>'),
      column: 1,
    });
  });

  it('lists findings in document order, whatever the order of the table', () => {
    // BT-5 is read before the lines, but it comes after them in the document.
    const xml = cii(
      transaction(
        '<ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeDelivery>\n<ram:BilledQuantity unitCode="C62">1 000</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery></ram:IncludedSupplyChainTradeLineItem>' +
          '<ram:ApplicableHeaderTradeSettlement>\n<ram:InvoiceCurrencyCode>Euro</ram:InvoiceCurrencyCode></ram:ApplicableHeaderTradeSettlement>',
      ),
    );
    const { findings, rejected } = read(xml);
    expect(findings.map((finding) => finding.bt)).toEqual([['BT-129'], ['BT-5']]);
    expect([...rejected.keys()]).toEqual(['/BT-5', '/BG-25/0/BT-129']);
  });

  it('canonicalises decimals without touching their fraction digits', () => {
    const { invoice } = read(
      cii(
        settlement(
          '<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount> +0012.500 </ram:LineTotalAmount><ram:GrandTotalAmount>-.5</ram:GrandTotalAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>',
        ),
      ),
    );
    expect(invoice['BG-22']).toEqual({ 'BT-106': '12.500', 'BT-112': '-0.5' });
  });
});
