import { describe, expect, it } from 'vitest';
import { parseInvoiceJson } from '../../../../shared/model';
import { readUbl } from '../../../../shared/syntax/ubl/read';
import { ubl } from './documents';

describe('values the model cannot hold', () => {
  const result = readUbl(
    ubl(`<cbc:ID>F-1</cbc:ID>
<cbc:IssueDate>2024-02-30</cbc:IssueDate>
<cbc:DueDate>2024-03-31+01:00</cbc:DueDate>
<cbc:DocumentCurrencyCode>eur</cbc:DocumentCurrencyCode>
<cac:AccountingSupplierParty><cac:Party><cac:PostalAddress><cac:Country>
  <cbc:IdentificationCode>France</cbc:IdentificationCode></cac:Country></cac:PostalAddress></cac:Party></cac:AccountingSupplierParty>
<cac:AdditionalDocumentReference><cbc:ID>A-1</cbc:ID><cac:Attachment>
  <cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="a.pdf">not base64!</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>
<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">1 234,50</cbc:PayableAmount></cac:LegalMonetaryTotal>
<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">1e3</cbc:InvoicedQuantity></cac:InvoiceLine>`),
  );

  it('are left out, the rest of the document read', () => {
    expect(result.invoice).toEqual({
      'BT-1': 'F-1',
      'BT-9': '2024-03-31',
      'BG-4': { 'BG-5': {} },
      'BG-22': {},
      'BG-24': [{ 'BT-122': 'A-1', 'BT-125': { mimeCode: 'application/pdf', filename: 'a.pdf' } }],
      'BG-25': [{ 'BT-126': '1', 'BT-130': 'C62' }],
    });
    expect(parseInvoiceJson(result.invoice).ok).toBe(true);
  });

  it('are each reported as VALUE-FORMAT with the term, the value and the element, in document order', () => {
    expect(
      result.findings.map((f) => [
        f.rule,
        f.severity,
        f.layer,
        f.bt,
        f.location?.line,
        f.location?.xpath,
      ]),
    ).toEqual([
      ['VALUE-FORMAT', 'fatal', 'en16931', ['BT-2'], 2, '/ubl:Invoice/cbc:IssueDate'],
      ['VALUE-FORMAT', 'fatal', 'en16931', ['BT-5'], 4, '/ubl:Invoice/cbc:DocumentCurrencyCode'],
      [
        'VALUE-FORMAT',
        'fatal',
        'en16931',
        ['BT-40'],
        6,
        '/ubl:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode',
      ],
      [
        'VALUE-FORMAT',
        'fatal',
        'en16931',
        ['BT-125'],
        8,
        '/ubl:Invoice/cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject',
      ],
      [
        'VALUE-FORMAT',
        'fatal',
        'en16931',
        ['BT-115'],
        9,
        '/ubl:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount',
      ],
      [
        'VALUE-FORMAT',
        'fatal',
        'en16931',
        ['BT-129'],
        10,
        '/ubl:Invoice/cac:InvoiceLine/cbc:InvoicedQuantity',
      ],
    ]);
    expect(result.findings[0]?.location?.column).toBe(1);
  });

  it('name the term in plain words and quote the value, in French and English', () => {
    expect(result.findings[0]?.message).toEqual({
      fr: "BT-2 Date d'émission de la facture : « 2024-02-30 » n'est pas une date valide au format AAAA-MM-JJ ; la valeur est ignorée.",
      en: 'BT-2 Invoice issue date: "2024-02-30" is not a valid date written YYYY-MM-DD; the value is ignored.',
    });
    expect(result.findings[4]?.message.fr).toContain('« 1 234,50 »');
    expect(result.findings[4]?.message.en).toContain('Amount due for payment');
  });

  it('are kept apart by JSON pointer, so a presence rule can still see them', () => {
    expect([...result.rejected.keys()].sort()).toEqual([
      '/BG-22/BT-115',
      '/BG-24/0/BT-125/content',
      '/BG-25/0/BT-129',
      '/BG-4/BG-5/BT-40',
      '/BT-2',
      '/BT-5',
    ]);
    expect(result.rejected.get('/BG-22/BT-115')).toMatchObject({
      term: 'BT-115',
      found: '1 234,50',
      location: { line: 9, xpath: '/ubl:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount' },
    });
  });
});

describe('values in the lexical forms the schema allows', () => {
  it('become the model’s canonical forms without a finding', () => {
    const { invoice, findings } = readUbl(
      ubl(`<cbc:IssueDate> 2024-02-29Z </cbc:IssueDate><cbc:TaxPointDate>2024-01-31-05:00</cbc:TaxPointDate>
        <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR"> +0012.50 </cbc:LineExtensionAmount>
        <cbc:PayableAmount currencyID="EUR">.5</cbc:PayableAmount><cbc:PrepaidAmount currencyID="EUR">-0.00</cbc:PrepaidAmount></cac:LegalMonetaryTotal>
        <cac:AdditionalDocumentReference><cbc:ID>A</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode=" text/csv " filename="a.csv">
          QUJD
          REVG
        </cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>`),
    );
    expect(findings).toEqual([]);
    expect(invoice).toEqual({
      'BT-2': '2024-02-29',
      'BT-7': '2024-01-31',
      'BG-22': { 'BT-106': '12.50', 'BT-113': '-0.00', 'BT-115': '0.5' },
      'BG-24': [
        {
          'BT-122': 'A',
          'BT-125': { mimeCode: 'text/csv', filename: 'a.csv', content: 'QUJDREVG' },
        },
      ],
    });
  });

  it('an identifier needs its text: a scheme alone gives no identifier', () => {
    const { invoice, findings } = readUbl(
      ubl(
        '<cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0225"/></cac:Party></cac:AccountingSupplierParty>',
      ),
    );
    expect(invoice).toEqual({ 'BG-4': {} });
    expect(findings).toEqual([]);
  });
});
