import { describe, expect, it } from 'vitest';
import { type ConversionFailure, readSource, type SourceResult } from '../../../shared/convert';
import { sampleInvoice } from '../model/sample-invoice';
import {
  CII,
  FACTURX_PDF,
  facturxOf,
  fixture,
  jsonBytes,
  modelOfXml,
  PLAIN_PDF,
  PLAIN_TWIN,
  UBL,
} from './support';

const utf8 = new TextEncoder();

function failureOf(result: SourceResult): ConversionFailure {
  if (result.ok) throw new Error(`read as ${result.from}, a failure was expected`);
  return result.failure;
}

describe('readSource', () => {
  it('reads the XML of a Factur-X PDF as that XML reads', async () => {
    const pdf = fixture(FACTURX_PDF);
    const read = await readSource(pdf);
    if (!read.ok) throw new Error(read.failure.message.en);
    expect(read).toMatchObject({ from: 'facturx', pdf });
    expect(read.invoice).toEqual(modelOfXml((await facturxOf(pdf)).xml));
  });

  it('reads a plain PDF from its text, and says every value must be checked', async () => {
    const read = await readSource(fixture(PLAIN_PDF));
    if (!read.ok) throw new Error(read.failure.message.en);
    expect(read.from).toBe('pdf');
    const twin = modelOfXml((await facturxOf(fixture(PLAIN_TWIN))).xml);
    expect(read.invoice['BT-1']).toBe(twin['BT-1']);
    expect(read.invoice['BT-2']).toBe(twin['BT-2']);
    expect(read.notes[0]?.code).toBe('extracted');
    expect(read.notes[0]?.message.fr).toContain('PDF sans facture XML');
    expect(read.notes[0]?.message.fr).toContain('à vérifier');
    expect(read.notes[0]?.message.fr).toMatch(/confiance la plus basse : \d+ %/);
  }, 30_000);

  it('reads the text even of a Factur-X PDF when from is pdf', async () => {
    const read = await readSource(fixture(PLAIN_TWIN), { from: 'pdf' });
    if (!read.ok) throw new Error(read.failure.message.en);
    expect(read.from).toBe('pdf');
    expect(read.notes[0]?.message.fr).toMatch(/^PDF lu dans son texte/);
  }, 30_000);

  it('passes on what the reader could not take in as notes with its rule and term', async () => {
    const xml = new TextDecoder()
      .decode(fixture(UBL))
      .replace(
        '<cbc:IssueDate>2015-01-09</cbc:IssueDate>',
        '<cbc:IssueDate>9 janvier</cbc:IssueDate>',
      );
    const read = await readSource(utf8.encode(xml));
    if (!read.ok) throw new Error(read.failure.message.en);
    expect(read.notes).toContainEqual(expect.objectContaining({ term: 'BT-2' }));
    expect(read.notes.every((note) => note.code.length > 0 && note.message.fr.length > 0)).toBe(
      true,
    );
  });

  it('reads JSON after a byte order mark and white space', async () => {
    const json = jsonBytes();
    const read = await readSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20, ...json]));
    if (!read.ok) throw new Error(read.failure.message.en);
    expect(read).toMatchObject({ from: 'json', invoice: sampleInvoice(), notes: [] });
  });

  it('takes the container from the caller when given', async () => {
    // Bytes that show nothing: the caller's word decides which reader says what is wrong.
    const bytes = utf8.encode('BT-1');
    expect(failureOf(await readSource(bytes, { container: 'json' })).code).toBe('json-syntax');
    expect(failureOf(await readSource(bytes)).code).toBe('xml-not-xml');
  });
});

describe('readSource with from', () => {
  it('accepts the form the bytes are', async () => {
    for (const [path, from] of [
      [UBL, 'ubl'],
      [CII, 'cii'],
      [FACTURX_PDF, 'facturx'],
    ] as const) {
      const read = await readSource(fixture(path), { from });
      expect(read.ok && read.from).toBe(from);
    }
  });

  it('refuses a form the bytes are not, as a request failure', async () => {
    const cases = [
      [CII, 'ubl', 'une facture CII'],
      [UBL, 'json', 'du XML'],
      [FACTURX_PDF, 'cii', 'un PDF'],
    ] as const;
    for (const [path, from, found] of cases) {
      const failure = failureOf(await readSource(fixture(path), { from }));
      expect(failure).toMatchObject({ stage: 'request', code: 'from-mismatch' });
      expect(failure.message.fr).toContain(`from=${from}`);
      expect(failure.message.fr).toContain(found);
    }
    const json = failureOf(await readSource(jsonBytes(), { from: 'ubl' }));
    expect(json.code).toBe('from-mismatch');
  });

  it('never falls back to the text of a PDF said to be Factur-X', async () => {
    const failure = failureOf(await readSource(fixture(PLAIN_PDF), { from: 'facturx' }));
    expect(failure).toMatchObject({ stage: 'read', code: 'pdf-no-invoice' });
  });
});

describe('readSource failures', () => {
  it('gives the XML reader its code and message, line included', async () => {
    const failure = failureOf(await readSource(utf8.encode('<Invoice>\n<pas fermé')));
    expect(failure.stage).toBe('read');
    expect(failure.code).toBe('xml-malformed');
    expect(failure.message.fr).toMatch(/ligne 2/);
    expect(failureOf(await readSource(utf8.encode('<!DOCTYPE x><x/>'))).code).toBe('xml-doctype');
  });

  it('says what a well-formed document is instead of an invoice', async () => {
    const order = '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>';
    const failure = failureOf(await readSource(utf8.encode(order)));
    expect(failure).toMatchObject({ code: 'not-an-invoice', detected: 'ubl-other' });
    expect(failure.message.fr.length).toBeGreaterThan(0);
  });

  it('says when the XML at fault is the one inside a PDF', async () => {
    const failure = failureOf(
      await readSource(fixture(FACTURX_PDF), { limits: { xml: { maxBytes: 100 } } }),
    );
    expect(failure.code).toBe('xml-too-large');
    expect(failure.message.fr).toMatch(/^Dans la facture XML jointe au PDF : /);
    expect(failure.message.en).toMatch(/^In the XML invoice attached to the PDF: /);
  });

  it('keeps the PDF reader’s codes and bounds', async () => {
    const pdf = fixture(FACTURX_PDF);
    const tooLarge = await readSource(pdf, { limits: { pdf: { maxBytes: 1000 } } });
    expect(failureOf(tooLarge).code).toBe('pdf-too-large');
    const truncated = await readSource(pdf.subarray(0, 2000));
    expect(failureOf(truncated).code).toBe('pdf-damaged');
  });

  it('names the extraction’s code when the text of a PDF cannot be read', async () => {
    const failure = failureOf(await readSource(utf8.encode('%PDF-1.7\n'), { from: 'pdf' }));
    expect(failure.code).toMatch(/^extract-/);
    expect(failure.message.fr).toMatch(/^PDF lu dans son texte : son texte n'a pas pu être lu/);
  });

  it('tells broken JSON, JSON off the model and JSON not in UTF-8 apart', async () => {
    expect(failureOf(await readSource(utf8.encode('{"BT-1": '))).code).toBe('json-syntax');
    expect(failureOf(await readSource(new Uint8Array([0x7b, 0xff, 0x7d]))).code).toBe(
      'json-encoding',
    );

    const invalid = failureOf(
      await readSource(utf8.encode('{"BT-1": 5, "BT-2": 6, "BT-3": 7, "BT-5": 8, "BT-999": "x"}')),
    );
    expect(invalid.code).toBe('json-invalid');
    const issues = invalid.stage === 'read' ? (invalid.issues ?? []) : [];
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['/BT-1', '/BT-999']));
    // The message names the first three; the others are counted.
    expect(invalid.message.fr).toContain(`(et ${issues.length - 3} autre(s))`);
    expect(invalid.message.fr).toContain(issues[0]?.path);
  });
});
