import { html } from 'htm/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { InvoicePreview, PREVIEW_MAX_LINES } from '../../../extension/ui/invoice-preview';
import type { Invoice } from '../../../shared/model';
import { FNFE_CII, FNFE_UBL, fixtureInvoice } from './fixtures';
import { mount, plain, unmountAll } from './render';

function rowText(root: HTMLElement, at: string): string {
  return plain(root.querySelector(`[data-at="${at}"] dd`)?.textContent);
}

describe('InvoicePreview', () => {
  afterEach(unmountAll);

  it('shows the parties, references, lines and totals of the FNFE sample, in French', () => {
    const invoice = fixtureInvoice(FNFE_CII);
    const root = mount(html`<${InvoicePreview} invoice=${invoice} />`);
    expect(rowText(root, '/BT-1')).toBe('F20260023');
    expect(rowText(root, '/BT-2')).toBe('31/01/2026');
    expect(rowText(root, '/BT-3')).toBe('Facture (380)');
    expect(rowText(root, '/BG-4/BT-27')).toBe('LE FOURNISSEUR');
    expect(rowText(root, '/BG-4/BT-29')).toBe('123 456 782 00077');
    expect(rowText(root, '/BG-7/BT-44')).toBe('LE CLIENT');
    // BT-47 holds the buyer's SIREN: shown as such, not as a SIRET.
    expect(plain(root.querySelector('[data-at="/BG-7/BT-47"] dt')?.textContent)).toBe('SIREN');
    expect(rowText(root, '/BT-10')).toBe('SERVEXEC');
    expect(rowText(root, '/BT-13')).toBe('PO201925478');
    expect(rowText(root, '/BT-12')).toBe(invoice['BT-12']);
    expect(root.querySelectorAll('table.lines tbody tr')).toHaveLength(
      invoice['BG-25']?.length ?? -1,
    );
    expect(rowText(root, '/BG-22/BT-112')).toBe('104,90 EUR');
    expect(rowText(root, '/BG-22/BT-115')).toBe('104,90 EUR');
  });

  it('writes numbers and labels the English way when the panel is in English', () => {
    const invoice: Invoice = {
      ...fixtureInvoice(FNFE_UBL),
      'BG-22': { 'BT-109': '1234567.50', 'BT-112': '1481481.00', 'BT-115': '1481481.00' },
    };
    const root = mount(html`<${InvoicePreview} invoice=${invoice} />`, 'en');
    expect(rowText(root, '/BG-22/BT-109')).toBe('EUR 1,234,567.50');
    expect(rowText(root, '/BT-2')).toBe('2026-01-31');
    expect(plain(root.querySelector('[data-at="/BG-22/BT-112"] dt')?.textContent)).toBe(
      'Total with VAT',
    );
    expect(rowText(root, '/BG-22/BT-110')).toBe('missing');
  });

  it('marks extracted values below 80 % confidence as « à vérifier », in words', () => {
    const invoice = fixtureInvoice(FNFE_UBL);
    const confidence = { '/BT-1': 0.98, '/BG-22/BT-112': 0.42, '/BG-25/0/BT-131': 0.5 };
    const root = mount(html`<${InvoicePreview} invoice=${invoice} confidence=${confidence} />`);
    expect(rowText(root, '/BT-1')).toBe('F20260023 fiabilité 98 %');
    expect(root.querySelector('[data-at="/BT-1"]')?.classList.contains('doubtful')).toBe(false);
    expect(rowText(root, '/BG-22/BT-112')).toContain('fiabilité 42 % — à vérifier');
    expect(root.querySelector('[data-at="/BG-22/BT-112"]')?.classList.contains('doubtful')).toBe(
      true,
    );
    const firstLineNet = root.querySelector('table.lines tbody tr td:last-child');
    expect(plain(firstLineNet?.textContent)).toContain('à vérifier');
    expect(rowText(root, '/BT-2')).toBe('31/01/2026');
  });

  it('shows the first lines of a long invoice and counts the rest', () => {
    const base = fixtureInvoice(FNFE_UBL);
    const line = base['BG-25']?.[0] ?? {};
    const invoice: Invoice = {
      ...base,
      'BG-25': Array.from({ length: PREVIEW_MAX_LINES + 7 }, () => line),
    };
    const root = mount(html`<${InvoicePreview} invoice=${invoice} />`);
    expect(root.querySelectorAll('table.lines tbody tr')).toHaveLength(PREVIEW_MAX_LINES);
    expect(plain(root.textContent)).toContain('… et 7 autre(s) ligne(s)');
  });
});

describe('InvoicePreview: the recipient', () => {
  afterEach(unmountAll);

  it('says why a recipient SIRET is impossible instead of showing it as good', () => {
    const sample = fixtureInvoice(FNFE_UBL);
    const invoice: Invoice = {
      ...sample,
      'BG-7': { ...sample['BG-7'], 'BT-47': { id: '18007003900111', scheme: '0009' } },
    };
    const root = mount(html`<${InvoicePreview} invoice=${invoice} />`);
    const row = root.querySelector('[data-at="/BG-7/BT-47"]');
    expect(row?.classList.contains('doubtful')).toBe(true);
    expect(plain(row?.querySelector('.problem')?.textContent)).toMatch(/^Ce SIRET est impossible/);
  });
});
