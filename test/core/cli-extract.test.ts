import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { readFacturxPdf } from '../../shared/pdf';
import { memoryIO } from '../support/cli-io';
import { modelOfXml } from '../support/model-of-xml';

async function run(args: string[]) {
  const m = memoryIO();
  const status = await main(args, m.io);
  return { status, out: m.out(), err: m.err() };
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

const PLAIN_PDF = 'test/fixtures/facturx-pdf/Custom/2023-6013_facture.pdf';
/** The same invoice as a Factur-X sample: its XML says what the page of PLAIN_PDF shows. */
const TWIN_PDF = 'test/fixtures/facturx-pdf/Custom/2023-6013_facture_facturx_en16931.pdf';

async function twinInvoice() {
  const pdf = await readFacturxPdf(new Uint8Array(readFileSync(TWIN_PDF)));
  if (!pdf.ok) throw new Error('unreadable twin');
  return modelOfXml(pdf.xml, TWIN_PDF);
}

type FieldRecord = { value: string; confidence: number };

describe('chorus-assist extract', () => {
  it('prints the fields with their confidence as JSON Lines, matching the invoice on the page', async () => {
    const { status, out } = await run(['extract', '--format', 'json', PLAIN_PDF]);
    expect(status).toBe(0);
    const [record] = jsonLines(out);
    expect(record?.file).toBe(PLAIN_PDF);
    const fields = record?.fields as Record<string, FieldRecord>;
    const twin = await twinInvoice();
    expect(fields['BT-1']?.value).toBe(twin['BT-1']);
    expect(fields['BT-112']?.value).toBe(twin['BG-22']?.['BT-112']);
    for (const field of Object.values(fields)) {
      expect(field.confidence).toBeGreaterThan(0);
      expect(field.confidence).toBeLessThanOrEqual(1);
    }
    const lines = record?.lines as Record<string, unknown>[];
    expect(lines.length).toBe(twin['BG-25']?.length);
    expect(record?.error).toBeUndefined();
  });

  it('prints a French summary by default, confidence shown', async () => {
    const { status, out } = await run(['extract', PLAIN_PDF]);
    expect(status).toBe(0);
    const twin = await twinInvoice();
    expect(out).toMatch(new RegExp(`BT-1\\s+Numéro de facture\\s+${twin['BT-1']}\\s+\\d+ %`));
    expect(out).toContain('Lignes de facture');
  });

  it('exits 1 when a file gives nothing, after reading the others; folders are walked for PDFs only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-extract-'));
    copyFileSync(PLAIN_PDF, join(dir, 'a-facture.pdf'));
    writeFileSync(join(dir, 'b-faux.pdf'), 'pas un PDF');
    writeFileSync(join(dir, 'c-ignore.xml'), '<x/>');
    const { status, out } = await run(['extract', '--format', 'json', dir]);
    expect(status).toBe(1);
    const records = jsonLines(out);
    expect(records.map((r) => r.file)).toEqual([
      join(dir, 'a-facture.pdf'),
      join(dir, 'b-faux.pdf'),
    ]);
    expect(Object.keys(records[0]?.fields as object).length).toBeGreaterThan(0);
    expect(records[1]).toMatchObject({ fields: {}, lines: [], error: { code: 'unreadable' } });
  });

  it('exits 2 on usage errors and missing files', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'ca-extract-')), 'absent.pdf');
    for (const args of [
      ['extract'],
      ['extract', '--format', 'xml', PLAIN_PDF],
      ['extract', '--to', 'json', PLAIN_PDF],
      ['extract', missing],
    ]) {
      const { status } = await run(args);
      expect({ args, status }).toEqual({ args, status: 2 });
    }
  });
});
