import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_GROUPS,
  BUSINESS_TERMS,
  findAll,
  getAt,
  parseInvoiceJson,
} from '../../../../shared/model';
import { type CiiReadResult, readCii, readCiiElement } from '../../../../shared/syntax/cii/read';
import { NS } from '../../../../shared/syntax/namespaces';
import { descendants, parseXml, select, type XmlDocument, xpathOf } from '../../../../shared/xml';
import { EN16931, FIXTURES, readFixture, xmlFilesUnder } from '../../xml/fixture-files';

const FACTURX = join(FIXTURES, 'facturx');

function documentOf(folder: string, path: string): XmlDocument {
  const parsed = parseXml(readFixture(folder, path));
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.document;
}

/**
 * Every invoice of a file: the document itself, or each `rsm:CrossIndustryInvoice` of an official
 * unit test set.
 */
function readAll(document: XmlDocument): CiiReadResult[] {
  if (document.root.localName === 'CrossIndustryInvoice') return [readCii(document)];
  const embedded = descendants(document.root, NS.rsm, 'CrossIndustryInvoice');
  expect(embedded.length).toBeGreaterThan(0);
  return embedded.map(readCiiElement);
}

const OFFICIAL = [
  ...xmlFilesUnder(join(EN16931, 'examples/cii')).map((path) => `examples/cii/${path}`),
  ...xmlFilesUnder(join(EN16931, 'unit-tests/Invoice-unit-CII')).map(
    (path) => `unit-tests/Invoice-unit-CII/${path}`,
  ),
];
const FNFE = xmlFilesUnder(FACTURX);

/** [name shown, folder, path in the folder] */
const CASES: [string, string, string][] = [
  ...OFFICIAL.map((path): [string, string, string] => [`en16931/${path}`, EN16931, path]),
  ...FNFE.map((path): [string, string, string] => [`facturx/${path}`, FACTURX, path]),
];

describe('readCii on the official examples and the FNFE Factur-X samples', () => {
  it('has all the files it is meant to check', () => {
    expect(OFFICIAL).toHaveLength(17);
    expect(FNFE).toHaveLength(72);
  });

  it.each(CASES)(
    '%s: reads without findings, into a model the strict schema accepts',
    (_, folder, path) => {
      for (const { invoice, findings } of readAll(documentOf(folder, path))) {
        expect(findings).toEqual([]);
        const parsed = parseInvoiceJson(JSON.parse(JSON.stringify(invoice)));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
        // The unit tests are fragments; MINIMUM and BASIC WL carry no lines by design.
        if (!path.startsWith('unit-tests/')) expect(invoice['BT-1']).toBeDefined();
        if (!/^(unit-tests|Minimum|BasicWL)\//.test(path)) {
          expect(invoice['BG-25']?.length).toBeGreaterThan(0);
        }
      }
    },
  );

  it.each(CASES)(
    '%s: every source points at the element the value came from',
    (_, folder, path) => {
      const document = documentOf(folder, path);
      for (const { invoice, sources } of readAll(document)) {
        expect(sources.size).toBeGreaterThan(0);
        for (const [at, location] of sources) {
          expect(getAt(invoice, at), at).toBeDefined();
          const [element] = select(document.root, location.xpath ?? '');
          if (element === undefined) throw new Error(`${at} → ${location.xpath}: no such element`);
          expect(xpathOf(element)).toBe(location.xpath);
          expect([element.line, element.column]).toEqual([location.line, location.column]);
        }
        // And the other way round: every term and group of the model has its source.
        for (const { id } of [...BUSINESS_TERMS, ...BUSINESS_GROUPS]) {
          for (const { pointer } of findAll(invoice, id)) {
            expect(sources.has(pointer), pointer).toBe(true);
          }
        }
      }
    },
  );

  it('reads the invoices embedded in the official CII unit tests', () => {
    const invoices = readAll(documentOf(EN16931, 'unit-tests/Invoice-unit-CII/BR-CO-17.xml')).map(
      (result) => result.invoice,
    );
    expect(invoices).toHaveLength(5);
    const [first] = readAll(documentOf(EN16931, 'unit-tests/Invoice-unit-CII/BR-CO-15-2.xml'));
    expect(first?.invoice).toEqual({
      'BT-5': 'DKK',
      'BT-6': 'EUR',
      'BG-22': {
        'BT-109': '4000.00',
        'BT-110': '675.00',
        'BT-111': '628.62',
        'BT-112': '4675.00',
        'BT-115': '4675.00',
      },
    });
    expect(invoices[0]).toEqual({
      'BT-8': '29',
      'BG-23': [{ 'BT-116': '-72.50', 'BT-117': '-13.78', 'BT-118': 'S', 'BT-119': '19.00' }],
    });
  });
});

describe('readCii puts each term where the binding says (values read off the files by hand)', () => {
  it('CII_example5.xml, the maximum content example', () => {
    const { invoice } = readCii(documentOf(EN16931, 'examples/cii/CII_example5.xml'));
    expect(invoice).toMatchObject({
      'BT-1': 'TOSL110',
      'BT-2': '2013-04-10',
      'BT-3': '380',
      'BT-5': 'DKK',
      'BT-6': 'EUR',
      'BT-7': '2013-04-10',
      'BT-9': '2013-05-10',
      'BT-10': 'qwerty',
      'BT-11': 'Project345',
      'BT-12': '2013-05',
      'BT-13': 'PO4711',
      'BT-14': '123',
      'BT-15': '3544',
      'BT-16': '5433',
      'BT-19': '67543',
      'BT-20': '50% prepaid, 50% within one month',
      'BG-1': [{ 'BT-21': 'AAI', 'BT-22': 'Ordered through our website' }],
      'BG-2': { 'BT-24': 'urn:cen.eu:en16931:2017' },
      'BG-3': [{ 'BT-25': 'TOSL109', 'BT-26': '2013-03-10' }],
    });
    expect(invoice['BG-4']).toMatchObject({
      'BT-27': 'SellerCompany',
      'BT-28': 'SelCo',
      'BT-29': [{ id: '5790000436101', scheme: '0088' }],
      'BT-30': { id: 'NL16356706' },
      'BT-31': 'NL16356706',
      'BT-32': 'NL16356706',
      'BT-33': 'Export',
      'BT-34': { id: 'info@selco.nl', scheme: 'EM' },
      'BG-5': {
        'BT-35': 'Hoofdstraat 4',
        'BT-36': 'Om de hoek',
        'BT-40': 'NL',
        'BT-39': 'Overijssel',
      },
      'BG-6': { 'BT-41': 'Anthon Larsen', 'BT-42': '+3198989898', 'BT-43': 'Anthon@Selco.nl' },
    });
    expect(invoice['BG-7']).toMatchObject({
      'BT-46': { id: '5790000436057', scheme: '0088' },
      'BT-47': { id: 'DK16356607' },
      'BT-48': 'DK16356607',
    });
    expect(invoice['BG-10']).toEqual({
      'BT-59': 'Dagobert Duck',
      'BT-60': { id: 'DK16356608' },
      'BT-61': { id: 'DK16356608' },
    });
    expect(invoice['BG-11']).toMatchObject({ 'BT-62': 'Dick Panama', 'BT-63': 'DK16356609' });
    expect(invoice['BG-13']).toMatchObject({
      'BT-70': 'Logistic service Ltd',
      'BT-71': { id: '5790000436068', scheme: '0088' },
      'BT-72': '2013-04-15',
      'BG-14': { 'BT-73': '2013-03-10', 'BT-74': '2013-04-10' },
      'BG-15': { 'BT-75': 'Deliverystreet', 'BT-80': 'DK' },
    });
    // Two payment means with one account each: one BG-16, two credit transfers.
    expect(invoice['BG-16']).toEqual({
      'BT-81': '58',
      'BT-82': 'Half prepaid',
      'BT-83': 'Payref1',
      'BG-17': [{ 'BT-84': 'DK1212341234123412' }, { 'BT-84': 'A' }],
      'BG-19': { 'BT-89': '123456', 'BT-90': 'DK5678' },
    });
    expect(invoice['BG-20']).toEqual([
      {
        'BT-92': '150',
        'BT-93': '1500',
        'BT-94': '10',
        'BT-95': 'S',
        'BT-96': '25',
        'BT-97': 'Loyal customer',
        'BT-98': '95',
      },
    ]);
    expect(invoice['BG-21']).toEqual([
      {
        'BT-99': '150',
        'BT-100': '1500',
        'BT-101': '10',
        'BT-102': 'S',
        'BT-103': '25',
        'BT-104': 'Packaging',
        'BT-105': 'ABL',
      },
    ]);
    // BT-110 and BT-111 are both ram:TaxTotalAmount, told apart by @currencyID (DKK / EUR).
    expect(invoice['BG-22']).toEqual({
      'BT-106': '4000.00',
      'BT-107': '150',
      'BT-108': '150',
      'BT-109': '4000',
      'BT-110': '675.00',
      'BT-111': '628.62',
      'BT-112': '4675',
      'BT-113': '2337.5',
      'BT-115': '2337.5',
    });
    expect(invoice['BG-23']).toEqual([
      { 'BT-116': '1500', 'BT-117': '375', 'BT-118': 'S', 'BT-119': '25' },
      { 'BT-116': '2500', 'BT-117': '300', 'BT-118': 'S', 'BT-119': '12' },
    ]);
    // The two references without a type code are supporting documents for the schematron (BR-52).
    expect(invoice['BG-24']).toEqual([
      { 'BT-122': 'Lot567' },
      { 'BT-122': 'OBJ999' },
      {
        'BT-122': 'sales slip',
        'BT-123': 'your sales slip',
        'BT-125': {
          mimeCode: 'application/pdf',
          filename: 'EHF.pdf',
          content:
            'SlZCRVJpMHhMalVOQ2lVTkNqRWdNQ0J2WW1vT3k2SlRaWDliY2dSVnhJVkcuLi50Ykxvc0NoVTJYUmY5eGIvb21zY2dUWS9sWEVoVWI=',
        },
      },
    ]);
    expect(invoice['BG-25']).toHaveLength(3);
    expect(invoice['BG-25']?.[0]).toEqual({
      'BT-126': '1',
      'BT-127': 'first line',
      'BT-128': { id: 'Object2' },
      'BT-129': '1000',
      'BT-130': 'C62',
      'BT-131': '1000',
      'BT-132': '1',
      'BT-133': 'ACC7654',
      'BG-26': { 'BT-134': '2013-03-10', 'BT-135': '2013-03-10' },
      'BG-27': [
        {
          'BT-136': '100',
          'BT-137': '1000',
          'BT-138': '10',
          'BT-139': 'Loyal customer',
          'BT-140': '95',
        },
      ],
      'BG-28': [
        {
          'BT-141': '100',
          'BT-142': '1000',
          'BT-143': '10',
          'BT-144': 'Packaging',
          'BT-145': 'ABL',
        },
      ],
      // Net and gross prices both give a base quantity: the net price's (1) is BT-149, not 1.1.
      'BG-29': { 'BT-146': '1', 'BT-147': '10', 'BT-148': '1.1', 'BT-149': '1', 'BT-150': 'C62' },
      'BG-30': { 'BT-151': 'S', 'BT-152': '25' },
      'BG-31': {
        'BT-153': 'Printing paper',
        'BT-154': 'Printing paper, 2mm',
        'BT-155': 'JB007',
        'BT-156': 'BUY123',
        'BT-157': { id: '1234567890128', scheme: '0088' },
        'BT-159': 'NL',
        'BG-32': [{ 'BT-160': 'Thickness', 'BT-161': '2 mm' }],
      },
    });
  });

  it('a French Factur-X EN16931 credit note (FNFE F20260028)', () => {
    const { invoice, sources } = readCii(
      documentOf(FACTURX, 'EN16931/Facture_F20260028-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml'),
    );
    expect(invoice).toMatchObject({
      'BT-1': 'F20260028',
      'BT-2': '2026-01-31',
      'BT-3': '381',
      'BT-5': 'EUR',
      'BT-8': '72',
      'BT-9': '2026-03-02',
      'BT-10': 'SERVEXEC',
      'BT-11': 'PROJET2547',
      'BT-12': 'CT2018120802',
      'BT-13': 'PO201925478',
      'BT-14': 'SALES REF 2547',
      'BT-15': 'RECEIV-ADV002',
      'BT-16': 'DESPADV002',
      'BT-17': 'TENDER-002',
      'BT-18': { id: 'REFCLI0215' },
      'BT-19': 'BUYER ACCOUNT REF',
      'BG-2': { 'BT-23': 'S1', 'BT-24': 'urn:cen.eu:en16931:2017' },
      'BG-3': [{ 'BT-25': 'F20260003', 'BT-26': '2026-01-01' }],
      'BG-24': [{ 'BT-122': 'SUPPort doc', 'BT-123': 'DOCUMENT_ANNEXE', 'BT-124': 'url:gffter' }],
    });
    expect(invoice['BG-1']?.map((note) => note['BT-21'])).toEqual([
      'REG',
      'ABL',
      'AAI',
      'PMD',
      'PMT',
      'AAB',
    ]);
    expect(invoice['BG-4']).toMatchObject({
      'BT-27': 'LE FOURNISSEUR',
      'BT-28': 'SELLER TRADE NAME',
      'BT-29': [{ id: '587451236587', scheme: '0088' }],
      'BT-30': { id: '123456782', scheme: '0002' },
      'BT-31': 'FR11123456782',
      'BT-34': { id: 'moi@seller.com', scheme: 'EM' },
      'BG-5': {
        'BT-35': "35 rue d'ici",
        'BT-36': 'Seller line 2',
        'BT-37': 'PARIS',
        'BT-38': '75018',
        'BT-40': 'FR',
      },
    });
    expect(invoice['BG-7']).toMatchObject({
      'BT-44': 'LE CLIENT',
      'BT-46': { id: '3654789851', scheme: '0088' },
      'BT-47': { id: '987654321', scheme: '0002' },
      'BT-48': 'FR 05 987 654 321',
      'BT-49': { id: 'me@buyer.com', scheme: 'EM' },
    });
    expect(invoice['BG-13']).toEqual({
      'BT-70': 'DEL Name',
      'BT-71': { id: '3654789851', scheme: '0088' },
      'BT-72': '2026-01-28',
      'BG-14': { 'BT-73': '2026-01-01', 'BT-74': '2026-12-31' },
      'BG-15': {
        'BT-75': 'DEL 58 rue de la mer',
        'BT-76': 'DEL line 2',
        'BT-77': 'NICE',
        'BT-78': '06000',
        'BT-80': 'FR',
      },
    });
    expect(invoice['BG-16']).toEqual({
      'BT-81': '30',
      'BT-82': 'Virement',
      'BT-83': 'F20260028BUYER',
      'BG-17': [{ 'BT-84': 'FR20 1254 2547 2569 8542 5874 698' }],
    });
    expect(invoice['BG-20']).toEqual([
      { 'BT-92': '5.00', 'BT-95': 'S', 'BT-96': '10.00', 'BT-97': 'REMISE COMMERCIALE' },
    ]);
    expect(invoice['BG-21']).toEqual([
      { 'BT-99': '10.00', 'BT-102': 'S', 'BT-103': '10.00', 'BT-104': 'FRAIS DEPLACEMENT' },
    ]);
    expect(invoice['BG-22']).toEqual({
      'BT-106': '95.00',
      'BT-107': '5.00',
      'BT-108': '10.00',
      'BT-109': '100.00',
      'BT-110': '10.00',
      'BT-112': '110.00',
      'BT-113': '10.00',
      'BT-115': '100.00',
    });
    expect(invoice['BG-23']).toEqual([
      { 'BT-116': '100.00', 'BT-117': '10.00', 'BT-118': 'S', 'BT-119': '10.00' },
    ]);
    const lines = invoice['BG-25'] ?? [];
    expect(lines.map((line) => [line['BT-126'], line['BT-129'], line['BT-131']])).toEqual([
      ['1', '1.0000', '60.00'],
      ['2', '3.0000', '30.00'],
      ['3', '1.0000', '5.00'],
    ]);
    expect(lines[0]?.['BG-29']).toEqual({
      'BT-146': '60.0000',
      'BT-147': '0.0000',
      'BT-148': '60.0000',
      'BT-149': '1.0000',
      'BT-150': 'C62',
    });
    expect(lines[0]?.['BG-31']?.['BT-157']).toEqual({ id: '598785412598745', scheme: '0160' });
    expect(lines[1]?.['BG-26']).toEqual({ 'BT-134': '2026-01-01' });
    expect(lines[2]?.['BG-26']).toEqual({ 'BT-135': '2026-01-31' });
    // Sources: the line net amount of the third line, and a group spread over CII (BG-13).
    expect(sources.get('/BG-25/2/BT-131')).toEqual({
      xpath:
        '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[3]/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount',
      line: 178,
      column: 26,
    });
    // The parts of an identifier point at its element.
    expect(sources.get('/BG-4/BT-30/scheme')?.xpath).toBe(
      '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID',
    );
    expect(sources.get('/BG-13')?.xpath).toBe(
      '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery',
    );
    expect(sources.get('/BG-13/BG-14')?.xpath).toBe(
      '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod',
    );
  });
});
