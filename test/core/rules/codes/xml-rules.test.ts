import { describe, expect, it } from 'vitest';
import { CODE_LIST_RULE_IDS } from '../../../../shared/codes';
import { NS } from '../../../../shared/syntax/namespaces';
import type { ProfileSyntax } from '../../../../shared/syntax/profiles';
import { codeFindings, codeFindingsOfXml } from './run-code-rules';

/**
 * For each rule and syntax, a fragment that breaks it (exactly one finding, of that rule) and the
 * same fragment put right (no finding at all). Fragments sit directly under the root element: the
 * schematron contexts are patterns, matched wherever the element is.
 */
interface Case {
  readonly rule: string;
  readonly syntax: ProfileSyntax;
  readonly why: string;
  readonly fail: string;
  readonly pass: string;
}

const allowance = (indicator: string, reason: string) =>
  `<cac:AllowanceCharge><cbc:ChargeIndicator>${indicator}</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>${reason}</cbc:AllowanceChargeReasonCode></cac:AllowanceCharge>`;
const ciiAllowance = (indicator: string, reason: string) =>
  `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>${indicator}</udt:Indicator></ram:ChargeIndicator><ram:ReasonCode>${reason}</ram:ReasonCode></ram:SpecifiedTradeAllowanceCharge>`;
const objectRef = (scheme: string, type = '130') =>
  `<cac:AdditionalDocumentReference><cbc:ID schemeID="${scheme}">OBJ-1</cbc:ID><cbc:DocumentTypeCode>${type}</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>`;
const party = (role: string, scheme: string) =>
  `<cac:${role}><cac:Party><cac:PartyIdentification><cbc:ID schemeID="${scheme}">123</cbc:ID></cac:PartyIdentification></cac:Party></cac:${role}>`;

const CASES: readonly Case[] = [
  // ————— UBL —————
  {
    rule: 'BR-CL-01',
    syntax: 'ubl',
    why: '381 is a credit note code, not an invoice one',
    fail: '<cbc:InvoiceTypeCode>381</cbc:InvoiceTypeCode>',
    pass: '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>',
  },
  {
    rule: 'BR-CL-01',
    syntax: 'ubl',
    why: 'a credit note type code takes the credit note list',
    fail: '<cbc:CreditNoteTypeCode>380</cbc:CreditNoteTypeCode>',
    pass: '<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>',
  },
  {
    rule: 'BR-CL-03',
    syntax: 'ubl',
    why: 'currencyID outside ISO 4217',
    fail: '<cbc:PayableAmount currencyID="EURO">10.00</cbc:PayableAmount>',
    pass: '<cbc:PayableAmount currencyID="EUR">10.00</cbc:PayableAmount>',
  },
  {
    rule: 'BR-CL-03',
    syntax: 'ubl',
    why: 'an amount without currencyID (normalize-space of nothing is not in the list)',
    fail: '<cac:Price><cbc:PriceAmount>10.00</cbc:PriceAmount></cac:Price>',
    pass: '<cac:Price><cbc:PriceAmount currencyID="XPF">10.00</cbc:PriceAmount></cac:Price>',
  },
  {
    rule: 'BR-CL-04',
    syntax: 'ubl',
    why: 'lower case',
    fail: '<cbc:DocumentCurrencyCode>eur</cbc:DocumentCurrencyCode>',
    pass: '<cbc:DocumentCurrencyCode>\n  EUR  </cbc:DocumentCurrencyCode>',
  },
  {
    rule: 'BR-CL-04',
    syntax: 'ubl',
    why: 'empty',
    fail: '<cbc:DocumentCurrencyCode/>',
    pass: '<cbc:DocumentCurrencyCode>CHF</cbc:DocumentCurrencyCode>',
  },
  {
    rule: 'BR-CL-05',
    syntax: 'ubl',
    why: 'withdrawn currency',
    fail: '<cbc:TaxCurrencyCode>FRF</cbc:TaxCurrencyCode>',
    pass: '<cbc:TaxCurrencyCode>USD</cbc:TaxCurrencyCode>',
  },
  {
    rule: 'BR-CL-06',
    syntax: 'ubl',
    why: '5 is the CII code; UBL uses UNTDID 2005',
    fail: '<cac:InvoicePeriod><cbc:DescriptionCode>5</cbc:DescriptionCode></cac:InvoicePeriod>',
    pass: '<cac:InvoicePeriod><cbc:DescriptionCode>35</cbc:DescriptionCode></cac:InvoicePeriod>',
  },
  {
    rule: 'BR-CL-07',
    syntax: 'ubl',
    why: 'scheme of an invoiced object (document type 130)',
    fail: objectRef('XYZ'),
    pass: `${objectRef('AAA')}${objectRef('XYZ', '916')}`,
  },
  {
    rule: 'BR-CL-07',
    syntax: 'ubl',
    why: 'line object identifier (cac:DocumentReference)',
    fail: '<cac:InvoiceLine><cac:DocumentReference><cbc:ID schemeID="X"/><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:DocumentReference></cac:InvoiceLine>',
    pass: '<cac:InvoiceLine><cac:DocumentReference><cbc:ID schemeID="ABT"/><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:DocumentReference></cac:InvoiceLine>',
  },
  {
    rule: 'BR-CL-08',
    syntax: 'ubl',
    why: 'subject written #…# in a document note',
    fail: '<cbc:Note>#XYZ#Texte</cbc:Note>',
    pass: '<cbc:Note>#AAI#Texte</cbc:Note><cbc:Note>Sans sujet # ici</cbc:Note><cbc:Note>#ABCD#trop long</cbc:Note>',
  },
  {
    rule: 'BR-CL-08',
    syntax: 'ubl',
    why: 'BAT is in the CII list only in 1.3.16',
    fail: '<cbc:Note>#BAT#Texte</cbc:Note>',
    pass: '<cac:InvoiceLine><cbc:Note>#BAT#not a document note</cbc:Note></cac:InvoiceLine>',
  },
  {
    rule: 'BR-CL-10',
    syntax: 'ubl',
    why: 'SEPA is allowed for the seller and the payee only',
    fail: party('AccountingCustomerParty', 'SEPA'),
    pass: `${party('AccountingSupplierParty', 'SEPA')}${party('AccountingCustomerParty', '0009')}<cac:PayeeParty><cac:PartyIdentification><cbc:ID schemeID="SEPA">FR12ZZZ</cbc:ID></cac:PartyIdentification></cac:PayeeParty>`,
  },
  {
    rule: 'BR-CL-11',
    syntax: 'ubl',
    why: 'scheme of a legal registration identifier',
    fail: '<cac:PartyLegalEntity><cbc:CompanyID schemeID="SIREN">123456789</cbc:CompanyID></cac:PartyLegalEntity>',
    pass: '<cac:PartyLegalEntity><cbc:CompanyID schemeID="0002">123456789</cbc:CompanyID></cac:PartyLegalEntity>',
  },
  {
    rule: 'BR-CL-13',
    syntax: 'ubl',
    why: 'classification scheme',
    fail: '<cac:CommodityClassification><cbc:ItemClassificationCode listID="UNSPSC">1</cbc:ItemClassificationCode></cac:CommodityClassification>',
    pass: '<cac:CommodityClassification><cbc:ItemClassificationCode listID="HS">1</cbc:ItemClassificationCode></cac:CommodityClassification>',
  },
  {
    rule: 'BR-CL-14',
    syntax: 'ubl',
    why: 'UK is not the ISO code',
    fail: '<cac:Country><cbc:IdentificationCode>UK</cbc:IdentificationCode></cac:Country>',
    pass: '<cac:Country><cbc:IdentificationCode>GB</cbc:IdentificationCode></cac:Country>',
  },
  {
    rule: 'BR-CL-15',
    syntax: 'ubl',
    why: 'EU is not a country',
    fail: '<cac:OriginCountry><cbc:IdentificationCode>EU</cbc:IdentificationCode></cac:OriginCountry>',
    pass: '<cac:OriginCountry><cbc:IdentificationCode>CN</cbc:IdentificationCode></cac:OriginCountry>',
  },
  {
    rule: 'BR-CL-16',
    syntax: 'ubl',
    why: 'payment means',
    fail: '<cac:PaymentMeans><cbc:PaymentMeansCode>99</cbc:PaymentMeansCode></cac:PaymentMeans>',
    pass: '<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode></cac:PaymentMeans>',
  },
  {
    rule: 'BR-CL-17',
    syntax: 'ubl',
    why: 'VAT category',
    fail: '<cac:TaxCategory><cbc:ID>A</cbc:ID></cac:TaxCategory>',
    pass: '<cac:TaxCategory><cbc:ID>S</cbc:ID></cac:TaxCategory>',
  },
  {
    rule: 'BR-CL-18',
    syntax: 'ubl',
    why: 'line VAT category',
    fail: '<cac:ClassifiedTaxCategory><cbc:ID>VAT</cbc:ID></cac:ClassifiedTaxCategory>',
    pass: '<cac:ClassifiedTaxCategory><cbc:ID>AE</cbc:ID></cac:ClassifiedTaxCategory>',
  },
  {
    rule: 'BR-CL-19',
    syntax: 'ubl',
    why: 'FC is a charge reason, not an allowance one',
    fail: allowance('false', 'FC'),
    pass: `${allowance('false', '95')}${allowance('oui', 'FC')}`,
  },
  {
    rule: 'BR-CL-19',
    syntax: 'ubl',
    why: 'the indicator is cast to a boolean: 0 and padded false are false',
    fail: allowance(' 0 ', 'XX'),
    pass: allowance(' false ', '100'),
  },
  {
    rule: 'BR-CL-20',
    syntax: 'ubl',
    why: '95 is an allowance reason, not a charge one',
    fail: allowance('true', '95'),
    pass: allowance('1', 'FC'),
  },
  {
    rule: 'BR-CL-21',
    syntax: 'ubl',
    why: 'item standard identifier scheme',
    fail: '<cac:StandardItemIdentification><cbc:ID schemeID="GTIN">1</cbc:ID></cac:StandardItemIdentification>',
    pass: '<cac:StandardItemIdentification><cbc:ID schemeID="0160">1</cbc:ID></cac:StandardItemIdentification>',
  },
  {
    rule: 'BR-CL-22',
    syntax: 'ubl',
    why: 'VATEX codes are compared upper-cased',
    fail: '<cbc:TaxExemptionReasonCode>VATEX-EU-999</cbc:TaxExemptionReasonCode>',
    pass: '<cbc:TaxExemptionReasonCode>vatex-eu-ic</cbc:TaxExemptionReasonCode>',
  },
  {
    rule: 'BR-CL-23',
    syntax: 'ubl',
    why: 'PCE is not a UN/ECE unit',
    fail: '<cbc:InvoicedQuantity unitCode="PCE">1</cbc:InvoicedQuantity>',
    pass: '<cbc:InvoicedQuantity unitCode="H87">1</cbc:InvoicedQuantity><cbc:BaseQuantity>1</cbc:BaseQuantity>',
  },
  {
    rule: 'BR-CL-24',
    syntax: 'ubl',
    why: 'MIME codes are compared exactly',
    fail: '<cbc:EmbeddedDocumentBinaryObject mimeCode="APPLICATION/PDF" filename="a.pdf">AA==</cbc:EmbeddedDocumentBinaryObject>',
    pass: '<cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="a.pdf">AA==</cbc:EmbeddedDocumentBinaryObject>',
  },
  {
    rule: 'BR-CL-24',
    syntax: 'ubl',
    why: 'not even trimmed',
    fail: '<cbc:EmbeddedDocumentBinaryObject mimeCode=" image/png" filename="a.png">AA==</cbc:EmbeddedDocumentBinaryObject>',
    pass: '<cbc:EmbeddedDocumentBinaryObject mimeCode="image/png" filename="a.png">AA==</cbc:EmbeddedDocumentBinaryObject>',
  },
  {
    rule: 'BR-CL-25',
    syntax: 'ubl',
    why: 'electronic address scheme',
    fail: '<cbc:EndpointID schemeID="SIRET">1</cbc:EndpointID>',
    pass: '<cbc:EndpointID schemeID="0225">1</cbc:EndpointID>',
  },
  {
    rule: 'BR-CL-26',
    syntax: 'ubl',
    why: 'delivery location scheme',
    fail: '<cac:DeliveryLocation><cbc:ID schemeID="EM">1</cbc:ID></cac:DeliveryLocation>',
    pass: '<cac:DeliveryLocation><cbc:ID schemeID="0088">1</cbc:ID></cac:DeliveryLocation>',
  },

  // ————— CII —————
  {
    rule: 'BR-CL-01',
    syntax: 'cii',
    why: 'one list for invoices and credit notes',
    fail: '<rsm:ExchangedDocument><ram:TypeCode>999</ram:TypeCode></rsm:ExchangedDocument>',
    pass: '<rsm:ExchangedDocument><ram:TypeCode>381</ram:TypeCode></rsm:ExchangedDocument>',
  },
  {
    rule: 'BR-CL-03',
    syntax: 'cii',
    why: 'only the tax total carries a currency in CII',
    fail: '<ram:TaxTotalAmount currencyID="€">1</ram:TaxTotalAmount>',
    pass: '<ram:TaxTotalAmount currencyID="EUR">1</ram:TaxTotalAmount><ram:LineTotalAmount currencyID="€">1</ram:LineTotalAmount><ram:TaxTotalAmount>1</ram:TaxTotalAmount>',
  },
  {
    rule: 'BR-CL-04',
    syntax: 'cii',
    why: 'invoice currency',
    fail: '<ram:InvoiceCurrencyCode>EU</ram:InvoiceCurrencyCode>',
    pass: '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
  },
  {
    rule: 'BR-CL-05',
    syntax: 'cii',
    why: 'tax currency',
    fail: '<ram:TaxCurrencyCode>E U R</ram:TaxCurrencyCode>',
    pass: '<ram:TaxCurrencyCode>SEK</ram:TaxCurrencyCode>',
  },
  {
    rule: 'BR-CL-06',
    syntax: 'cii',
    why: '35 is the UBL code; CII uses UNTDID 2475',
    fail: '<ram:DueDateTypeCode>35</ram:DueDateTypeCode>',
    pass: '<ram:DueDateTypeCode>29</ram:DueDateTypeCode>',
  },
  {
    rule: 'BR-CL-07',
    syntax: 'cii',
    why: 'reference type code',
    fail: '<ram:ReferenceTypeCode>XXX</ram:ReferenceTypeCode>',
    pass: '<ram:ReferenceTypeCode>AAA</ram:ReferenceTypeCode>',
  },
  {
    rule: 'BR-CL-08',
    syntax: 'cii',
    why: 'note subject code',
    fail: '<ram:SubjectCode>XYZ</ram:SubjectCode>',
    pass: '<ram:SubjectCode>BAT</ram:SubjectCode>',
  },
  {
    rule: 'BR-CL-10',
    syntax: 'cii',
    why: 'no SEPA in CII; product and ship-to identifiers belong to other rules',
    fail: '<ram:SellerTradeParty><ram:GlobalID schemeID="SEPA">1</ram:GlobalID></ram:SellerTradeParty>',
    pass: '<ram:SellerTradeParty><ram:GlobalID schemeID="0088">1</ram:GlobalID></ram:SellerTradeParty><ram:SpecifiedTradeProduct><ram:ManufacturerTradeParty><ram:GlobalID schemeID="XX">1</ram:GlobalID></ram:ManufacturerTradeParty></ram:SpecifiedTradeProduct>',
  },
  {
    rule: 'BR-CL-11',
    syntax: 'cii',
    why: 'any ram:ID with a scheme, except tax registrations',
    fail: '<ram:SpecifiedLegalOrganization><ram:ID schemeID="XX">1</ram:ID></ram:SpecifiedLegalOrganization>',
    pass: '<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">1</ram:ID></ram:SpecifiedLegalOrganization><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR1</ram:ID></ram:SpecifiedTaxRegistration>',
  },
  {
    rule: 'BR-CL-11',
    syntax: 'cii',
    why: 'first matching rule wins: an origin country ID with a scheme is BR-CL-11’s',
    fail: '<ram:OriginTradeCountry><ram:ID schemeID="ZZ">FR</ram:ID></ram:OriginTradeCountry>',
    pass: '<ram:OriginTradeCountry><ram:ID schemeID="0002">XX</ram:ID></ram:OriginTradeCountry>',
  },
  {
    rule: 'BR-CL-13',
    syntax: 'cii',
    why: 'classification scheme',
    fail: '<ram:ClassCode listID="CPV">1</ram:ClassCode>',
    pass: '<ram:ClassCode listID="STI">1</ram:ClassCode><ram:ClassCode>1</ram:ClassCode>',
  },
  {
    rule: 'BR-CL-14',
    syntax: 'cii',
    why: 'country',
    fail: '<ram:CountryID>FRA</ram:CountryID>',
    pass: '<ram:CountryID>FR</ram:CountryID>',
  },
  {
    rule: 'BR-CL-15',
    syntax: 'cii',
    why: 'origin country',
    fail: '<ram:OriginTradeCountry><ram:ID>XX</ram:ID></ram:OriginTradeCountry>',
    pass: '<ram:OriginTradeCountry><ram:ID>DE</ram:ID></ram:OriginTradeCountry>',
  },
  {
    rule: 'BR-CL-16',
    syntax: 'cii',
    why: 'payment means',
    fail: '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>0</ram:TypeCode></ram:SpecifiedTradeSettlementPaymentMeans>',
    pass: '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode></ram:SpecifiedTradeSettlementPaymentMeans>',
  },
  {
    rule: 'BR-CL-17',
    syntax: 'cii',
    why: 'allowance and charge VAT category',
    fail: '<ram:CategoryTradeTax><ram:CategoryCode>H</ram:CategoryCode></ram:CategoryTradeTax>',
    pass: '<ram:CategoryTradeTax><ram:CategoryCode>Z</ram:CategoryCode></ram:CategoryTradeTax>',
  },
  {
    rule: 'BR-CL-18',
    syntax: 'cii',
    why: 'applicable trade tax category',
    fail: '<ram:ApplicableTradeTax><ram:CategoryCode>s</ram:CategoryCode></ram:ApplicableTradeTax>',
    pass: '<ram:ApplicableTradeTax><ram:CategoryCode>S</ram:CategoryCode></ram:ApplicableTradeTax>',
  },
  {
    rule: 'BR-CL-19',
    syntax: 'cii',
    why: 'allowance reason',
    fail: ciiAllowance('false', 'FC'),
    pass: ciiAllowance('false', '95'),
  },
  {
    rule: 'BR-CL-20',
    syntax: 'cii',
    why: 'charge reason',
    fail: ciiAllowance('true', '95'),
    pass: `${ciiAllowance('true', 'FC')}${ciiAllowance('vrai', '95')}`,
  },
  {
    rule: 'BR-CL-21',
    syntax: 'cii',
    why: 'product identifier scheme',
    fail: '<ram:SpecifiedTradeProduct><ram:GlobalID schemeID="GTIN">1</ram:GlobalID></ram:SpecifiedTradeProduct>',
    pass: '<ram:SpecifiedTradeProduct><ram:GlobalID schemeID="0160">1</ram:GlobalID></ram:SpecifiedTradeProduct>',
  },
  {
    rule: 'BR-CL-22',
    syntax: 'cii',
    why: 'exemption reason code',
    fail: '<ram:ExemptionReasonCode>ART-261</ram:ExemptionReasonCode>',
    pass: '<ram:ExemptionReasonCode>VATEX-EU-AE</ram:ExemptionReasonCode>',
  },
  {
    rule: 'BR-CL-23',
    syntax: 'cii',
    why: 'unit code',
    fail: '<ram:BilledQuantity unitCode="h87">1</ram:BilledQuantity>',
    pass: '<ram:BilledQuantity unitCode="H87">1</ram:BilledQuantity><ram:BasisQuantity unitCode="C62">1</ram:BasisQuantity>',
  },
  {
    rule: 'BR-CL-24',
    syntax: 'cii',
    why: 'attachment MIME code',
    fail: '<ram:AttachmentBinaryObject mimeCode="application/xml" filename="a.xml">AA==</ram:AttachmentBinaryObject>',
    pass: '<ram:AttachmentBinaryObject mimeCode="text/csv" filename="a.csv">AA==</ram:AttachmentBinaryObject>',
  },
  {
    rule: 'BR-CL-25',
    syntax: 'cii',
    why: 'electronic address scheme',
    fail: '<ram:URIUniversalCommunication><ram:URIID schemeID="em">a@b.fr</ram:URIID></ram:URIUniversalCommunication>',
    pass: '<ram:URIUniversalCommunication><ram:URIID schemeID="EM">a@b.fr</ram:URIID></ram:URIUniversalCommunication>',
  },
  {
    rule: 'BR-CL-26',
    syntax: 'cii',
    why: 'header ship-to location scheme',
    fail: '<ram:ApplicableHeaderTradeDelivery><ram:ShipToTradeParty><ram:GlobalID schemeID="EM">1</ram:GlobalID></ram:ShipToTradeParty></ram:ApplicableHeaderTradeDelivery>',
    pass: '<ram:ApplicableHeaderTradeDelivery><ram:ShipToTradeParty><ram:GlobalID schemeID="0088">1</ram:GlobalID></ram:ShipToTradeParty></ram:ApplicableHeaderTradeDelivery>',
  },
];

describe('BR-CL rules on XML', () => {
  describe.each(CASES)('$rule ($syntax): $why', ({ rule, syntax, fail, pass }) => {
    it('reports the wrong value', () => {
      expect(codeFindings(syntax, fail).map((f) => f.rule)).toEqual([rule]);
    });
    it('accepts the right one', () => {
      expect(codeFindings(syntax, pass)).toEqual([]);
    });
  });

  it('has a failing and a passing case for every rule in each syntax', () => {
    const covered = new Set(CASES.map((c) => `${c.rule} ${c.syntax}`));
    for (const syntax of ['ubl', 'cii'] as const) {
      for (const rule of CODE_LIST_RULE_IDS) expect(covered, rule).toContain(`${rule} ${syntax}`);
    }
  });

  it('reports every offending node, with its place', () => {
    const lines = ['C62', 'PCE', 'UNIT']
      .map(
        (unit) =>
          `<cac:InvoiceLine><cbc:InvoicedQuantity unitCode="${unit}">1</cbc:InvoicedQuantity></cac:InvoiceLine>`,
      )
      .join('');
    const findings = codeFindings('ubl', lines);
    expect(findings.map((f) => f.location?.xpath)).toEqual([
      '/ubl:Invoice/cac:InvoiceLine[2]/cbc:InvoicedQuantity/@unitCode',
      '/ubl:Invoice/cac:InvoiceLine[3]/cbc:InvoicedQuantity/@unitCode',
    ]);
  });

  it('checks credit notes with the credit note list', () => {
    const creditNote = (code: string) =>
      `<CreditNote xmlns="${NS.cn}" xmlns:cbc="${NS.cbc}"><cbc:CreditNoteTypeCode>${code}</cbc:CreditNoteTypeCode><cbc:Note>#XYZ#</cbc:Note></CreditNote>`;
    expect(codeFindingsOfXml(creditNote('380')).map((f) => f.rule)).toEqual([
      'BR-CL-01',
      'BR-CL-08',
    ]);
    expect(codeFindingsOfXml(creditNote('381')).map((f) => f.rule)).toEqual(['BR-CL-08']);
  });
});
