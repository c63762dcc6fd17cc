import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../extension/sources/base64';
import { pendingFromExtraction, pendingFromHistory } from '../../../extension/sources/extracted';
import { MAX_FILE_BYTES, readInvoiceFile } from '../../../extension/sources/read-file';
import { sniffFile } from '../../../extension/sources/sniff';
import { historyEntryOf } from '../../../extension/storage/history';
import { PendingInvoiceSchema } from '../../../extension/storage/pending-invoice';
import { FNFE_CII, FNFE_PDF, FNFE_UBL, fixtureBytes, fixtureInvoice } from '../ui/fixtures';

const now = new Date('2026-02-03T09:30:00.000Z');
const file = (path: string, name = path.split('/').at(-1) ?? path) => ({
  name,
  bytes: fixtureBytes(path),
});
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffFile', () => {
  it('tells PDF from XML by content, whatever the name', () => {
    expect(sniffFile(fixtureBytes(FNFE_PDF))).toBe('pdf');
    expect(sniffFile(fixtureBytes(FNFE_UBL))).toBe('xml');
    expect(sniffFile(text('\uFEFF\n  <Invoice/>'))).toBe('xml');
    expect(sniffFile(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00]))).toBe('xml');
    expect(sniffFile(new Uint8Array([0xfe, 0xff, 0x00, 0x3c, 0x00, 0x61]))).toBe('xml');
    expect(sniffFile(text('junk before %PDF-1.7'))).toBe('pdf');
    expect(sniffFile(text('{"BT-1": "x"}'))).toBe('unknown');
  });
});

describe('readInvoiceFile', () => {
  it('reads a UBL invoice into the model and keeps the XML for the syntax checks', async () => {
    const reading = await readInvoiceFile(file(FNFE_UBL), now);
    if (reading.status !== 'read') throw new Error(reading.status);
    const { pending } = reading;
    expect(pending.invoice).toEqual(fixtureInvoice(FNFE_UBL));
    expect(pending.source).toEqual({
      kind: 'ubl',
      fileName: 'F20260023-UBL.xml',
      size: fixtureBytes(FNFE_UBL).length,
    });
    expect(pending.chosenAt).toBe('2026-02-03T09:30:00.000Z');
    expect(base64ToBytes(pending.xml ?? '')).toEqual(fixtureBytes(FNFE_UBL));
    expect(pending.pdf).toBeUndefined();
    expect(PendingInvoiceSchema.safeParse(pending).success).toBe(true);
  });

  it('reads a CII invoice, even under a misleading name', async () => {
    const reading = await readInvoiceFile(file(FNFE_CII, 'facture.pdf'), now);
    if (reading.status !== 'read') throw new Error(reading.status);
    expect(reading.pending.source.kind).toBe('cii');
    expect(reading.pending.invoice['BT-1']).toBe('F20260023');
  });

  it('reads a Factur-X PDF through its embedded XML and keeps the PDF as the main piece', async () => {
    const reading = await readInvoiceFile(file(FNFE_PDF), now);
    if (reading.status !== 'read') throw new Error(reading.status);
    const { pending } = reading;
    expect(pending.source.kind).toBe('facturx-pdf');
    expect(pending.invoice['BT-1']).toBe('F20260025');
    expect(base64ToBytes(pending.pdf ?? '')).toEqual(fixtureBytes(FNFE_PDF));
    const xml = new TextDecoder().decode(base64ToBytes(pending.xml ?? ''));
    expect(xml).toContain('F20260025');
    expect(PendingInvoiceSchema.safeParse(pending).success).toBe(true);
  });

  it('asks before sending a PDF without an embedded invoice away', async () => {
    const plain = file('test/fixtures/facturx-pdf/Custom/2023-6013_facture.pdf');
    const reading = await readInvoiceFile(plain, now);
    expect(reading.status).toBe('needs-extraction');
    if (reading.status === 'needs-extraction') expect(reading.file).toBe(plain);
  });

  it('refuses an XML that is not an invoice, saying what it is', async () => {
    const reading = await readInvoiceFile(file('test/fixtures/xml/detect/ubl-order.xml'), now);
    expect(reading.status).toBe('refused');
    if (reading.status === 'refused') {
      expect(reading.message.fr).toMatch(/n'est pas une facture/);
      expect(reading.message.en).toMatch(/not a UBL or CII invoice/);
    }
  });

  it('refuses broken XML with the line of the fault', async () => {
    const reading = await readInvoiceFile(file('test/fixtures/xml/unclosed-element.xml'), now);
    expect(reading.status === 'refused' && reading.message.fr).toMatch(
      /^XML illisible \(ligne \d+\)/,
    );
  });

  it('refuses empty files, unknown content and files over the size limit before reading them', async () => {
    const empty = await readInvoiceFile({ name: 'a.xml', bytes: new Uint8Array() }, now);
    const unknown = await readInvoiceFile({ name: 'a.xml', bytes: text('hello') }, now);
    const huge = await readInvoiceFile(
      { name: 'a.xml', bytes: new Uint8Array(MAX_FILE_BYTES + 1) },
      now,
    );
    expect([empty.status, unknown.status, huge.status]).toEqual(['refused', 'refused', 'refused']);
    expect(huge.status === 'refused' && huge.message.en).toMatch(/too large/);
  });
});

describe('pending invoices from elsewhere', () => {
  it('an extraction waits for confirmation, with each value’s confidence at its model pointer', () => {
    const invoice = fixtureInvoice(FNFE_CII);
    const made = pendingFromExtraction(
      {
        invoice,
        fields: {
          'BT-1': { value: 'F20260023', confidence: 0.9 },
          'BT-84': { value: 'FR76…', confidence: 0.6 },
          'BT-112': { value: '104.90', confidence: 0.4 },
        },
        lines: [
          { 'BT-153': 'A', 'BT-131': '60.00', confidence: 0.85 },
          { 'BT-129': '3', 'BT-146': '10.00', 'BT-152': '20', confidence: 0.5 },
        ],
        warnings: [
          { code: 'derived-value', message: { fr: 'Date devinée.', en: 'Date guessed.' } },
        ],
      },
      { name: 'scan.pdf', bytes: text('%PDF-1.4') },
      now,
    );
    expect(made.pending.extraction).toEqual({
      confidence: {
        '/BT-1': 0.9,
        '/BG-16/BG-17/0/BT-84': 0.6,
        '/BG-22/BT-112': 0.4,
        '/BG-25/0/BG-31/BT-153': 0.85,
        '/BG-25/0/BT-131': 0.85,
        '/BG-25/1/BT-129': 0.5,
        '/BG-25/1/BG-29/BT-146': 0.5,
        '/BG-25/1/BG-30/BT-152': 0.5,
      },
      confirmed: false,
    });
    expect(made.pending.source).toEqual({ kind: 'pdf-extraction', fileName: 'scan.pdf', size: 8 });
    expect(made.notes).toEqual([{ fr: 'Date devinée.', en: 'Date guessed.' }]);
    expect(base64ToBytes(made.pending.pdf ?? '')).toEqual(text('%PDF-1.4'));
  });

  it('a history entry is reused with a note of the fill it repeats', () => {
    const entry = historyEntryOf({
      invoice: fixtureInvoice(FNFE_UBL),
      source: { kind: 'ubl', fileName: 'f.xml' },
      filledAt: new Date('2026-01-05T08:00:00.000Z'),
    });
    const pending = pendingFromHistory(entry, now);
    expect(pending?.source).toEqual({ kind: 'history', fileName: 'F20260023' });
    expect(pending?.reusedFrom).toEqual({
      invoiceNumber: 'F20260023',
      filledAt: '2026-01-05T08:00:00.000Z',
    });
    expect(pending?.xml).toBeUndefined();
    expect(pendingFromHistory({ ...entry, invoice: undefined }, now)).toBeUndefined();
  });
});

describe('base64', () => {
  it('round-trips bytes longer than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
