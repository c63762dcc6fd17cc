import { describe, expect, it } from 'vitest';
import { readUbl } from '../../../../shared/syntax/ubl/read';
import { parseFixture } from './documents';

/**
 * Peppol BIS Billing 3.0 "maximum content" samples of the official suite: nearly every term of
 * the norm. The expected model was written by reading the XML, element by element.
 */
describe('Invoice-Max_content.xml, hand-checked', () => {
  const document = parseFixture('unit-tests/testfiles/Invoice-Max_content.xml');
  const result = readUbl(document);

  it('gives the whole model', () => {
    expect(result.invoice).toEqual({
      'BT-1': '2018210',
      'BT-2': '2018-02-08',
      'BT-3': '380',
      'BT-5': 'SEK',
      'BT-6': 'EUR',
      'BT-7': '2018-02-08',
      'BT-9': '2018-03-07',
      'BT-10': 'Buyer reference',
      'BT-11': 'Project 99',
      'BT-12': '2017-123',
      'BT-13': '20180117',
      'BT-14': 'INK/0117/JM',
      'BT-15': 'Receipt_advice 01-07',
      'BT-16': 'Despatch_advice Feb 01-07',
      'BT-17': 'Tender 2017-12, lot no. 3',
      'BT-18': { id: 'ABC123', scheme: 'VT' },
      'BT-19': 'BES, 87392',
      'BT-20': '30 days net. Penalty rate 12 %\nLine break should be respected here.',
      'BG-1': [{ 'BT-22': 'Document level Note\nLine break should be respected here.' }],
      'BG-2': {
        'BT-23': 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
        'BT-24': 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
      },
      'BG-3': [
        { 'BT-25': 'Preceding invoice no.1', 'BT-26': '2018-01-31' },
        { 'BT-25': 'Preceding invoice no.2' },
      ],
      'BG-4': {
        'BT-27': 'The Global Chain Sweden AB',
        'BT-28': 'Global Trade Chain',
        'BT-29': [{ id: '7350000001204', scheme: '0088' }, { id: 'BilateralID' }],
        'BT-30': { id: '1234567890', scheme: '0007' },
        'BT-31': 'SE123456789001',
        'BT-32': 'Godkänd för F-skatt',
        'BT-33': 'Säte: Big CIty',
        'BT-34': { id: '1234567890', scheme: '0007' },
        'BG-5': {
          'BT-35': 'Streetname-line1',
          'BT-36': 'AddStreetname-line2',
          'BT-162': 'Address-line3',
          'BT-37': 'Big City',
          'BT-38': '11122',
          'BT-39': 'Delstat A',
          'BT-40': 'SE',
        },
        'BG-6': { 'BT-41': 'A Persson', 'BT-42': '0201234567', 'BT-43': 'info@UCS.se' },
      },
      'BG-7': {
        'BT-44': 'Project services AB',
        'BT-45': 'Project Services',
        'BT-46': { id: '7350000001228', scheme: '0088' },
        'BT-47': { id: '1234512345', scheme: '0007' },
        'BT-48': 'SE123451234501',
        'BT-49': { id: '1234512345', scheme: '0007' },
        'BG-8': {
          'BT-50': 'Gata (rad1)',
          'BT-51': 'Box 8 (rad2)',
          'BT-163': 'Building 4 (rad3)',
          'BT-52': 'Motown',
          'BT-53': '10203',
          'BT-54': 'Delstat B',
          'BT-55': 'SE',
        },
        'BG-9': {
          'BT-56': 'B. E. Ställman',
          'BT-57': '070123456',
          'BT-58': 'B.E.Stallman@projekttjanst.se',
        },
      },
      'BG-10': {
        'BT-59': 'Finansiell Support u.p.a.',
        'BT-60': { id: '7350053850019', scheme: '0088' },
        'BT-61': { id: '5566778899', scheme: '0007' },
      },
      'BG-11': {
        'BT-62': 'Tax Administrators Inc.',
        'BT-63': 'SE998877665501',
        'BG-12': {
          'BT-64': 'TaxREP Streetname-line1',
          'BT-65': 'TaxREP AddStreetname-line2',
          'BT-164': 'TaxREP-line3',
          'BT-66': 'TaxREP Village',
          'BT-67': 'TaxREP 98765',
          'BT-68': 'TaxREP State A',
          'BT-69': 'SE',
        },
      },
      'BG-13': {
        'BT-70': 'Deliver-to Name A.S.',
        'BT-71': { id: '7350000001211', scheme: '0088' },
        'BT-72': '2017-12-01',
        'BG-14': { 'BT-73': '2018-02-01', 'BT-74': '2018-02-07' },
        'BG-15': {
          'BT-75': 'DELIV Streetname-line1',
          'BT-76': 'DELIV AddStreetname-line2',
          'BT-165': 'DELIV-line3',
          'BT-77': 'DELIV Town',
          'BT-78': 'DELIV 90807',
          'BT-79': 'DELIV Delstat C',
          'BT-80': 'SE',
        },
      },
      'BG-16': {
        'BT-81': '30',
        'BT-82': 'Credit transfer',
        'BT-83': '1800355',
        'BG-17': [
          {
            'BT-84': 'SE1212341234123412341234',
            'BT-85': 'Name-of-account_A (normally not used in Sweden)',
            'BT-86': 'BANKSBIC',
          },
          {
            'BT-84': '12341234567',
            'BT-85': 'Name-of-account_B (normally not used in Sweden)',
            'BT-86': 'BANKSBIC',
          },
          { 'BT-84': '1112222', 'BT-86': 'SE:BANKGIRO' },
          { 'BT-84': '121212', 'BT-86': 'SE:PLUSGIRO' },
        ],
      },
      'BG-20': [
        {
          'BT-92': '0',
          'BT-93': '0',
          'BT-94': '0',
          'BT-95': 'E',
          'BT-96': '0',
          'BT-97': 'Discount',
          'BT-98': '95',
        },
      ],
      'BG-21': [
        {
          'BT-99': '0',
          'BT-100': '0',
          'BT-101': '0',
          'BT-102': 'E',
          'BT-103': '0',
          'BT-104': 'Warehousing',
          'BT-105': 'WH',
        },
      ],
      'BG-22': {
        'BT-106': '10000',
        'BT-107': '0',
        'BT-108': '0',
        'BT-109': '10000',
        'BT-110': '2500',
        'BT-111': '249',
        'BT-112': '12500',
        'BT-113': '0',
        'BT-114': '0',
        'BT-115': '12500',
      },
      'BG-23': [
        { 'BT-116': '10000', 'BT-117': '2500', 'BT-118': 'S', 'BT-119': '25' },
        {
          'BT-116': '0',
          'BT-117': '0',
          'BT-118': 'E',
          'BT-119': '0',
          'BT-120': 'EU Direcive Article 132, section 1(g)',
          'BT-121': 'vatex-eu-132-1g',
        },
      ],
      'BG-24': [
        { 'BT-122': 'MT123', 'BT-123': 'Contracted maintenance plan' },
        {
          'BT-122': 'Time report 1',
          'BT-123': 'Attached sample document',
          'BT-125': { mimeCode: 'text/csv', filename: 'testfilnamn.abc', content: '01234567' },
        },
        {
          'BT-122': 'Example 1',
          'BT-123': 'Referenced external sample document',
          'BT-124': 'http://www.example.com/index.html',
        },
      ],
      'BG-25': [
        {
          'BT-126': '1',
          'BT-127': 'Line level Note\nLine break should be respected here.',
          'BT-128': { id: '130-DR35141', scheme: 'ABZ' },
          'BT-129': '500',
          'BT-130': 'MTR',
          'BT-131': '10000',
          'BT-132': '20080117/JM',
          'BT-133': 'Accounting 101-222-8',
          'BG-26': { 'BT-134': '2018-02-01', 'BT-135': '2018-02-07' },
          'BG-27': [
            { 'BT-136': '0', 'BT-137': '0', 'BT-138': '0', 'BT-139': 'Discount', 'BT-140': '95' },
          ],
          'BG-28': [
            {
              'BT-141': '0',
              'BT-142': '0',
              'BT-143': '0',
              'BT-144': 'Warehousing',
              'BT-145': 'WH',
            },
          ],
          'BG-29': {
            'BT-146': '20',
            'BT-147': '0.50',
            'BT-148': '20.50',
            'BT-149': '1',
            'BT-150': 'MTR',
          },
          'BG-30': { 'BT-151': 'S', 'BT-152': '25' },
          'BG-31': {
            'BT-153': 'Universal product',
            'BT-154': 'Universal product, customized with option X',
            'BT-155': 'UNI+X',
            'BT-156': "Buyer's ID",
            'BT-157': { id: '17350053850016', scheme: '0088' },
            'BT-158': [
              { id: '9873242', scheme: 'SSR', version: '1.0' },
              { id: 'SST3242', scheme: 'SST' },
            ],
            'BT-159': 'SE',
            'BG-32': [
              { 'BT-160': 'Surface grade', 'BT-161': 'A11' },
              { 'BT-160': 'Density', 'BT-161': '2.33' },
            ],
          },
        },
        {
          'BT-126': '2',
          'BT-129': '10000',
          'BT-130': 'EA',
          'BT-131': '0',
          'BG-29': { 'BT-146': '0' },
          'BG-30': { 'BT-151': 'E', 'BT-152': '0' },
          'BG-31': { 'BT-153': 'Guarantee facility' },
        },
      ],
    });
  });

  it('writes the model in the norm’s key order', () => {
    const keys = Object.keys(result.invoice);
    expect(keys.slice(0, 4)).toEqual(['BT-1', 'BT-2', 'BT-3', 'BT-5']);
    expect(Object.keys(result.invoice['BG-22'] ?? {})).toEqual([
      'BT-106',
      'BT-107',
      'BT-108',
      'BT-109',
      'BT-110',
      'BT-111',
      'BT-112',
      'BT-113',
      'BT-114',
      'BT-115',
    ]);
  });

  it('locates terms, attribute-borne values and groups read away from their group', () => {
    const at = (pointer: string) => {
      const location = result.sources.get(pointer);
      return location && [location.xpath, location.line, location.column];
    };
    expect(at('/BT-1')).toEqual(['/ubl:Invoice/cbc:ID', 25, 2]);
    expect(at('/BG-4/BT-29/1')).toEqual([
      '/ubl:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyIdentification[2]/cbc:ID',
      129,
      5,
    ]);
    expect(at('/BG-4/BT-34/scheme')).toEqual([
      '/ubl:Invoice/cac:AccountingSupplierParty/cac:Party/cbc:EndpointID',
      124,
      4,
    ]);
    expect(at('/BG-22/BT-110')).toEqual(['/ubl:Invoice/cac:TaxTotal[1]/cbc:TaxAmount', 393, 3]);
    expect(at('/BG-22/BT-111')).toEqual(['/ubl:Invoice/cac:TaxTotal[2]/cbc:TaxAmount', 424, 3]);
    expect(at('/BG-13/BG-14')).toEqual(['/ubl:Invoice/cac:InvoicePeriod', 41, 2]);
    expect(at('/BG-16/BG-17/3/BT-84')).toEqual([
      '/ubl:Invoice/cac:PaymentMeans[4]/cac:PayeeFinancialAccount/cbc:ID',
      323,
      4,
    ]);
    expect(at('/BG-25/1/BT-131')).toEqual([
      '/ubl:Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount',
      530,
      3,
    ]);
    expect(at('/BG-25/0/BG-29/BT-150')).toEqual([
      '/ubl:Invoice/cac:InvoiceLine[1]/cac:Price/cbc:BaseQuantity',
      517,
      4,
    ]);
  });

  it('keeps its locations through JSON and structured clone', () => {
    const location = result.sources.get('/BG-25/1/BT-131');
    expect(JSON.parse(JSON.stringify(location))).toEqual({
      xpath: '/ubl:Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount',
      line: 530,
      column: 3,
    });
    expect(structuredClone(location)?.xpath).toBe(
      '/ubl:Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount',
    );
  });
});

describe('CreditNote-Max_content.xml, where a credit note differs', () => {
  const result = readUbl(parseFixture('unit-tests/testfiles/CreditNote-Max_content.xml'));
  const { invoice } = result;

  it('reads the credit note type code, and has no due date', () => {
    expect(invoice['BT-3']).toBe('381');
    expect(invoice['BT-7']).toBe('2018-02-08');
    expect(invoice['BT-9']).toBeUndefined();
  });

  it('takes the project from the additional reference of type 50, not as a supporting document', () => {
    expect(invoice['BT-11']).toBe('11111111');
    expect(invoice['BT-17']).toBe('Tender 2017-12, lot no. 3');
    expect(invoice['BT-18']).toEqual({ id: 'ABC123', scheme: 'VT' });
    expect(invoice['BG-24']?.map((document) => document['BT-122'])).toEqual([
      'MT123',
      'Time report 1',
      'Example 1',
    ]);
    expect(result.sources.get('/BT-11')?.xpath).toBe(
      '/cn:CreditNote/cac:AdditionalDocumentReference[2]/cbc:ID',
    );
  });

  it('reads credit note lines and their credited quantity', () => {
    expect(
      invoice['BG-25']?.map((line) => [line['BT-126'], line['BT-129'], line['BT-130']]),
    ).toEqual([
      ['1', '500', 'EA'],
      ['2', '10000', 'EA'],
    ]);
    expect(result.sources.get('/BG-25/0/BT-129')?.xpath).toBe(
      '/cn:CreditNote/cac:CreditNoteLine[1]/cbc:CreditedQuantity',
    );
  });
});
