/** Targeted checks of what the writers add to the binding (see the headers of ubl/write.ts, cii/write.ts). */
import { describe, expect, it } from 'vitest';
import { type Invoice, parseInvoiceJson } from '../../../../shared/model';
import { NS } from '../../../../shared/syntax/namespaces';
import { writeInvoice } from '../../../../shared/syntax/write';
import { attr, parseXml, select, valuesAt, type XmlElement } from '../../../../shared/xml';
import { modelOfXml } from '../../../support/model-of-xml';

function model(json: unknown): Invoice {
  const parsed = parseInvoiceJson(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.invoice;
}

function parsed(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.document.root;
}

const BASE = {
  'BT-1': 'F1',
  'BT-2': '2026-03-02',
  'BT-3': '380',
  'BT-5': 'EUR',
  'BG-2': { 'BT-24': 'urn:cen.eu:en16931:2017' },
  'BG-4': {
    'BT-27': 'Vendeur',
    'BT-29': [{ id: '81245637400022', scheme: '0009' }, { id: 'INTERNE-7' }],
    'BG-5': { 'BT-40': 'FR' },
  },
  'BG-7': { 'BT-44': 'Acheteur', 'BG-8': { 'BT-55': 'FR' } },
  'BG-16': {
    'BT-81': '30',
    'BT-82': 'Virement',
    'BG-17': [{ 'BT-84': 'FR7630006000011234567890189' }, { 'BT-84': '12345678' }],
  },
  'BG-22': {
    'BT-106': '10.00',
    'BT-109': '10.00',
    'BT-110': '2.00',
    'BT-112': '12.00',
    'BT-115': '12.00',
  },
  'BG-23': [{ 'BT-116': '10.00', 'BT-117': '2.00', 'BT-118': 'S', 'BT-119': '20.00' }],
  'BG-25': [
    {
      'BT-126': '1',
      'BT-129': '2',
      'BT-130': 'C62',
      'BT-131': '10.00',
      'BG-29': { 'BT-146': '5.00' },
      'BG-30': { 'BT-151': 'S', 'BT-152': '20.00' },
      'BG-31': { 'BT-153': 'Article' },
    },
  ],
};

describe('the UBL writer', () => {
  it('gives each amount its currency, each credit transfer its payment means with the same code', () => {
    const written = writeInvoice(model(BASE), { syntax: 'ubl' });
    const root = parsed(written.xml);
    expect(root.namespace).toBe(NS.ubl);
    const amounts = select(root, '//cbc:*[@currencyID]');
    expect(amounts.length).toBeGreaterThan(8);
    expect(new Set(amounts.map((a) => attr(a, 'currencyID')))).toEqual(new Set(['EUR']));
    const means = select(root, 'cac:PaymentMeans');
    expect(means).toHaveLength(2);
    expect(valuesAt(root, 'cac:PaymentMeans/cbc:PaymentMeansCode')).toEqual(['30', '30']);
    // The text (BT-82) once only (UBL-SR-46).
    expect(select(root, 'cac:PaymentMeans/cbc:PaymentMeansCode[@name]')).toHaveLength(1);
    expect(modelOfXml(written.xml)['BG-16']).toEqual(BASE['BG-16']);
  });

  it('writes a note subject as #CODE#, and a credit note as a CreditNote', () => {
    const invoice = model({
      ...BASE,
      'BT-3': '381',
      'BT-11': 'PROJET-9',
      'BG-1': [{ 'BT-21': 'PMT', 'BT-22': 'Indemnité de 40 €' }, { 'BT-22': 'Sans sujet' }],
    });
    const written = writeInvoice(invoice, { syntax: 'ubl' });
    const root = parsed(written.xml);
    expect(root.namespace).toBe(NS.cn);
    expect(valuesAt(root, 'cbc:Note')).toEqual(['#PMT#Indemnité de 40 €', 'Sans sujet']);
    expect(select(root, 'cac:CreditNoteLine/cbc:CreditedQuantity')).toHaveLength(1);
    expect(
      valuesAt(root, "cac:AdditionalDocumentReference[cbc:DocumentTypeCode='50']/cbc:ID"),
    ).toEqual(['PROJET-9']);
    const back = modelOfXml(written.xml);
    expect(back['BG-1']).toEqual(invoice['BG-1']);
    expect(back['BT-11']).toBe('PROJET-9');
  });

  it('lists what it cannot write instead of losing it', () => {
    const invoice = model({
      ...BASE,
      'BT-3': '381',
      'BT-9': '2026-04-01',
      'BT-20': 'Payable\u0007 à 30 jours',
      'BG-16': { 'BT-83': 'REF-1' },
      'BG-25': [{ ...BASE['BG-25'][0], extensions: { 'EXT-FR-FE-162': '1' } }],
    });
    const written = writeInvoice(invoice, { syntax: 'ubl' });
    expect(written.dropped.map((d) => [d.pointer, d.reason])).toEqual([
      ['/BT-9', 'syntax'],
      ['/BT-20', 'xml-character'],
      ['/BG-16', 'syntax'],
      ['/BG-25/0/extensions/EXT-FR-FE-162', 'syntax'],
    ]);
    for (const d of written.dropped) expect(d.message.fr.length).toBeGreaterThan(20);
  });

  it('writes BT-8 in its own code list', () => {
    const written = writeInvoice(model({ ...BASE, 'BT-8': '29' }), { syntax: 'ubl' });
    expect(valuesAt(parsed(written.xml), 'cac:InvoicePeriod/cbc:DescriptionCode')).toEqual(['35']);
  });
});

describe('the CII writer', () => {
  it('chooses the element per value: identifiers, accounts', () => {
    const written = writeInvoice(model(BASE), { syntax: 'cii' });
    const root = parsed(written.xml);
    const seller =
      'rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty';
    expect(valuesAt(root, `${seller}/ram:ID`)).toEqual(['INTERNE-7']);
    expect(valuesAt(root, `${seller}/ram:GlobalID/@schemeID`)).toEqual(['0009']);
    const means =
      'rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans';
    expect(valuesAt(root, `${means}/ram:TypeCode`)).toEqual(['30', '30']);
    expect(valuesAt(root, `${means}/ram:PayeePartyCreditorFinancialAccount/ram:IBANID`)).toEqual([
      'FR7630006000011234567890189',
    ]);
    expect(
      valuesAt(root, `${means}/ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID`),
    ).toEqual(['12345678']);
    expect(valuesAt(root, 'rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString')).toEqual([
      '20260302',
    ]);
    expect(
      valuesAt(root, 'rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString/@format'),
    ).toEqual(['102']);
    const back = modelOfXml(written.xml);
    // CII puts every ram:ID before every ram:GlobalID (CII-SR-046 wants a scheme on the latter):
    // the identifiers come back, those without a scheme first.
    expect(back['BG-4']).toEqual({
      ...BASE['BG-4'],
      'BT-29': [...BASE['BG-4']['BT-29']].reverse(),
    });
    expect(back['BG-16']).toEqual(BASE['BG-16']);
  });

  it('drops a second preceding invoice where CII D16B has room for one only', () => {
    const invoice = model({
      ...BASE,
      'BG-2': { 'BT-24': 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0' },
      'BG-3': [{ 'BT-25': 'F0' }, { 'BT-25': 'F00' }],
    });
    const written = writeInvoice(invoice, { syntax: 'cii' });
    expect(written.dropped.map((d) => [d.pointer, d.reason])).toEqual([['/BG-3/1', 'syntax']]);
    expect(modelOfXml(written.xml)['BG-3']).toEqual([{ 'BT-25': 'F0' }]);
    // Factur-X EN 16931 lets it repeat.
    expect(
      writeInvoice(model({ ...invoice, 'BG-2': BASE['BG-2'] }), { syntax: 'cii' }).dropped,
    ).toEqual([]);
  });

  it('writes BT-8 in its own code list, once, in the first VAT breakdown', () => {
    const written = writeInvoice(
      model({
        ...BASE,
        'BT-8': '35',
        'BG-23': [...BASE['BG-23'], { ...BASE['BG-23'][0], 'BT-119': '10.00' }],
      }),
      { syntax: 'cii' },
    );
    const taxes =
      'rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax';
    expect(valuesAt(parsed(written.xml), `${taxes}/ram:DueDateTypeCode`)).toEqual(['29']);
    expect(valuesAt(parsed(written.xml), `${taxes}/ram:TypeCode`)).toEqual(['VAT', 'VAT']);
  });
});
