import { beforeAll, describe, expect, it } from 'vitest';
import {
  convertInvoice,
  readSource,
  SOURCE_FORMATS,
  type SourceFormat,
  type SourceInvoice,
  TARGET_FORMATS,
  TARGET_OUTPUTS,
  type TargetFormat,
} from '../../../shared/convert';
import type { Invoice } from '../../../shared/model';
import { facturxOf, modelOfJson, modelOfXml, pagesOf, sourceFiles, syntaxOfXml } from './support';

const files = sourceFiles();
const sources = new Map<SourceFormat, SourceInvoice>();

beforeAll(async () => {
  for (const from of SOURCE_FORMATS) {
    const read = await readSource(files[from]);
    if (!read.ok) throw new Error(`${from}: ${read.failure.message.en}`);
    sources.set(from, read);
  }
}, 60_000);

function sourceOf(from: SourceFormat): SourceInvoice {
  const source = sources.get(from);
  if (!source) throw new Error(`${from} not read`);
  return source;
}

/** The model the output carries, read back by the readers of its form. */
async function readBack(to: TargetFormat, bytes: Uint8Array): Promise<Invoice> {
  switch (to) {
    case 'json':
      return modelOfJson(bytes);
    case 'ubl':
    case 'cii':
      expect(syntaxOfXml(bytes)).toBe(to);
      return modelOfXml(bytes);
    case 'facturx': {
      const { xml } = await facturxOf(bytes);
      expect(syntaxOfXml(xml)).toBe('cii');
      return modelOfXml(xml);
    }
  }
}

describe('readSource tells every form from its bytes', () => {
  it.each(SOURCE_FORMATS)('%s', (from) => {
    const source = sourceOf(from);
    expect(source.from).toBe(from);
    // Only a PDF is kept, for to=facturx to attach to it.
    expect(source.pdf !== undefined).toBe(from === 'pdf' || from === 'facturx');
    // The matrix below compares these with what each output carries.
    expect(source.invoice['BT-1']).toBeTruthy();
    expect(source.invoice['BG-22']?.['BT-112']).toBeTruthy();
  });
});

describe('convertInvoice: every source form to every target form', () => {
  const pairs = SOURCE_FORMATS.flatMap((from) => TARGET_FORMATS.map((to) => [from, to] as const));

  it.each(pairs)(
    '%s → %s',
    async (from, to) => {
      const source = sourceOf(from);
      const converted = await convertInvoice(source, { to });
      if (!converted.ok) throw new Error(converted.failure.message.en);
      expect(converted).toMatchObject(TARGET_OUTPUTS[to]);

      const model = await readBack(to, converted.bytes);
      expect(model['BT-1']).toBe(source.invoice['BT-1']);
      expect(model['BT-2']).toBe(source.invoice['BT-2']);
      // Totals come through unless the writer says it had to compute or leave out one of them.
      const touched = [...converted.dropped, ...converted.derived].map((term) => term.pointer);
      const compared = Object.entries(source.invoice['BG-22'] ?? {}).filter(
        ([term]) => !touched.includes(`/BG-22/${term}`),
      );
      expect(compared.length).toBeGreaterThan(0);
      for (const [term, value] of compared) {
        expect({
          term,
          value: model['BG-22']?.[term as keyof NonNullable<Invoice['BG-22']>],
        }).toEqual({
          term,
          value,
        });
      }
      if (to === 'json') expect(model).toEqual(source.invoice);
    },
    30_000,
  );

  it('keeps the pages of the PDF given, and draws one for XML or JSON', async () => {
    for (const from of SOURCE_FORMATS) {
      const source = sourceOf(from);
      const converted = await convertInvoice(source, { to: 'facturx' });
      if (!converted.ok) throw new Error(converted.failure.message.en);
      const { pages } = await facturxOf(converted.bytes);
      if (source.pdf) expect({ from, pages }).toEqual({ from, pages: await pagesOf(source.pdf) });
      else expect(pages).toBeGreaterThan(0);
    }
  }, 60_000);
});
