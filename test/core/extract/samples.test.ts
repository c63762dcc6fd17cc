/**
 * extractInvoice on FNFE Factur-X sample PDFs (test/fixtures/facturx-pdf): exact values for a few
 * samples, and a minimum accuracy over every fixture against its embedded XML (read separately,
 * from test/fixtures/facturx). The full measure over all 72 samples is bench/extract.bench.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { type ExtractionResult, extractInvoice } from '../../../shared/extract';
import { buildLayout } from '../../../shared/extract/layout';
import { readPdfText } from '../../../shared/extract/pdf-text';
import { InvoiceSchema } from '../../../shared/model';
import { modelOfXml } from '../../support/model-of-xml';
import { COMPARED, compare, rate, type TermOutcome, tally } from './accuracy';

const PDFS = join(import.meta.dirname, '../../fixtures/facturx-pdf');
const XMLS = join(import.meta.dirname, '../../fixtures/facturx');

function pdf(profile: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(PDFS, profile, `${name}.pdf`)));
}

const values = (result: ExtractionResult) =>
  Object.fromEntries(Object.entries(result.fields).map(([term, field]) => [term, field?.value]));

describe('FNFE sample F20260025 (EN 16931)', async () => {
  const result = await extractInvoice(
    pdf('EN16931', 'Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931'),
  );

  it('reads every printed header term', () => {
    expect(values(result)).toMatchObject({
      'BT-1': 'F20260025',
      'BT-2': '2026-01-31',
      'BT-3': '380',
      'BT-5': 'EUR',
      'BT-9': '2026-03-02',
      'BT-10': 'SERVEXEC',
      'BT-12': 'CT2018120802',
      'BT-13': 'PO201925478',
      'BT-27': 'LE FOURNISSEUR',
      'BT-31': 'FR11123456782',
      'BT-44': 'LE CLIENT',
      'BT-48': 'FR05987654321',
      'BT-84': 'FR2012542547256985425874698',
    });
    // SIRENs printed as such are the legal registrations, under scheme 0002.
    expect(result.fields['BT-30']).toMatchObject({ value: '123456782', scheme: '0002' });
    expect(result.fields['BT-47']).toMatchObject({ value: '987654321', scheme: '0002' });
  });

  it('reads totals with a prepayment, the VAT table and the lines', () => {
    expect(values(result)).toMatchObject({
      'BT-109': '100.00',
      'BT-110': '20.00',
      'BT-112': '120.00',
      'BT-113': '20.00',
      'BT-115': '100.00',
    });
    expect(result.vatBreakdown).toMatchObject([
      { 'BT-118': 'S', 'BT-119': '20.00', 'BT-116': '100.00', 'BT-117': '20.00' },
    ]);
    expect(result.lines.map((line) => line['BT-131'])).toEqual(['60.00', '30.00', '5.00']);
    expect(result.fields['BT-115']?.derived).toBeUndefined();
  });

  it('reads the dummy identifiers of the sample, with a warning and a lower confidence', () => {
    const invalid = result.warnings.filter((warning) => warning.code === 'identifier-invalid');
    expect(invalid.map((warning) => warning.term)).toEqual(
      expect.arrayContaining(['BT-47', 'BT-84']),
    );
    expect(result.fields['BT-47']?.confidence).toBeLessThan(
      result.fields['BT-31']?.confidence ?? 0,
    );
  });

  it('builds a model the schema accepts', () => {
    expect(InvoiceSchema.safeParse(result.invoice).success).toBe(true);
  });
});

describe('FNFE sample Facture_UE (English, month-first dates)', async () => {
  const result = await extractInvoice(pdf('EN16931', 'Facture_UE_EN16931'));

  it('reads it', () => {
    expect(values(result)).toMatchObject({
      'BT-1': 'FA-2017-0008',
      'BT-2': '2017-11-03',
      'BT-9': '2017-12-03',
      'BT-13': 'COMPRA0832',
      'BT-20': '30% advance payment, balance at 30 days',
      'BT-27': 'Au bon moulin SARL',
      'BT-44': 'Me gusta olive',
      'BT-48': 'ESA12345674',
      'BT-109': '2076.76',
      'BT-110': '0.00',
      'BT-112': '2076.76',
      'BT-115': '1453.76',
    });
    expect(result.vatBreakdown).toMatchObject([
      { 'BT-119': '0', 'BT-116': '2076.76', 'BT-117': '0.00' },
    ]);
  });
});

describe('FNFE credit note (Avoir, type 381)', async () => {
  const result = await extractInvoice(pdf('EN16931', 'Avoir_FR_type381_EN16931'));

  it('reads a credit note printed with negative amounts as positive amounts', () => {
    expect(values(result)).toMatchObject({
      'BT-1': 'AV-2017-0005',
      'BT-3': '381',
      'BT-109': '218.48',
      'BT-110': '14.99',
      'BT-112': '233.47',
    });
    expect(result.warnings.map((warning) => warning.code)).toEqual(
      expect.arrayContaining(['credit-note-signs', 'sign-corrected']),
    );
  });

  it('derives the amount due from the total when no payment is printed, and marks it', () => {
    expect(result.fields['BT-115']).toMatchObject({ value: '233.47', derived: true });
    expect(result.fields['BT-115']?.confidence).toBeLessThan(
      result.fields['BT-112']?.confidence ?? 0,
    );
  });
});

describe('a plain PDF without XML (Custom/2023-6026)', async () => {
  const result = await extractInvoice(pdf('Custom', '2023-6026_facture_minimum'));

  it('reads a layout without labels for the parties nor the issue date', () => {
    expect(values(result)).toMatchObject({
      'BT-1': '2023-6026',
      'BT-2': '2023-09-28',
      'BT-9': '2023-10-28',
      'BT-27': 'Société Hôtelière du Pacano',
      'BT-44': 'Securibox SARL',
      'BT-47': '50000371000034',
      'BT-109': '207.55',
      'BT-110': '20.59',
      'BT-112': '228.14',
      'BT-115': '228.14',
    });
    // Layout-based and unlabelled readings are less sure than labelled ones.
    expect(result.fields['BT-2']?.confidence).toBeLessThan(0.6);
    expect(result.fields['BT-44']?.confidence).toBeLessThan(result.fields['BT-9']?.confidence ?? 0);
  });
});

describe('the embedded XML is never read', () => {
  it('gives the same reading for a plain PDF and its Factur-X twin', async () => {
    const plain = await extractInvoice(pdf('Custom', '2023-6013_facture'));
    const facturx = await extractInvoice(pdf('Custom', '2023-6013_facture_facturx_en16931'));
    expect(values(facturx)).toEqual(values(plain));
    expect(values(plain)['BT-1']).toBe('2023-6013');
  });

  it('ignores a changed embedded XML', async () => {
    const original = pdf('EN16931', 'Avoir_FR_type381_EN16931');
    const document = await PDFDocument.load(original, { updateMetadata: false });
    const spec = document.catalog.lookup(PDFName.of('AF'), PDFArray).lookup(0, PDFDict);
    const files = spec.lookup(PDFName.of('EF'), PDFDict);
    const xml = new TextDecoder()
      .decode(readFileSync(join(XMLS, 'EN16931', 'Avoir_FR_type381_EN16931.xml')))
      .replace('AV-2017-0005', 'FROM-THE-XML');
    const stream = document.context.flateStream(new TextEncoder().encode(xml), {
      Type: 'EmbeddedFile',
      Subtype: 'text/xml',
    });
    document.context.assign(files.get(PDFName.of('F')) as PDFRef, stream);
    const tampered = await extractInvoice(await document.save({ useObjectStreams: false }));
    expect(tampered.fields['BT-1']?.value).toBe('AV-2017-0005');
  });
});

describe('accuracy over the fixture samples', async () => {
  const comparisons: Record<(typeof COMPARED)[number], TermOutcome>[] = [];
  for (const profile of readdirSync(PDFS)) {
    if (!statSync(join(PDFS, profile)).isDirectory() || !existsSync(join(XMLS, profile))) continue;
    for (const file of readdirSync(join(PDFS, profile))) {
      const xml = join(XMLS, profile, file.replace(/\.pdf$/, '.xml'));
      if (!file.endsWith('.pdf') || !existsSync(xml)) continue;
      const bytes = pdf(profile, file.replace(/\.pdf$/, ''));
      const text = await readPdfText(bytes, { maxPages: 50, maxItems: 100_000 });
      const visible = text.ok
        ? buildLayout(text.text.pages)
            .segments.map((segment) => segment.text)
            .join('\n')
        : '';
      comparisons.push(
        compare(await extractInvoice(bytes), modelOfXml(readFileSync(xml), xml), visible),
      );
    }
  }
  const stats = tally(comparisons);

  it('covers several samples', () => {
    expect(comparisons.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    'BT-1',
    'BT-2',
    'BT-5',
    'BT-27',
    'BT-30',
    'BT-31',
    'BT-44',
    'BT-47',
    'BT-109',
    'BT-110',
    'BT-112',
    'BT-115',
    'BG-23',
  ] as const)('%s is read exactly in at least 95 percent of the samples that print it', (term) => {
    expect(rate(stats[term])).toBeGreaterThanOrEqual(0.95);
  });

  it('reads at least 90 % of all compared terms exactly', () => {
    const exact = COMPARED.reduce((total, term) => total + stats[term].exact, 0);
    const expected = COMPARED.reduce((total, term) => total + stats[term].expected, 0);
    expect(exact / expected).toBeGreaterThanOrEqual(0.9);
  });
});
