/**
 * extractInvoice on PDFs drawn for the test: layouts the FNFE samples do not cover, and every kind
 * of bad input (never a throw, never an empty result presented as a reading).
 */
import { describe, expect, it } from 'vitest';
import { extractInvoice } from '../../../shared/extract';
import { InvoiceSchema } from '../../../shared/model';
import { makePdf, textWidth } from './make-pdf';
import {
  BUYER_SIRET,
  englishInvoice,
  frenchPublicInvoice,
  IBAN,
  SELLER_SIRET,
  sellerVat,
} from './synthetic-invoices';

const values = (fields: Record<string, { value: string } | undefined>) =>
  Object.fromEntries(Object.entries(fields).map(([term, field]) => [term, field?.value]));

describe('a French invoice to a public buyer', async () => {
  const result = await extractInvoice(await makePdf([frenchPublicInvoice()]));

  it('reads the header, the parties and the Chorus Pro references', () => {
    expect(result.error).toBeUndefined();
    expect(values(result.fields)).toMatchObject({
      'BT-1': 'FAC-2026-0042',
      'BT-2': '2026-03-01',
      'BT-3': '380',
      'BT-5': 'EUR',
      'BT-9': '2026-03-31',
      'BT-10': 'SERV-FIN',
      'BT-12': '2025-M-017',
      'BT-13': '1300012345',
      'BT-20': '30 jours fin de mois',
      'BT-27': 'ATELIER DUPONT SAS',
      'BT-44': 'COMMUNE DE VILLEBOIS',
      'BT-31': sellerVat(),
      'BT-47': BUYER_SIRET,
      'BT-84': IBAN,
      'BT-86': 'AGRIFRPP',
    });
  });

  it('puts SIRETs under scheme 0009 and raises the confidence of valid identifiers', () => {
    expect(result.fields['BT-29']).toMatchObject({ value: SELLER_SIRET, scheme: '0009' });
    expect(result.fields['BT-47']).toMatchObject({ value: BUYER_SIRET, scheme: '0009' });
    expect(result.fields['BT-47']?.confidence).toBeGreaterThan(0.9);
    expect(result.warnings.filter((warning) => warning.code === 'identifier-invalid')).toEqual([]);
  });

  it('reads French amounts with no-break spaces, and a VAT line without table', () => {
    expect(values(result.fields)).toMatchObject({
      'BT-109': '1291.00',
      'BT-110': '258.20',
      'BT-112': '1549.20',
      'BT-115': '1549.20',
    });
    expect(result.vatBreakdown).toMatchObject([
      { 'BT-119': '20', 'BT-116': '1291.00', 'BT-117': '258.20' },
    ]);
    // The base is not printed: taken from the total without VAT, and said so.
    expect(result.warnings.map((warning) => warning.term)).toContain('BT-116');
  });

  it('reads the line table', () => {
    expect(
      result.lines.map((line) => [
        line['BT-153'],
        line['BT-129'],
        line['BT-146'],
        line['BT-131'],
        line['BT-152'],
      ]),
    ).toEqual([
      ['Maintenance annuelle', '1', '1200.00', '1200.00', '20'],
      ['Déplacement technicien', '2', '45.50', '91.00', '20'],
    ]);
    // Quantity × price = amount and the lines add up to the total: confident.
    for (const line of result.lines) expect(line.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('says where each value was printed', () => {
    const number = result.fields['BT-1'];
    expect(number?.page).toBe(1);
    expect(number?.source).toBe('N° de facture : FAC-2026-0042');
    // Drawn at x = 350, baseline 60 from the top, 10 pt Helvetica.
    const [x, y, width, height] = number?.box ?? [0, 0, 0, 0];
    expect(x).toBeCloseTo(350, 0);
    expect(y).toBeGreaterThan(45);
    expect(y + height).toBeLessThan(65);
    expect(width).toBeGreaterThan(100);
  });

  it('builds a model that passes the model schema, from what was read only', () => {
    expect(InvoiceSchema.safeParse(result.invoice).success).toBe(true);
    expect(result.invoice['BG-7']?.['BT-47']).toEqual({ id: BUYER_SIRET, scheme: '0009' });
    expect(result.invoice['BG-22']?.['BT-112']).toBe('1549.20');
    // Nothing printed, nothing invented: no payment means code, no seller address.
    expect(result.invoice['BG-16']?.['BT-81']).toBeUndefined();
    expect(result.invoice['BG-4']?.['BG-5']).toBeUndefined();
  });
});

describe('an English invoice', async () => {
  const result = await extractInvoice(await makePdf([englishInvoice()]));

  it('reads month-first dates, pounds and English labels', () => {
    expect(values(result.fields)).toMatchObject({
      'BT-1': 'INV-1042',
      'BT-2': '2026-03-15',
      'BT-9': '2026-04-14',
      'BT-5': 'GBP',
      'BT-13': 'PO-77812',
      'BT-27': 'Northwind Trading Ltd',
      'BT-44': 'Contoso Hospital Trust',
      'BT-109': '2450.00',
      'BT-110': '490.00',
      'BT-112': '2940.00',
      'BT-115': '2940.00',
    });
    expect(result.lines.map((line) => line['BT-131'])).toEqual(['1950.00', '500.00']);
  });
});

describe('layout details', () => {
  it('joins a number printed as two runs, and keeps a missing term absent', async () => {
    const size = 10;
    const first = '205,';
    const offset = await textWidth(first, size);
    const result = await extractInvoice(
      await makePdf([
        [
          { text: 'Facture n° A-17', x: 50, y: 60, size: 16 },
          { text: 'Total TTC', x: 300, y: 200, size },
          { text: first, x: 420, y: 200, size },
          { text: '90 €', x: 420 + offset, y: 200, size },
        ],
      ]),
    );
    expect(result.fields['BT-112']?.value).toBe('205.90');
    expect(result.fields['BT-1']?.value).toBe('A-17');
    expect(result.fields['BT-2']).toBeUndefined();
    expect(result.fields['BT-109']).toBeUndefined();
    expect(result.invoice['BT-2']).toBeUndefined();
  });

  it('takes a credit note printed with negative amounts as positive, and says so', async () => {
    const result = await extractInvoice(
      await makePdf([
        [
          { text: 'AVOIR N° AV-9', x: 50, y: 60, size: 16 },
          { text: 'Total HT', x: 300, y: 200 },
          { text: '-100,00 €', x: 420, y: 200 },
          { text: 'Total TVA', x: 300, y: 215 },
          { text: '20,00 €', x: 420, y: 215 },
          { text: 'Total TTC', x: 300, y: 230 },
          { text: '-120,00 €', x: 420, y: 230 },
        ],
      ]),
    );
    expect(values(result.fields)).toMatchObject({
      'BT-3': '381',
      'BT-109': '100.00',
      'BT-110': '20.00',
      'BT-112': '120.00',
    });
    expect(result.warnings.map((warning) => warning.code)).toContain('credit-note-signs');
  });

  it('lowers the confidence of totals that do not add up', async () => {
    const totals = (vat: string) => [
      { text: 'Facture n° B-1', x: 50, y: 60, size: 16 },
      { text: 'Total HT', x: 300, y: 200 },
      { text: '100,00 €', x: 420, y: 200 },
      { text: 'Total TVA', x: 300, y: 215 },
      { text: vat, x: 420, y: 215 },
      { text: 'Total TTC', x: 300, y: 230 },
      { text: '120,00 €', x: 420, y: 230 },
    ];
    const right = await extractInvoice(await makePdf([totals('20,00 €')]));
    const wrong = await extractInvoice(await makePdf([totals('25,00 €')]));
    expect(wrong.fields['BT-110']?.value).toBe('25.00');
    expect(wrong.fields['BT-110']?.confidence).toBeLessThan(
      right.fields['BT-110']?.confidence ?? 0,
    );
    expect(wrong.warnings.map((warning) => warning.code)).toContain('amounts-inconsistent');
    expect(right.warnings.map((warning) => warning.code)).not.toContain('amounts-inconsistent');
  });
});

describe('a two-page invoice', () => {
  it('reads the line table of both pages and the totals of the last one', async () => {
    const header = (y: number) => [
      { text: 'Désignation', x: 50, y, bold: true },
      { text: 'Quantité', x: 300, y, bold: true },
      { text: 'Prix unitaire', x: 360, y, bold: true },
      { text: 'Total HT', x: 480, y, bold: true },
    ];
    const row = (y: number, name: string, quantity: string, price: string, amount: string) => [
      { text: name, x: 50, y },
      { text: quantity, x: 300, y },
      { text: price, x: 360, y },
      { text: amount, x: 480, y },
    ];
    const result = await extractInvoice(
      await makePdf([
        [
          { text: 'Facture n° LONG-7', x: 50, y: 60, size: 16 },
          ...header(150),
          ...row(170, 'Article un', '2', '10,00', '20,00'),
          ...row(185, 'Article deux', '1', '30,00', '30,00'),
        ],
        [
          ...header(80),
          ...row(100, 'Article trois', '5', '10,00', '50,00'),
          { text: 'Total HT', x: 360, y: 200 },
          { text: '100,00 €', x: 480, y: 200 },
          { text: 'Total TVA', x: 360, y: 215 },
          { text: '20,00 €', x: 480, y: 215 },
          { text: 'Total TTC', x: 360, y: 230 },
          { text: '120,00 €', x: 480, y: 230 },
        ],
      ]),
    );
    expect(result.lines.map((line) => [line['BT-153'], line.page])).toEqual([
      ['Article un', 1],
      ['Article deux', 1],
      ['Article trois', 2],
    ]);
    expect(result.fields['BT-112']).toMatchObject({ value: '120.00', page: 2 });
    // The lines add up to the total without VAT: each line is surer for it.
    for (const line of result.lines) expect(line.confidence).toBeGreaterThanOrEqual(0.85);
  });
});

describe('bad input', () => {
  it('refuses bytes that are not a PDF', async () => {
    const result = await extractInvoice(new TextEncoder().encode('hello'));
    expect(result.error?.code).toBe('unreadable');
    expect(result.textLayer).toBe(false);
    expect(result.fields).toEqual({});
    expect(result.invoice).toEqual({});
  });

  it('refuses a damaged PDF without throwing', async () => {
    const good = await makePdf([frenchPublicInvoice()]);
    const result = await extractInvoice(good.slice(0, 400));
    expect(result.error?.code).toBe('unreadable');
    expect(result.fields).toEqual({});
  });

  it('says a password-protected PDF cannot be read, and reads it with its password', async () => {
    const locked = await makePdf([frenchPublicInvoice()], { userPassword: 'secret' });
    expect((await extractInvoice(locked)).error?.code).toBe('encrypted');
    const opened = await extractInvoice(locked, { password: 'secret' });
    expect(opened.error).toBeUndefined();
    expect(opened.fields['BT-1']?.value).toBe('FAC-2026-0042');
  });

  it('says a scan has no text layer instead of returning empty fields', async () => {
    const result = await extractInvoice(await makePdf(['blank']));
    expect(result.error).toEqual({
      code: 'no-text-layer',
      message: {
        fr: 'PDF scanné sans couche texte : utilisez un OCR',
        en: 'Scanned PDF without a text layer: use OCR',
      },
    });
    expect(result.textLayer).toBe(false);
    expect(result.pages).toHaveLength(1);
  });

  it('warns about a scanned page among text pages', async () => {
    const result = await extractInvoice(await makePdf([frenchPublicInvoice(), 'blank']));
    expect(result.error).toBeUndefined();
    expect(
      result.warnings.find((warning) => warning.code === 'page-without-text')?.message.fr,
    ).toContain('Page 2');
  });

  it('reads at most maxPages pages and says so', async () => {
    const result = await extractInvoice(
      await makePdf([
        frenchPublicInvoice(),
        [{ text: 'Conditions générales', x: 50, y: 50 }],
        'blank',
      ]),
      { maxPages: 2 },
    );
    expect(result.pageCount).toBe(3);
    expect(result.pages.map((page) => page.number)).toEqual([1, 2]);
    expect(result.warnings.map((warning) => warning.code)).toContain('pages-truncated');
  });

  it('refuses a file over maxBytes before parsing it', async () => {
    const bytes = await makePdf([frenchPublicInvoice()]);
    const result = await extractInvoice(bytes, { maxBytes: 1000 });
    expect(result.error?.code).toBe('too-large');
    expect(result.error?.message.fr).toMatch(
      /Fichier trop volumineux \(.+ Ko ; maximum 1000 octets\)/,
    );
  });

  it('stops after maxItems text items and says so', async () => {
    const result = await extractInvoice(await makePdf([frenchPublicInvoice()]), { maxItems: 5 });
    expect(result.warnings.map((warning) => warning.code)).toContain('items-truncated');
    expect(result.fields['BT-112']).toBeUndefined();
  });

  it('leaves the caller’s bytes untouched', async () => {
    const bytes = await makePdf([frenchPublicInvoice()]);
    const copy = bytes.slice();
    await extractInvoice(bytes);
    expect(bytes).toEqual(copy);
  });
});
