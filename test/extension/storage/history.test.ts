import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addToHistory,
  HISTORY_INVOICE_MAX_CHARS,
  HISTORY_LIMIT,
  type HistoryEntry,
  historyEntryOf,
  historyItem,
  recordFill,
  reusableEntries,
} from '../../../extension/storage/history';
import type { Invoice } from '../../../shared/model';
import { FNFE_CII, FNFE_UBL, fixtureInvoice } from '../ui/fixtures';

const source = { kind: 'ubl', fileName: 'f.xml' } as const;
const at = new Date('2026-02-03T10:00:00.000Z');

function entry(invoiceNumber: string, siret?: string): HistoryEntry {
  return {
    id: invoiceNumber,
    filledAt: at.toISOString(),
    invoiceNumber,
    recipient: siret ? { siret } : {},
    source,
  };
}

describe('historyEntryOf', () => {
  it('summarises an invoice: number, date, recipient, total with VAT and its currency', () => {
    const sample = fixtureInvoice(FNFE_UBL);
    const invoice: Invoice = {
      ...sample,
      'BG-7': { ...sample['BG-7'], 'BT-47': { id: '18007003900110', scheme: '0009' } },
    };
    const made = historyEntryOf({ invoice, source, profileId: 'p', filledAt: at });
    expect(made).toMatchObject({
      filledAt: '2026-02-03T10:00:00.000Z',
      invoiceNumber: 'F20260023',
      issueDate: '2026-01-31',
      recipient: { name: 'LE CLIENT', siret: '18007003900110' },
      amount: { value: '114.00', currency: 'EUR' },
      profileId: 'p',
    });
  });

  it('records no recipient SIRET when the invoice names only a SIREN (the FNFE sample)', () => {
    const made = historyEntryOf({ invoice: fixtureInvoice(FNFE_UBL), source, filledAt: at });
    expect(made.recipient).toEqual({ name: 'LE CLIENT' });
  });

  it('keeps attachment names but not their content', () => {
    const invoice: Invoice = {
      ...fixtureInvoice(FNFE_CII),
      'BG-24': [
        {
          'BT-122': 'BL-1',
          'BT-125': { filename: 'bl.pdf', mimeCode: 'application/pdf', content: 'JVBERi0=' },
        },
      ],
    };
    const kept = historyEntryOf({ invoice, source, filledAt: at }).invoice;
    expect(kept?.['BG-24']).toEqual([
      { 'BT-122': 'BL-1', 'BT-125': { filename: 'bl.pdf', mimeCode: 'application/pdf' } },
    ]);
    expect(invoice['BG-24']?.[0]?.['BT-125']?.content).toBe('JVBERi0=');
  });

  it('keeps the summary but not the invoice when the invoice is too large', () => {
    const invoice: Invoice = {
      ...fixtureInvoice(FNFE_CII),
      'BT-20': 'x'.repeat(HISTORY_INVOICE_MAX_CHARS),
    };
    const made = historyEntryOf({ invoice, source, filledAt: at });
    expect(made.invoice).toBeUndefined();
    expect(made.invoiceNumber).toBe('F20260023');
  });
});

describe('addToHistory', () => {
  it('puts the newest first and replaces an earlier fill of the same invoice for the same recipient', () => {
    const list = addToHistory([entry('A', '1'), entry('B', '1')], { ...entry('A', '1'), id: 'A2' });
    expect(list.map((e) => e.id)).toEqual(['A2', 'B']);
    const other = addToHistory(list, entry('A', '2'));
    expect(other.map((e) => e.id)).toEqual(['A', 'A2', 'B']);
  });

  it(`keeps at most ${HISTORY_LIMIT} entries, dropping the oldest`, () => {
    let list: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) list = addToHistory(list, entry(`N${i}`));
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0]?.invoiceNumber).toBe(`N${HISTORY_LIMIT + 4}`);
    expect(list.at(-1)?.invoiceNumber).toBe('N5');
  });
});

describe('history storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records fills, and clearing leaves an empty history', async () => {
    await recordFill({ invoice: fixtureInvoice(FNFE_UBL), source, filledAt: at });
    const read = await historyItem.read();
    expect(read.value).toHaveLength(1);
    expect(read.value[0]?.invoice?.['BT-1']).toBe('F20260023');
    await historyItem.clear();
    expect((await historyItem.read()).value).toEqual([]);
  });

  it('leaves out a stored entry whose invoice is not a valid model', async () => {
    const good = historyEntryOf({ invoice: fixtureInvoice(FNFE_UBL), source, filledAt: at });
    await fakeBrowser.storage.local.set({
      history: [good, { ...good, id: 'bad', invoice: { 'BT-1': 42 } }],
    });
    const read = await historyItem.read();
    expect(read.value.map((e) => e.id)).toEqual([good.id]);
    expect(read.problem?.details[0]).toContain('/1/invoice/BT-1');
  });
});

describe('reusableEntries', () => {
  it('lists entries that kept their invoice, for one recipient or for all', () => {
    const invoice = fixtureInvoice(FNFE_UBL);
    const entries = [
      { ...entry('A', '1'), invoice },
      { ...entry('B', '2'), invoice },
      entry('C', '1'),
    ];
    expect(reusableEntries(entries, '1').map((e) => e.id)).toEqual(['A']);
    expect(reusableEntries(entries, undefined).map((e) => e.id)).toEqual(['A', 'B']);
  });
});
