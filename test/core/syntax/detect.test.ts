import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DocumentKind, detectDocument } from '../../../shared/syntax/detect';
import { NS } from '../../../shared/syntax/namespaces';
import type { ProfileId } from '../../../shared/syntax/profiles';
import { parseXml, type XmlElement } from '../../../shared/xml';
import { EN16931, FIXTURES, readFixture, xmlFilesUnder } from '../xml/fixture-files';

function rootOf(input: string | Uint8Array): XmlElement {
  const result = parseXml(input);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.document.root;
}

const PEPPOL: [DocumentKind, ProfileId] = ['ubl-invoice', 'peppol-bis-3'];
const PEPPOL_CREDIT_NOTE: [DocumentKind, ProfileId] = ['ubl-credit-note', 'peppol-bis-3'];
const UBL: [DocumentKind, ProfileId] = ['ubl-invoice', 'en16931'];
const CII: [DocumentKind, ProfileId] = ['cii-invoice', 'en16931'];
// Three official CII examples carry the ZUGFeRD 1.0 identifier in a D16B document.
const CII_ZUGFERD_1: [DocumentKind, ProfileId] = ['cii-invoice', 'zugferd-1-comfort'];

/** Read off each file by hand: root element and BT-24. */
const EXPECTED: Record<string, [DocumentKind, ProfileId]> = {
  'examples/cii/CII-BR-CO-10-RoundingIssue.xml': CII_ZUGFERD_1,
  'examples/cii/CII_business_example_01.xml': CII,
  'examples/cii/CII_business_example_02.xml': CII_ZUGFERD_1,
  'examples/cii/CII_business_example_Z.xml': CII_ZUGFERD_1,
  'examples/cii/CII_example1.xml': CII,
  'examples/cii/CII_example2.xml': CII,
  'examples/cii/CII_example3.xml': CII,
  'examples/cii/CII_example4.xml': CII,
  'examples/cii/CII_example5.xml': CII,
  'examples/cii/CII_example6.xml': CII,
  'examples/cii/CII_example7.xml': CII,
  'examples/cii/CII_example8.xml': CII,
  'examples/cii/CII_example9.xml': CII,
  'examples/cii/XRechnung-O.xml': CII,
  'examples/cii/huf_example_cii.xml': CII,
  'examples/ubl/BIS3_Invoice_negativ.XML': PEPPOL,
  'examples/ubl/BIS3_Invoice_positive.XML': PEPPOL,
  'examples/ubl/FT G2G_TD01 con Allegato, Bonifico e Split Payment.xml': PEPPOL,
  'examples/ubl/guide-example1.xml': UBL,
  'examples/ubl/guide-example2.xml': UBL,
  'examples/ubl/guide-example3.xml': UBL,
  'examples/ubl/issue116.xml': PEPPOL,
  'examples/ubl/sample-discount-price.xml': UBL,
  'examples/ubl/ubl-tc434-creditnote1.xml': ['ubl-credit-note', 'en16931'],
  'examples/ubl/ubl-tc434-example1.xml': UBL,
  'examples/ubl/ubl-tc434-example10.xml': UBL,
  'examples/ubl/ubl-tc434-example2.xml': UBL,
  'examples/ubl/ubl-tc434-example3.xml': UBL,
  'examples/ubl/ubl-tc434-example4.xml': UBL,
  'examples/ubl/ubl-tc434-example5.xml': UBL,
  'examples/ubl/ubl-tc434-example6.xml': UBL,
  'examples/ubl/ubl-tc434-example7.xml': UBL,
  'examples/ubl/ubl-tc434-example8.xml': UBL,
  'examples/ubl/ubl-tc434-example9.xml': UBL,
  'unit-tests/testfiles/BIS_Billing_30-DataIT.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Elhandel.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Elnat.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Factoring.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Forskott_(ej moms).xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Forskott_slutreglering.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Hyrbil.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Inkopskort.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-InomstatligFakturering.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Kreditering_(urspr_faktura).xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Kreditering_med_kreditnota.xml': PEPPOL_CREDIT_NOTE,
  'unit-tests/testfiles/BIS_Billing_30-Kreditering_med_negativ_faktura.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-OmvandSkattskyldighet.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Rabatter_och_avgifter.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Rantefaktura_Enkel.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Rantefaktura_Saml.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Resor_Bokning.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Resor_Taxi.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Telefoni.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Tjanster_Bevakning.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Tjanster_Kopiering.xml': PEPPOL,
  'unit-tests/testfiles/BIS_Billing_30-Valutor i faktura.xml': PEPPOL,
  'unit-tests/testfiles/CreditNote-Max_content.xml': PEPPOL_CREDIT_NOTE,
  'unit-tests/testfiles/CreditNote-Min_content_with_VAT.xml': PEPPOL_CREDIT_NOTE,
  'unit-tests/testfiles/CreditNote-Min_content_without_VAT.xml': PEPPOL_CREDIT_NOTE,
  'unit-tests/testfiles/Invoice-Max_content.xml': PEPPOL,
  'unit-tests/testfiles/Invoice-Min_content_with_VAT.xml': PEPPOL,
  'unit-tests/testfiles/Invoice-Min_content_without_VAT.xml': PEPPOL,
  'unit-tests/testfiles/ubl-tc434-test-1.xml': UBL,
};

const standalone = xmlFilesUnder(EN16931).filter((path) => !/unit-tests\/[^/]*-unit-/.test(path));

describe('official standalone documents', () => {
  it('are all in the table, and the table names no missing file', () => {
    expect(standalone).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(standalone)('%s', (path) => {
    const detected = detectDocument(rootOf(readFixture(EN16931, path)));
    const [kind, profile] = EXPECTED[path] as [DocumentKind, ProfileId];
    expect([detected.kind, detected.profile?.id]).toEqual([kind, profile]);
    expect(detected.syntax).toBe(kind === 'cii-invoice' ? 'cii' : 'ubl');
    expect(detected.description.fr).not.toBe('');
    expect(detected.description.en).not.toBe('');
  });
});

const UNIT_TEST_KINDS: Record<string, DocumentKind> = {
  'Invoice-unit-UBL': 'ubl-invoice',
  'CreditNote-unit-UBL': 'ubl-credit-note',
  'Invoice-unit-CII': 'cii-invoice',
};

describe('official unit-test sets', () => {
  const unitFiles = xmlFilesUnder(EN16931).filter((path) => /unit-tests\/[^/]*-unit-/.test(path));

  it('hold 279 sets', () => {
    expect(unitFiles).toHaveLength(279);
  });

  it('are themselves no invoice: a VEFA test set', () => {
    const detected = detectDocument(rootOf(readFixture(EN16931, unitFiles[0] as string)));
    expect(detected).toMatchObject({ kind: 'other', syntax: undefined, profile: undefined });
    expect(detected.description.fr).toContain('<testSet>');
    expect(detected.description.fr).toContain('http://difi.no/xsd/vefa/validator/1.0');
  });

  // Upstream, the two BR-61 sets sit in each other's folder: their documents are what they are.
  const SWAPPED: Record<string, DocumentKind> = {
    'unit-tests/CreditNote-unit-UBL/BR-61.xml': 'ubl-invoice',
    'unit-tests/Invoice-unit-UBL/BR-61.xml': 'ubl-credit-note',
  };

  it.each(unitFiles)('%s: each test document has the kind of its folder', (path) => {
    const set = rootOf(readFixture(EN16931, path));
    const folder = path.split('/')[1] as string;
    const expected = SWAPPED[path] ?? UNIT_TEST_KINDS[folder];
    const documents = set.children
      .filter((test) => test.localName === 'test')
      .map((test) => test.children.find((c) => c.localName !== 'assert') as XmlElement);
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) expect(detectDocument(document).kind).toBe(expected);
  });
});

describe('hand-written documents of other kinds', () => {
  const DETECT = join(FIXTURES, 'xml/detect');
  const detect = (file: string) => detectDocument(rootOf(readFixture(DETECT, file)));

  it('ZUGFeRD 1.0 is recognised with its level, and not validated', () => {
    const detected = detect('zugferd-1-comfort.xml');
    expect(detected).toMatchObject({ kind: 'zugferd-1', syntax: undefined });
    expect(detected.profile).toMatchObject({
      id: 'zugferd-1-comfort',
      legacy: true,
      coverage: 'none',
    });
    expect(detected.description.fr).toContain('ZUGFeRD 1.0 COMFORT');
  });

  it('Order-X is an order, with its profile and document type', () => {
    const detected = detect('order-x-order.xml');
    expect(detected).toMatchObject({ kind: 'order-x', syntax: undefined });
    expect(detected.profile?.id).toBe('order-x-comfort');
    expect(detected.description.fr).toBe(
      'Order-X (Order-X COMFORT) : une commande et non une facture.',
    );
  });

  it('UBL documents that are not invoices say what they are', () => {
    expect(detect('ubl-order.xml')).toMatchObject({
      kind: 'ubl-other',
      ublDocumentType: 'Order',
      profile: undefined,
    });
    expect(detect('ubl-order.xml').description.fr).toContain('une commande');
    const response = detect('ubl-application-response.xml');
    expect(response).toMatchObject({ kind: 'ubl-other', ublDocumentType: 'ApplicationResponse' });
    expect(response.description.en).toContain('application response');
  });

  it('other XML is named by its root and namespace', () => {
    const detected = detect('bank-statement.xml');
    expect(detected).toMatchObject({
      kind: 'other',
      syntax: undefined,
      root: { namespace: 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02', localName: 'Document' },
    });
    expect(detected.description.fr).toBe(
      "Document XML <Document> dans l'espace de noms « urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 » : ce n'est ni une facture UBL ni une facture CII.",
    );
  });

  it('an invoice without its namespace gets a precise hint', () => {
    const detected = detect('invoice-without-namespace.xml');
    expect(detected.kind).toBe('other');
    expect(detected.description.fr).toContain('sans espace de noms');
    expect(detected.description.fr).toContain(NS.ubl);
  });

  it('a blank BT-24 is no profile, whatever prefix the root uses', () => {
    const detected = detect('ubl-invoice-without-bt24.xml');
    expect(detected).toMatchObject({ kind: 'ubl-invoice', syntax: 'ubl', profile: undefined });
    expect(detected.description.fr).toContain('BT-24');
  });

  it('the UBL namespace with another root name is not taken for a UBL document', () => {
    const detected = detectDocument(rootOf(`<Invoice xmlns="${NS.cn}"/>`));
    expect(detected.kind).toBe('other');
    expect(detected.description.fr).toContain(NS.ubl);
  });
});

describe('Factur-X profiles in CII', () => {
  const cii = (id: string) =>
    rootOf(
      `<rsm:CrossIndustryInvoice xmlns:rsm="${NS.rsm}" xmlns:ram="${NS.ram}"><rsm:ExchangedDocumentContext>` +
        `<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${id}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>` +
        '</rsm:ExchangedDocumentContext></rsm:CrossIndustryInvoice>',
    );

  // The identifiers of the FNFE Factur-X samples, one per profile.
  it.each([
    ['urn:factur-x.eu:1p0:minimum', 'minimum'],
    ['urn:factur-x.eu:1p0:basicwl', 'basic-wl'],
    ['urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic', 'basic'],
    ['urn:cen.eu:en16931:2017', 'en16931'],
    ['urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended', 'extended'],
  ])('%s', (id, profile) => {
    const detected = detectDocument(cii(`\n      ${id}\n    `));
    expect(detected).toMatchObject({ kind: 'cii-invoice', syntax: 'cii' });
    expect(detected.profile).toMatchObject({
      id: profile,
      specificationId: id,
      exact: true,
      legacy: false,
    });
  });

  it('describes the plain EN 16931 identifier as the COMFORT profile in CII, as the norm in UBL', () => {
    expect(detectDocument(cii('urn:cen.eu:en16931:2017')).profile?.name).toBe(
      'Factur-X / ZUGFeRD EN 16931 (COMFORT)',
    );
    const ubl = rootOf(
      `<Invoice xmlns="${NS.ubl}" xmlns:cbc="${NS.cbc}"><cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID></Invoice>`,
    );
    expect(detectDocument(ubl).profile?.name).toBe('EN 16931');
  });
});
