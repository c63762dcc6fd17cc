import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../shared/model';
import {
  checkFacturxPdf,
  createFacturxPdf,
  readFacturxPdf,
  renderInvoicePdf,
} from '../../../shared/pdf';
import {
  formatAmount,
  formatDate,
  formatNumber,
  formatPercent,
} from '../../../shared/pdf/render/format';
import { modelOfXml } from '../../support/model-of-xml';
import { detect, open, sampleXml } from './support';

const DATE = new Date('2026-03-02T09:30:00Z');
const RICH = ['EN16931', 'Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931'] as const;

async function pagesText(pdf: Uint8Array): Promise<string[]> {
  const proxy = await getDocumentProxy(pdf.slice());
  const { text } = await extractText(proxy, { mergePages: false });
  return text.map((page) => page.replace(/\u00a0/g, ' '));
}

describe('renderInvoicePdf', () => {
  it('shows the parties, references, lines, VAT, totals and payment of the invoice', async () => {
    const invoice = modelOfXml(sampleXml(...RICH));
    const pages = await pagesText(await renderInvoicePdf(invoice, { date: DATE }));
    const text = pages.join('\n');
    expect(text).toContain('FACTURE');
    expect(text).toContain(`N° ${invoice['BT-1']}`);
    expect(text).toContain(invoice['BG-4']?.['BT-27'] ?? '?');
    expect(text).toContain(invoice['BG-7']?.['BT-44'] ?? '?');
    expect(text).toContain(`Date : ${formatDate(invoice['BT-2'])}`);
    for (const line of invoice['BG-25'] ?? []) {
      expect(text).toContain(formatAmount(line['BT-131'], 'EUR').replace(/\u00a0/g, ' '));
    }
    expect(text).toContain('Récapitulatif de la TVA');
    expect(text).toContain('Net à payer');
    expect(text).toContain(
      formatAmount(invoice['BG-22']?.['BT-115'], 'EUR').replace(/\u00a0/g, ' '),
    );
    const iban = invoice['BG-16']?.['BG-17']?.[0]?.['BT-84'];
    if (iban) expect(text).toContain(iban);
    expect(text).toContain(`Page ${pages.length} / ${pages.length}`);
  });

  it('titles a credit note AVOIR', async () => {
    const invoice = modelOfXml(sampleXml('EN16931', 'Avoir_FR_type381_EN16931'));
    expect(invoice['BT-3']).toBe('381');
    const [text = ''] = await pagesText(await renderInvoicePdf(invoice, { date: DATE }));
    expect(text).toContain('AVOIR');
  });

  it('runs the lines over several pages, repeating the table header and numbering pages', async () => {
    const invoice = modelOfXml(sampleXml(...RICH));
    const template = invoice['BG-25']?.[0] ?? {};
    const lines = Array.from({ length: 80 }, (_, i) => ({
      ...template,
      'BT-126': String(i + 1),
      'BG-31': { 'BT-153': `Article numéro ${i + 1}` },
    }));
    const pdf = await renderInvoicePdf({ ...invoice, 'BG-25': lines }, { date: DATE });
    const pages = await pagesText(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} / ${pages.length}`);
    });
    const withLines = pages.filter((page) => page.includes('Article numéro'));
    for (const page of withLines) expect(page).toContain('Désignation');
    const all = pages.join('\n');
    for (let i = 1; i <= 80; i++) expect(all).toContain(`Article numéro ${i}`);
  });

  it('draws text the standard fonts cannot, without failing', async () => {
    const invoice: Invoice = {
      'BT-1': 'Ł-1',
      'BG-4': { 'BT-27': 'Société Œuvre « Ünïcode » 株式会社 🚀' },
      'BG-25': [{ 'BG-31': { 'BT-153': 'Ľubovoľný text — €' } }],
    };
    const [text = ''] = await pagesText(await renderInvoicePdf(invoice, { date: DATE }));
    // WinAnsi has é, Œ, «, Ü, ý, —, €; Ł, Ľ, ľ, CJK and emoji it has not.
    expect(text).toContain('Société Œuvre « Ünïcode » ???? ?');
    expect(text).toContain('N° ?-1');
    expect(text).toContain('Lubovolný text — €');
  });

  it('renders an empty invoice as one page', async () => {
    const doc = await open(await renderInvoicePdf({}, { date: DATE }));
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Facture');
  });
});

describe('createFacturxPdf', () => {
  it('draws the invoice and attaches its XML: a Factur-X PDF without pdf findings', async () => {
    const xml = sampleXml(...RICH);
    const invoice = modelOfXml(xml);
    const result = await createFacturxPdf(invoice, xml, { date: DATE });
    if (!result.ok) throw new Error(result.error.message.en);
    const pdf = await readFacturxPdf(result.pdf);
    if (!pdf.ok) throw new Error(pdf.error.message.en);
    expect(Buffer.from(pdf.xml).equals(Buffer.from(xml))).toBe(true);
    expect(checkFacturxPdf(pdf, detect(pdf.xml))).toEqual([]);
    const doc = await open(result.pdf);
    expect(doc.getTitle()).toBe(`Facture ${invoice['BT-1']}`);
    expect(doc.getAuthor()).toBe(invoice['BG-4']?.['BT-27']);
  });
});

describe('French formatting', () => {
  it('writes numbers, amounts, rates and dates the French way, from the decimal strings', () => {
    expect(formatAmount('1234567.5', 'EUR')).toBe('1\u00a0234\u00a0567,50\u00a0€');
    expect(formatAmount('-0.123', 'USD')).toBe('-0,123\u00a0$');
    expect(formatAmount('12', 'CHF')).toBe('12,00\u00a0CHF');
    expect(formatNumber('0012.500')).toBe('12,500');
    expect(formatPercent('5.5')).toBe('5,5\u00a0%');
    expect(formatDate('2026-03-02')).toBe('02/03/2026');
    expect(formatDate('2026-3-2')).toBe('2026-3-2');
  });
});
