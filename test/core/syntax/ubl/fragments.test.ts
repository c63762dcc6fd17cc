import { describe, expect, it } from 'vitest';
import { readUbl } from '../../../../shared/syntax/ubl/read';
import { ubl } from './documents';

const read = (body: string, root: 'Invoice' | 'CreditNote' = 'Invoice') => readUbl(ubl(body, root));
const vat = '<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>';

describe('groups and terms as the document has them', () => {
  it('keeps a group whose element is present, even empty', () => {
    const { invoice } = read(
      '<cac:AccountingSupplierParty/><cac:Delivery/><cac:PaymentMeans/><cac:LegalMonetaryTotal/>' +
        '<cac:AdditionalDocumentReference/><cac:InvoiceLine><cac:Item/><cac:Price/></cac:InvoiceLine>',
    );
    expect(invoice).toEqual({
      'BG-4': {},
      'BG-13': {},
      'BG-16': {},
      'BG-22': {},
      'BG-24': [{}],
      'BG-25': [{ 'BG-29': {}, 'BG-31': {} }],
    });
  });

  it('leaves out empty and blank elements', () => {
    const { invoice, findings } = read(
      '<cbc:ID/><cbc:IssueDate> </cbc:IssueDate><cbc:BuyerReference>\u00a0</cbc:BuyerReference>' +
        '<cbc:DocumentCurrencyCode>\n</cbc:DocumentCurrencyCode>',
    );
    expect(invoice).toEqual({});
    expect(findings).toEqual([]);
  });

  it('takes the first of duplicated 0..1 elements', () => {
    const { invoice } = read(
      '<cbc:IssueDate>2024-01-02</cbc:IssueDate><cbc:IssueDate>2024-01-03</cbc:IssueDate>' +
        '<cac:ContractDocumentReference><cbc:ID>C1</cbc:ID></cac:ContractDocumentReference>' +
        '<cac:ContractDocumentReference><cbc:ID>C2</cbc:ID></cac:ContractDocumentReference>' +
        '<cac:Delivery><cbc:ActualDeliveryDate>2024-01-05</cbc:ActualDeliveryDate></cac:Delivery>' +
        '<cac:Delivery><cbc:ActualDeliveryDate>2024-01-06</cbc:ActualDeliveryDate></cac:Delivery>',
    );
    expect(invoice).toEqual({
      'BT-2': '2024-01-02',
      'BT-12': 'C1',
      'BG-13': { 'BT-72': '2024-01-05' },
    });
  });

  it('has process control only when one of its terms is there', () => {
    expect(read('<cbc:ID>F1</cbc:ID>').invoice).toEqual({ 'BT-1': 'F1' });
    const { invoice, sources } = read('<cbc:ProfileID>M1</cbc:ProfileID>');
    expect(invoice).toEqual({ 'BG-2': { 'BT-23': 'M1' } });
    expect(sources.get('/BG-2')?.xpath).toBe('/ubl:Invoice/cbc:ProfileID');
  });

  it('trims codes and keeps text as written inside', () => {
    const { invoice } = read(
      '<cbc:InvoiceTypeCode> 380 </cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>\n EUR\n</cbc:DocumentCurrencyCode>' +
        '<cbc:BuyerReference>  Service  A </cbc:BuyerReference>',
    );
    expect(invoice).toEqual({ 'BT-3': '380', 'BT-5': 'EUR', 'BT-10': 'Service  A' });
  });
});

describe('the schematron filters', () => {
  it('tells the VAT number from another tax registration by the upper-cased tax scheme', () => {
    const party = (schemes: string) =>
      `<cac:AccountingSupplierParty><cac:Party>${schemes}</cac:Party></cac:AccountingSupplierParty>`;
    const scheme = (company: string, id?: string) =>
      `<cac:PartyTaxScheme><cbc:CompanyID>${company}</cbc:CompanyID>${
        id === undefined ? '' : `<cac:TaxScheme><cbc:ID>${id}</cbc:ID></cac:TaxScheme>`
      }</cac:PartyTaxScheme>`;
    expect(read(party(scheme('FR1', ' vat ') + scheme('F-SKATT', 'TAX'))).invoice['BG-4']).toEqual({
      'BT-31': 'FR1',
      'BT-32': 'F-SKATT',
    });
    expect(read(party(scheme('FR1'))).invoice['BG-4']).toEqual({});
  });

  it('keeps only VAT categories in allowances, charges, breakdown and lines', () => {
    const { invoice } = read(
      `<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">5</cbc:Amount>
        <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent></cac:TaxCategory></cac:AllowanceCharge>
      <cac:TaxTotal><cac:TaxSubtotal><cac:TaxCategory><cbc:ID>E</cbc:ID><cac:TaxScheme><cbc:ID>GST</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
        <cac:TaxSubtotal><cac:TaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>0</cbc:Percent>${vat}</cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
      <cac:InvoiceLine><cac:Item><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID></cac:ClassifiedTaxCategory></cac:Item></cac:InvoiceLine>
      <cac:InvoiceLine><cac:Item><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent>${vat}</cac:ClassifiedTaxCategory></cac:Item></cac:InvoiceLine>`,
    );
    expect(invoice['BG-20']).toEqual([{ 'BT-92': '5' }]);
    expect(invoice['BG-23']).toEqual([{}, { 'BT-118': 'Z', 'BT-119': '0' }]);
    expect(invoice['BG-25']).toEqual([
      { 'BG-31': {} },
      { 'BG-30': { 'BT-151': 'S', 'BT-152': '20' }, 'BG-31': {} },
    ]);
  });

  it('sorts allowances from charges as XPath compares the indicator with a boolean', () => {
    const allowanceCharge = (indicator: string, amount: string) =>
      `<cac:AllowanceCharge><cbc:ChargeIndicator>${indicator}</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">${amount}</cbc:Amount></cac:AllowanceCharge>`;
    const { invoice, findings } = read(
      allowanceCharge('false', '1') +
        allowanceCharge(' false\n', '2') +
        allowanceCharge('0', '3') +
        allowanceCharge('true', '4') +
        allowanceCharge('1', '5') +
        allowanceCharge('False', '6') +
        '<cac:AllowanceCharge><cbc:Amount currencyID="EUR">7</cbc:Amount></cac:AllowanceCharge>' +
        `<cac:InvoiceLine>${allowanceCharge('false', '8')}${allowanceCharge('TRUE', '9')}${allowanceCharge(' true ', '10')}</cac:InvoiceLine>`,
    );
    expect(invoice['BG-20']).toEqual([{ 'BT-92': '1' }, { 'BT-92': '2' }, { 'BT-92': '3' }]);
    expect(invoice['BG-21']).toEqual([{ 'BT-99': '4' }, { 'BT-99': '5' }]);
    expect(invoice['BG-25']).toEqual([
      { 'BG-27': [{ 'BT-136': '8' }], 'BG-28': [{ 'BT-141': '10' }] },
    ]);
    // "False" and "TRUE" are not xs:boolean values; a missing indicator is the schema's finding.
    expect(findings.map((f) => [f.rule, f.bt, f.location?.xpath])).toEqual([
      [
        'VALUE-FORMAT',
        ['BG-20', 'BG-21'],
        '/ubl:Invoice/cac:AllowanceCharge[6]/cbc:ChargeIndicator',
      ],
      [
        'VALUE-FORMAT',
        ['BG-27', 'BG-28'],
        '/ubl:Invoice/cac:InvoiceLine/cac:AllowanceCharge[2]/cbc:ChargeIndicator',
      ],
    ]);
    expect(findings[0]?.message.fr).toContain('« False »');
  });

  it('takes the SEPA creditor identifier (BT-90) out of the party identifiers', () => {
    const { invoice, sources } = read(
      `<cac:AccountingSupplierParty><cac:Party>
        <cac:PartyIdentification><cbc:ID schemeID="SEPA">FR12ZZZ123456</cbc:ID></cac:PartyIdentification>
        <cac:PartyIdentification><cbc:ID schemeID="0009">12345678900017</cbc:ID></cac:PartyIdentification>
      </cac:Party></cac:AccountingSupplierParty>`,
    );
    expect(invoice).toEqual({
      'BG-4': { 'BT-29': [{ id: '12345678900017', scheme: '0009' }] },
      'BG-16': { 'BG-19': { 'BT-90': 'FR12ZZZ123456' } },
    });
    const located =
      '/ubl:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyIdentification[1]/cbc:ID';
    expect(sources.get('/BG-16')?.xpath).toBe(located);
    expect(sources.get('/BG-16/BG-19/BT-90')?.xpath).toBe(located);
  });

  it("reads the payee's SEPA identifier into the direct debit of the payment means", () => {
    const { invoice } = read(
      `<cac:PayeeParty><cac:PartyIdentification><cbc:ID schemeID="SEPA">DE98ZZZ09999999999</cbc:ID></cac:PartyIdentification>
        <cac:PartyName><cbc:Name>Factor</cbc:Name></cac:PartyName></cac:PayeeParty>
      <cac:PaymentMeans><cbc:PaymentMeansCode>59</cbc:PaymentMeansCode>
        <cac:PaymentMandate><cbc:ID>MANDATE-1</cbc:ID><cac:PayerFinancialAccount><cbc:ID>DE75512108001245126199</cbc:ID></cac:PayerFinancialAccount></cac:PaymentMandate>
      </cac:PaymentMeans>`,
    );
    expect(invoice).toEqual({
      'BG-10': { 'BT-59': 'Factor' },
      'BG-16': {
        'BT-81': '59',
        'BG-19': {
          'BT-89': 'MANDATE-1',
          'BT-90': 'DE98ZZZ09999999999',
          'BT-91': 'DE75512108001245126199',
        },
      },
    });
  });

  it('reads a card payment', () => {
    const { invoice } = read(
      `<cac:PaymentMeans><cbc:PaymentMeansCode name="Card">54</cbc:PaymentMeansCode><cbc:PaymentID>R-1</cbc:PaymentID>
        <cac:CardAccount><cbc:PrimaryAccountNumberID>1234</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID><cbc:HolderName>J. Doe</cbc:HolderName></cac:CardAccount>
      </cac:PaymentMeans>`,
    );
    expect(invoice['BG-16']).toEqual({
      'BT-81': '54',
      'BT-82': 'Card',
      'BT-83': 'R-1',
      'BG-18': { 'BT-87': '1234', 'BT-88': 'J. Doe' },
    });
  });

  it('tells references of type 130 (BT-18) and, in a credit note, 50 (BT-11) from supporting documents', () => {
    const references =
      '<cac:AdditionalDocumentReference><cbc:ID schemeID="AAB">OBJ-1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>' +
      '<cac:AdditionalDocumentReference><cbc:ID>PRJ-1</cbc:ID><cbc:DocumentTypeCode>50</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>' +
      '<cac:AdditionalDocumentReference><cbc:ID>DOC-1</cbc:ID><cbc:DocumentTypeCode> 130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>';
    expect(read(references).invoice).toEqual({
      'BT-18': { id: 'OBJ-1', scheme: 'AAB' },
      // In an Invoice, type 50 is not a project (UBL-SR-43 refuses it): a supporting document.
      // The schematron compares the type code as written: " 130" is not 130.
      'BG-24': [{ 'BT-122': 'PRJ-1' }, { 'BT-122': 'DOC-1' }],
    });
    expect(read(references, 'CreditNote').invoice).toEqual({
      'BT-11': 'PRJ-1',
      'BT-18': { id: 'OBJ-1', scheme: 'AAB' },
      'BG-24': [{ 'BT-122': 'DOC-1' }],
    });
  });

  it('reads the invoiced object of a line only from a reference of type 130', () => {
    const { invoice } = read(
      `<cac:InvoiceLine><cac:DocumentReference><cbc:ID schemeID="ABZ">L-OBJ</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:DocumentReference></cac:InvoiceLine>
      <cac:InvoiceLine><cac:DocumentReference><cbc:ID>OTHER</cbc:ID></cac:DocumentReference></cac:InvoiceLine>`,
    );
    expect(invoice['BG-25']).toEqual([{ 'BT-128': { id: 'L-OBJ', scheme: 'ABZ' } }, {}]);
  });

  it('tells the total VAT (BT-110) from the one in accounting currency (BT-111) by currency', () => {
    const { invoice } = read(
      `<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cbc:TaxCurrencyCode>SEK</cbc:TaxCurrencyCode>
      <cac:TaxTotal><cbc:TaxAmount currencyID="SEK">1000</cbc:TaxAmount></cac:TaxTotal>
      <cac:TaxTotal><cbc:TaxAmount currencyID="USD">7</cbc:TaxAmount></cac:TaxTotal>
      <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">95.00</cbc:TaxAmount>
        <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">475</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">95.00</cbc:TaxAmount></cac:TaxSubtotal></cac:TaxTotal>`,
    );
    expect(invoice).toEqual({
      'BT-5': 'EUR',
      'BT-6': 'SEK',
      'BG-22': { 'BT-110': '95.00', 'BT-111': '1000' },
      'BG-23': [{ 'BT-116': '475', 'BT-117': '95.00' }],
    });
    // Without BT-5 and BT-6, no amount can be told to be either.
    expect(
      read('<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">1</cbc:TaxAmount></cac:TaxTotal>')
        .invoice,
    ).toEqual({});
  });

  it('puts the document invoicing period in the delivery group, unless it only holds BT-8', () => {
    expect(
      read('<cac:InvoicePeriod><cbc:DescriptionCode>35</cbc:DescriptionCode></cac:InvoicePeriod>')
        .invoice,
    ).toEqual({
      'BT-8': '35',
    });
    expect(read('<cac:InvoicePeriod/>').invoice).toEqual({ 'BG-13': { 'BG-14': {} } });
    const { invoice, sources } = read(
      '<cac:InvoicePeriod><cbc:StartDate>2024-01-01</cbc:StartDate><cbc:DescriptionCode>3</cbc:DescriptionCode></cac:InvoicePeriod>' +
        '<cac:Delivery><cac:DeliveryLocation><cac:Address><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation></cac:Delivery>',
    );
    expect(invoice).toEqual({
      'BT-8': '3',
      'BG-13': { 'BG-14': { 'BT-73': '2024-01-01' }, 'BG-15': { 'BT-80': 'FR' } },
    });
    expect(sources.get('/BG-13')?.xpath).toBe('/ubl:Invoice/cac:Delivery');
    expect(sources.get('/BG-13/BG-14')?.xpath).toBe('/ubl:Invoice/cac:InvoicePeriod');
  });
});

describe('invoice notes', () => {
  it('splits the subject code written #CODE# off the note text', () => {
    const { invoice } = read(
      '<cbc:Note>#PMT#Indemnité forfaitaire de 40 €</cbc:Note>' +
        '<cbc:Note>#PMD# Pénalités : 3 fois le taux légal </cbc:Note>' +
        '<cbc:Note>#AAB#</cbc:Note>' +
        '<cbc:Note>Livraison #2# en cours</cbc:Note>' +
        '<cbc:Note># TXD#MEMBRE_ASSUJETTI_UNIQUE</cbc:Note>' +
        '<cbc:Note/>',
    );
    expect(invoice['BG-1']).toEqual([
      { 'BT-21': 'PMT', 'BT-22': 'Indemnité forfaitaire de 40 €' },
      { 'BT-21': 'PMD', 'BT-22': 'Pénalités : 3 fois le taux légal' },
      { 'BT-21': 'AAB' },
      { 'BT-22': 'Livraison #2# en cours' },
      { 'BT-22': '# TXD#MEMBRE_ASSUJETTI_UNIQUE' },
      {},
    ]);
  });
});

describe('credit notes', () => {
  it('read their own element names and the due date of the payment means', () => {
    const { invoice } = read(
      `<cbc:ID>AV-1</cbc:ID><cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
      <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>2024-03-31</cbc:PaymentDueDate></cac:PaymentMeans>
      <cac:CreditNoteLine><cbc:ID>1</cbc:ID><cbc:CreditedQuantity unitCode="C62">-2</cbc:CreditedQuantity></cac:CreditNoteLine>
      <cac:InvoiceLine><cbc:ID>not a credit note line</cbc:ID></cac:InvoiceLine>`,
      'CreditNote',
    );
    expect(invoice).toEqual({
      'BT-1': 'AV-1',
      'BT-3': '381',
      'BT-9': '2024-03-31',
      'BG-16': { 'BT-81': '30' },
      'BG-25': [{ 'BT-126': '1', 'BT-129': '-2', 'BT-130': 'C62' }],
    });
  });

  it('an invoice ignores the payment means due date and the credit note names', () => {
    const { invoice } = read(
      `<cbc:DueDate>2024-04-30</cbc:DueDate><cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
      <cac:PaymentMeans><cbc:PaymentDueDate>2024-03-31</cbc:PaymentDueDate></cac:PaymentMeans>`,
    );
    expect(invoice).toEqual({ 'BT-9': '2024-04-30', 'BG-16': {} });
  });
});

describe('line details', () => {
  it('reads price details, line period, allowances and item attributes', () => {
    const { invoice } = read(
      `<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="KGM">+012.500</cbc:InvoicedQuantity>
        <cbc:LineExtensionAmount currencyID="EUR">45.00</cbc:LineExtensionAmount><cbc:AccountingCost>6011</cbc:AccountingCost>
        <cac:InvoicePeriod><cbc:StartDate>2024-02-01</cbc:StartDate><cbc:EndDate>2024-02-29</cbc:EndDate></cac:InvoicePeriod>
        <cac:OrderLineReference><cbc:LineID>7</cbc:LineID></cac:OrderLineReference>
        <cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>
          <cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric><cbc:Amount currencyID="EUR">5.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">50.00</cbc:BaseAmount></cac:AllowanceCharge>
        <cac:Item><cbc:Name>Café</cbc:Name><cac:OriginCountry><cbc:IdentificationCode>BR</cbc:IdentificationCode></cac:OriginCountry>
          <cac:CommodityClassification><cbc:ItemClassificationCode listID="HS" listVersionID="2022">090121</cbc:ItemClassificationCode></cac:CommodityClassification>
          <cac:AdditionalItemProperty><cbc:Name>Origine</cbc:Name><cbc:Value>Minas Gerais</cbc:Value></cac:AdditionalItemProperty></cac:Item>
        <cac:Price><cbc:PriceAmount currencyID="EUR">4.00</cbc:PriceAmount><cbc:BaseQuantity unitCode="KGM">1</cbc:BaseQuantity>
          <cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">0.50</cbc:Amount><cbc:BaseAmount currencyID="EUR">4.50</cbc:BaseAmount></cac:AllowanceCharge></cac:Price>
      </cac:InvoiceLine>`,
    );
    expect(invoice['BG-25']).toEqual([
      {
        'BT-126': '1',
        'BT-129': '12.500',
        'BT-130': 'KGM',
        'BT-131': '45.00',
        'BT-132': '7',
        'BT-133': '6011',
        'BG-26': { 'BT-134': '2024-02-01', 'BT-135': '2024-02-29' },
        'BG-27': [{ 'BT-136': '5.00', 'BT-137': '50.00', 'BT-138': '10', 'BT-140': '95' }],
        'BG-29': {
          'BT-146': '4.00',
          'BT-147': '0.50',
          'BT-148': '4.50',
          'BT-149': '1',
          'BT-150': 'KGM',
        },
        'BG-31': {
          'BT-153': 'Café',
          'BT-158': [{ id: '090121', scheme: 'HS', version: '2022' }],
          'BT-159': 'BR',
          'BG-32': [{ 'BT-160': 'Origine', 'BT-161': 'Minas Gerais' }],
        },
      },
    ]);
  });
});
