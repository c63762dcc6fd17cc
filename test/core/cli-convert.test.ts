import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../cli/io';
import { main } from '../../cli/main';
import { type Invoice, parseInvoiceJson, toInvoiceJson } from '../../shared/model';
import { readFacturxPdf } from '../../shared/pdf';
import { memoryIO } from '../support/cli-io';
import { modelOfXml } from '../support/model-of-xml';
import { sampleInvoice } from './model/sample-invoice';

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ca-convert-'));
}

/** Copies a fixture into a fresh folder: outputs land next to their input by default. */
function copied(fixture: string, name = fixture.split('/').pop() ?? 'input'): string {
  const path = join(tempDir(), name);
  copyFileSync(fixture, path);
  return path;
}

function readXmlModel(path: string | Uint8Array): Invoice {
  return modelOfXml(typeof path === 'string' ? readFileSync(path) : path);
}

const UBL_EXAMPLE = 'test/fixtures/en16931/examples/ubl/ubl-tc434-example1.xml';
const CII_EXAMPLE = 'test/fixtures/en16931/examples/cii/CII_example1.xml';
const FACTURX_PDF = 'test/fixtures/facturx-pdf/EN16931/Facture_UE_EN16931.pdf';
const EXTENDED_PDF = 'test/fixtures/facturx-pdf/Extended/Avoir_FR_type381_EXTENDED.pdf';

async function run(args: string[]) {
  const m = memoryIO();
  const status = await main(args, m.io);
  return { status, out: m.out(), err: m.err() };
}

describe('chorus-assist convert', () => {
  it('converts an official UBL example to CII and back, keeping number, date and totals', async () => {
    const ubl = copied(UBL_EXAMPLE, 'example.xml');
    const toCii = await run(['convert', '--to', 'cii', '--format', 'json', ubl]);
    expect(toCii.status).toBe(0);
    const [record] = jsonLines(toCii.out);
    const cii = ubl.replace(/example\.xml$/, 'example.cii.xml');
    expect(record).toMatchObject({
      file: ubl,
      output: cii,
      from: 'ubl',
      to: 'cii',
      status: 'converted',
    });

    const back = await run(['convert', '--to', 'ubl', '--format', 'json', cii]);
    expect(back.status).toBe(0);
    const ublAgain = cii.replace(/\.cii\.xml$/, '.ubl.xml');
    expect(jsonLines(back.out)[0]).toMatchObject({ from: 'cii', output: ublAgain });

    const original = readXmlModel(ubl);
    for (const model of [readXmlModel(cii), readXmlModel(ublAgain)]) {
      expect(model['BT-1']).toBe(original['BT-1']);
      expect(model['BT-2']).toBe(original['BT-2']);
      expect(model['BG-22']).toEqual(original['BG-22']);
    }
  });

  it('writes a Factur-X PDF from CII that reads back with the same invoice', async () => {
    const cii = copied(CII_EXAMPLE);
    const { status, out } = await run(['convert', '--to', 'facturx', '--format', 'json', cii]);
    expect(status).toBe(0);
    const [record] = jsonLines(out);
    expect(record).toMatchObject({ from: 'cii', to: 'facturx', profile: 'en16931' });
    const pdf = await readFacturxPdf(new Uint8Array(readFileSync(String(record?.output))));
    expect(pdf.ok).toBe(true);
    if (!pdf.ok) return;
    const embedded = readXmlModel(pdf.xml);
    const original = readXmlModel(cii);
    expect(embedded['BT-1']).toBe(original['BT-1']);
    expect(embedded['BG-22']).toEqual(original['BG-22']);
  });

  it('converts the JSON model to UBL', async () => {
    const invoice = sampleInvoice();
    const json = join(tempDir(), 'facture.json');
    writeFileSync(json, toInvoiceJson(invoice));
    const { status, out } = await run(['convert', '--to', 'ubl', '--format', 'json', json]);
    expect(status).toBe(0);
    const [record] = jsonLines(out);
    expect(record).toMatchObject({ from: 'json', status: 'converted' });
    const model = readXmlModel(String(record?.output));
    expect(model['BT-1']).toBe(invoice['BT-1']);
    expect(model['BT-2']).toBe(invoice['BT-2']);
    expect(model['BG-22']).toEqual(invoice['BG-22']);
  });

  it('turns a Factur-X PDF into the JSON model of its embedded invoice', async () => {
    const pdfPath = copied(FACTURX_PDF);
    const { status, out } = await run(['convert', '--to', 'json', '--format', 'json', pdfPath]);
    expect(status).toBe(0);
    const [record] = jsonLines(out);
    expect(record).toMatchObject({ from: 'facturx', to: 'json', dropped: [], derived: [] });
    const parsed = parseInvoiceJson(readFileSync(String(record?.output), 'utf8'));
    expect(parsed.ok).toBe(true);
    const container = await readFacturxPdf(new Uint8Array(readFileSync(pdfPath)));
    if (!parsed.ok || !container.ok) throw new Error('unreadable');
    expect(parsed.invoice).toEqual(readXmlModel(container.xml));
  });

  it('replaces the XML of a Factur-X PDF, keeping its pages, and warns about what the profile drops', async () => {
    const pdfPath = copied(EXTENDED_PDF);
    const before = await readFacturxPdf(new Uint8Array(readFileSync(pdfPath)));
    const result = await run([
      'convert',
      '--to',
      'facturx',
      '--profile',
      'minimum',
      '--format',
      'json',
      pdfPath,
    ]);
    expect(result.status).toBe(0);
    const [record] = jsonLines(result.out);
    const dropped = record?.dropped as { term: string; reason: string }[];
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.some((d) => d.reason === 'profile')).toBe(true);
    expect(result.err).toContain('Données non reprises');
    const after = await readFacturxPdf(new Uint8Array(readFileSync(String(record?.output))));
    if (!before.ok || !after.ok) throw new Error('unreadable');
    expect(after.pages).toBe(before.pages);
    expect(readXmlModel(after.xml)['BG-2']?.['BT-24']).toBe('urn:factur-x.eu:1p0:minimum');
  });

  it('never overwrites its input, and replaces an existing output only with --force', async () => {
    const cii = copied(CII_EXAMPLE, 'facture.cii.xml');
    const bytes = readFileSync(cii);
    const same = await run(['convert', '--to', 'cii', '--force', '--format', 'json', cii]);
    expect(same.status).toBe(1);
    expect(jsonLines(same.out)[0]).toMatchObject({
      status: 'failed',
      error: { code: 'output-is-input' },
    });
    expect(readFileSync(cii).equals(bytes)).toBe(true);

    const ublOut = cii.replace(/\.cii\.xml$/, '.ubl.xml');
    writeFileSync(ublOut, 'déjà là');
    const refused = await run(['convert', '--to', 'ubl', '--format', 'json', cii]);
    expect(refused.status).toBe(1);
    expect(jsonLines(refused.out)[0]).toMatchObject({ error: { code: 'output-exists' } });
    expect(readFileSync(ublOut, 'utf8')).toBe('déjà là');

    const forced = await run(['convert', '--to', 'ubl', '--force', cii]);
    expect(forced.status).toBe(0);
    expect(readXmlModel(ublOut)['BT-1']).toBe(readXmlModel(cii)['BT-1']);
  });

  it('refuses to write over another input of the same run, even with --force', async () => {
    const dir = tempDir();
    copyFileSync(UBL_EXAMPLE, join(dir, 'a.xml'));
    copyFileSync(CII_EXAMPLE, join(dir, 'a.ubl.xml'));
    const cii = readFileSync(join(dir, 'a.ubl.xml'));
    const { status, out } = await run([
      'convert',
      '--to',
      'ubl',
      '--force',
      '--format',
      'json',
      dir,
    ]);
    expect(status).toBe(1);
    expect(jsonLines(out).map((r) => (r.error as { code: string } | undefined)?.code)).toEqual([
      'output-is-input',
      'output-is-input',
    ]);
    expect(readFileSync(join(dir, 'a.ubl.xml')).equals(cii)).toBe(true);
  });

  it('writes into --out only, mirroring the walked folders', async () => {
    const input = tempDir();
    mkdirSync(join(input, 'mars'));
    mkdirSync(join(input, 'avril'));
    copyFileSync(UBL_EXAMPLE, join(input, 'mars', 'facture.xml'));
    copyFileSync(CII_EXAMPLE, join(input, 'avril', 'facture.xml'));
    const out = join(tempDir(), 'sortie');
    const { status, out: stdout } = await run([
      'convert',
      '--to',
      'json',
      '--out',
      out,
      '--format',
      'json',
      input,
    ]);
    expect(status).toBe(0);
    const outputs = jsonLines(stdout).map((r) => r.output);
    expect(outputs).toEqual([
      join(out, 'avril', 'facture.json'),
      join(out, 'mars', 'facture.json'),
    ]);
    for (const output of outputs) expect(existsSync(String(output))).toBe(true);
    expect(existsSync(join(input, 'mars', 'facture.json'))).toBe(false);
  });

  it('converts the good files of a batch and exits 1 for the broken one, with a summary table', async () => {
    const dir = tempDir();
    copyFileSync(UBL_EXAMPLE, join(dir, 'bonne.xml'));
    writeFileSync(join(dir, 'cassee.xml'), '<Invoice><pas fermé');
    writeFileSync(
      join(dir, 'commande.xml'),
      '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>',
    );
    const { status, out, err } = await run(['convert', '--to', 'cii', dir]);
    expect(status).toBe(1);
    expect(existsSync(join(dir, 'bonne.cii.xml'))).toBe(true);
    expect(existsSync(join(dir, 'cassee.cii.xml'))).toBe(false);
    expect(out).toMatch(/bonne\.xml\s+ubl\s+cii \(en16931\)\s+converti\s+0\n/);
    expect(out).toMatch(/cassee\.xml\s+—\s+cii\s+échec/);
    expect(out).toContain('3 fichier(s) : 1 converti(s), 2 en échec');
    expect(err).toContain('Échec');
    expect(err).toContain('commande');
  });

  it('exits 2 on usage errors', async () => {
    const cii = copied(CII_EXAMPLE);
    const cases = [
      ['convert', cii],
      ['convert', '--to', 'pdf', cii],
      ['convert', '--to', 'ubl', '--profile', 'basic', cii],
      ['convert', '--to', 'cii', '--profile', 'premium', cii],
      ['convert', '--to', 'cii'],
      ['convert', '--to', 'cii', '--unknown', cii],
      ['convert', '--to', 'cii', '--out', cii, cii],
      ['convert', '--to', 'cii', join(tempDir(), 'absent.xml')],
    ];
    for (const args of cases) {
      const { status } = await run(args);
      expect({ args, status }).toEqual({ args, status: 2 });
    }
    expect(existsSync(cii.replace(/\.xml$/, '.cii.xml'))).toBe(false);
  });
});

describe('chorus-assist convert, plain PDF in', () => {
  const PLAIN_PDF = 'test/fixtures/facturx-pdf/Custom/2023-6013_facture.pdf';
  const PLAIN_TWIN = 'test/fixtures/facturx-pdf/Custom/2023-6013_facture_facturx_en16931.pdf';

  it('attaches the XML read from its text to the original PDF, and says the values must be checked', async () => {
    const pdfPath = copied(PLAIN_PDF);
    const original = new Uint8Array(readFileSync(pdfPath));
    expect((await readFacturxPdf(original)).ok).toBe(false);
    const { status, out, err } = await run([
      'convert',
      '--to',
      'facturx',
      '--format',
      'json',
      pdfPath,
    ]);
    expect(status).toBe(0);
    const [record] = jsonLines(out);
    expect(record).toMatchObject({ from: 'pdf', to: 'facturx', status: 'converted' });
    expect(err).toContain('à vérifier');
    const after = await readFacturxPdf(new Uint8Array(readFileSync(String(record?.output))));
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    // The same invoice exists as a Factur-X sample: its XML says what the page shows.
    const twin = await readFacturxPdf(new Uint8Array(readFileSync(PLAIN_TWIN)));
    if (!twin.ok) throw new Error('unreadable twin');
    const embedded = readXmlModel(after.xml);
    const reference = readXmlModel(twin.xml);
    expect(embedded['BT-1']).toBe(reference['BT-1']);
    expect(embedded['BT-2']).toBe(reference['BT-2']);
    expect(after.pages).toBe(twin.pages);
  });
});

describe('chorus-assist convert, bundled binary', () => {
  // The bundle (scripts/build-cli.mjs, run by `npm ci`) must carry pdf-lib and unpdf: this runs
  // both through the binary a user runs. Rebuild it after changing the CLI.
  it('reads a plain PDF and writes a Factur-X one', () => {
    const pdfPath = copied('test/fixtures/facturx-pdf/Custom/2023-6013_facture.pdf');
    const result = spawnSync(
      'node_modules/.bin/chorus-assist',
      ['convert', '--to', 'facturx', '--format', 'json', pdfPath],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).not.toContain('Commande inconnue');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ from: 'pdf', status: 'converted' });
  }, 30_000);
});

describe('chorus-assist convert, progress', () => {
  it('draws a bar over a batch and holds the warnings until it is gone', async () => {
    const dir = tempDir();
    for (const name of ['a', 'b', 'c']) copyFileSync(EXTENDED_PDF, join(dir, `${name}.pdf`));
    const events: string[] = [];
    const io: CliIO = {
      stdout: () => {},
      stderr: (text) => events.push(text.startsWith('Attention') ? 'warning' : text),
      interactive: true,
      version: '0.0.0',
      progress: (total) => {
        events.push(`start ${total}`);
        return { advance: () => events.push('advance'), stop: () => events.push('stop') };
      },
    };
    const status = await main(['convert', '--to', 'cii', '--profile', 'minimum', dir], io);
    expect(status).toBe(0);
    expect(events).toEqual([
      'start 3',
      'advance',
      'advance',
      'advance',
      'stop',
      'warning',
      'warning',
      'warning',
    ]);
  });
});
