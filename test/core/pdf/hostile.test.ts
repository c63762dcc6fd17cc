import { PDFDocument } from '@cantoo/pdf-lib';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type PdfReadErrorCode, readFacturxPdf } from '../../../shared/pdf';
import { embeddedStream, firstFileSpec, GOOD, mutate, samplePdf, sampleXml } from './support';

const good = () => samplePdf(GOOD.profile, GOOD.name);
const ascii = (text: string) => new TextEncoder().encode(text);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A classic PDF from numbered object bodies (object 1 is the catalog), with a correct xref. */
function rawPdf(bodies: ReadonlyArray<string | Uint8Array>, trailerExtra = ''): Uint8Array {
  const parts: Uint8Array[] = [ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  bodies.forEach((body, index) => {
    offsets.push(length);
    const part = concat(
      ascii(`${index + 1} 0 obj\n`),
      typeof body === 'string' ? ascii(body) : body,
      ascii('\nendobj\n'),
    );
    parts.push(part);
    length += part.length;
  });
  const xref = [
    'xref',
    `0 ${bodies.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>`,
    'startxref',
    String(length),
    '%%EOF',
  ].join('\n');
  return concat(...parts, ascii(xref));
}

function streamObject(dict: string, data: Uint8Array): Uint8Array {
  return concat(
    ascii(`<< ${dict} /Length ${data.length} >>\nstream\n`),
    data,
    ascii('\nendstream'),
  );
}

async function errorCode(bytes: Uint8Array, limits = {}): Promise<PdfReadErrorCode | 'ok'> {
  const result = await readFacturxPdf(bytes, { limits });
  return result.ok ? 'ok' : result.error.code;
}

/** Deterministic pseudo-random numbers, so that a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const READ_ERRORS: ReadonlySet<string> = new Set([
  'ok',
  'pdf-not-pdf',
  'pdf-too-large',
  'pdf-too-complex',
  'pdf-damaged',
  'pdf-no-invoice',
  'pdf-several-invoices',
  'pdf-attachment-unreadable',
]);

describe('not a PDF', () => {
  it('refuses empty input, text, XML and a PDF header too far in', async () => {
    expect(await errorCode(new Uint8Array())).toBe('pdf-not-pdf');
    expect(await errorCode(ascii('Facture n° 12'))).toBe('pdf-not-pdf');
    expect(await errorCode(sampleXml(GOOD.profile, GOOD.name))).toBe('pdf-not-pdf');
    expect(await errorCode(concat(new Uint8Array(2000), good()))).toBe('pdf-not-pdf');
  });

  it('reads a PDF whose header comes after some junk, as viewers do', async () => {
    expect(await errorCode(concat(ascii('junk\n'), good()))).toBe('ok');
  });

  it('gives French and English messages', async () => {
    const result = await readFacturxPdf(ascii('hello'));
    expect(!result.ok && result.error.message.fr).toContain("n'est pas un PDF");
    expect(!result.ok && result.error.message.en).toContain('not a PDF');
  });
});

describe('size and complexity limits', () => {
  it('refuses a file over the size limit before parsing it (default 20 MB)', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(ascii('%PDF-1.7\n'));
    const result = await readFacturxPdf(big);
    expect(!result.ok && result.error.code).toBe('pdf-too-large');
    expect(!result.ok && result.error.message.fr).toContain('20 Mo');
    expect(await errorCode(good(), { maxBytes: 10_000 })).toBe('pdf-too-large');
  });

  it('refuses more objects than the limit', async () => {
    const bodies = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
    for (let i = 0; i < 300; i++) bodies.push('null');
    const bytes = rawPdf(bodies);
    expect(await errorCode(bytes, { maxObjects: 100 })).toBe('pdf-too-complex');
    expect(await errorCode(bytes)).toBe('pdf-no-invoice');
  });

  it('refuses an object stream that declares an absurd object count', async () => {
    const data = zlibSync(ascii('3 0 null'));
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      streamObject('/Type /ObjStm /N 100000000 /First 4 /Filter /FlateDecode', data),
    ]);
    const started = performance.now();
    expect(await errorCode(bytes)).toBe('pdf-too-complex');
    expect(performance.now() - started).toBeLessThan(8000);
  });

  it('refuses a cross-reference stream that declares an absurd size', async () => {
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      streamObject('/Type /XRef /Size 4000000000 /W [0 0 0]', new Uint8Array(0)),
    ]);
    expect(await errorCode(bytes)).toBe('pdf-too-complex');
  });

  it('stops a deflate bomb in an object stream at the budget', async () => {
    const bomb = zlibSync(new Uint8Array(8 * 1024 * 1024), { level: 9 });
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      streamObject('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', bomb),
    ]);
    expect(bomb.length).toBeLessThan(20_000);
    expect(await errorCode(bytes, { maxObjectStreamBytes: 1024 * 1024 })).toBe('pdf-too-complex');
  });

  it('stops a deflate bomb in the invoice attachment at the limit', async () => {
    const bomb = zlibSync(new Uint8Array(4 * 1024 * 1024), { level: 9 });
    const bytes = await mutate(good(), (doc) => {
      const stream = embeddedStream(firstFileSpec(doc));
      const replacement = doc.context.flateStream(new Uint8Array(0), {
        Type: 'EmbeddedFile',
        Subtype: 'text/xml',
      });
      Object.assign(replacement, { contents: bomb });
      doc.context.assign(doc.context.getObjectRef(stream) as never, replacement);
    });
    const result = await readFacturxPdf(bytes, { limits: { maxAttachmentBytes: 1024 * 1024 } });
    expect(!result.ok && result.error.code).toBe('pdf-attachment-unreadable');
    expect(!result.ok && result.error.message.fr).toContain('plus de 1 Mo');
  });

  it('walks a cyclic page tree once', async () => {
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>',
    ]);
    expect(await errorCode(bytes)).toBe('pdf-no-invoice');
  });

  it('survives absurdly deep nesting', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] >>',
      deep,
    ]);
    expect(READ_ERRORS.has(await errorCode(bytes))).toBe(true);
  });
});

describe('files the PDF library would take minutes to parse', () => {
  function noise(size: number, seed = 7): Uint8Array {
    const next = random(seed);
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = Math.floor(next() * 256);
    return bytes;
  }

  async function refusedQuickly(bytes: Uint8Array): Promise<void> {
    const started = performance.now();
    const result = await readFacturxPdf(bytes);
    expect(performance.now() - started).toBeLessThan(8000);
    expect(!result.ok && result.error.code).toBe('pdf-damaged');
    expect(!result.ok && result.error.message.fr).toContain('trop endommagé');
  }

  it('a PDF header followed by noise or text', async () => {
    await refusedQuickly(concat(ascii('%PDF-1.7\n'), noise(4 * 1024 * 1024)));
    await refusedQuickly(concat(ascii('%PDF-1.7\n'), ascii('facture '.repeat(200_000))));
  });

  it('objects whose strings never close', async () => {
    await refusedQuickly(ascii(`%PDF-1.7\n${'1 0 obj ( endobj\n'.repeat(50_000)}`));
  });

  it('streams that nest stream keywords', async () => {
    await refusedQuickly(
      ascii(`%PDF-1.7\n${'1 0 obj << >> stream stream x endobj\n'.repeat(50_000)}`),
    );
  });

  it('a large stream cut short', async () => {
    const data = noise(2 * 1024 * 1024);
    const cut = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      streamObject('', data),
    ]).subarray(0, 1024 * 1024);
    await refusedQuickly(cut);
  });

  it('while a large well-formed PDF is read at once', async () => {
    const image = noise(12 * 1024 * 1024, 11);
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Resources << /XObject << /Im 4 0 R >> >> >>',
      streamObject(
        '/Type /XObject /Subtype /Image /Width 4096 /Height 1024 /BitsPerComponent 8 /ColorSpace /DeviceRGB',
        image,
      ),
    ]);
    const started = performance.now();
    expect(await errorCode(bytes)).toBe('pdf-no-invoice');
    expect(performance.now() - started).toBeLessThan(8000);
  });
});

describe('encrypted PDFs', () => {
  async function encryptedCopy(userPassword: string): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(sampleXml(GOOD.profile, GOOD.name), 'factur-x.xml', { mimeType: 'text/xml' });
    doc.encrypt({ userPassword, ownerPassword: 'owner-secret' });
    return doc.save();
  }

  it('refuses a password-protected PDF without trying to open it', async () => {
    const result = await readFacturxPdf(await encryptedCopy('secret'));
    expect(!result.ok && result.error.code).toBe('pdf-encrypted');
    expect(!result.ok && result.error.message.fr).toContain('chiffré');
  });

  it('refuses a PDF encrypted for restrictions only (empty user password)', async () => {
    expect(await errorCode(await encryptedCopy(''))).toBe('pdf-encrypted');
  });
});

describe('embedded file filters', () => {
  async function withData(dict: Record<string, unknown>, data: Uint8Array): Promise<Uint8Array> {
    return mutate(good(), (doc) => {
      const stream = embeddedStream(firstFileSpec(doc));
      const replacement = doc.context.stream(data, {
        Type: 'EmbeddedFile',
        Subtype: 'text/xml',
        ...dict,
      } as never);
      doc.context.assign(doc.context.getObjectRef(stream) as never, replacement);
    });
  }
  const xml = sampleXml(GOOD.profile, GOOD.name);

  it('decodes an uncompressed, an ASCIIHex and an ASCII85 + Flate embedded file', async () => {
    const hex = ascii(`${Buffer.from(xml).toString('hex').toUpperCase()}>`);
    for (const bytes of [
      await withData({}, xml),
      await withData({ Filter: 'ASCIIHexDecode' }, hex),
    ]) {
      const result = await readFacturxPdf(bytes);
      expect(result.ok && Buffer.from(result.xml).equals(Buffer.from(xml))).toBe(true);
    }
    const a85 = ascii(`${ascii85(zlibSync(xml))}~>`);
    const chained = await withData({ Filter: ['ASCII85Decode', 'FlateDecode'] }, a85);
    const result = await readFacturxPdf(chained);
    expect(result.ok && Buffer.from(result.xml).equals(Buffer.from(xml))).toBe(true);
  });

  it('says which filter it does not support', async () => {
    const result = await readFacturxPdf(await withData({ Filter: 'LZWDecode' }, xml));
    expect(!result.ok && result.error.code).toBe('pdf-attachment-unreadable');
    expect(!result.ok && result.error.message.en).toContain('LZWDecode');
    const predicted = await withData(
      { Filter: 'FlateDecode', DecodeParms: { Predictor: 12, Columns: 4 } },
      zlibSync(xml),
    );
    expect(await errorCode(predicted)).toBe('pdf-attachment-unreadable');
  });

  it('reports corrupt compressed data', async () => {
    const broken = zlibSync(xml).slice(0, 200);
    expect(await errorCode(await withData({ Filter: 'FlateDecode' }, broken))).toBe(
      'pdf-attachment-unreadable',
    );
  });
});

function ascii85(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = data.subarray(i, i + 4);
    let value = 0;
    for (let j = 0; j < 4; j++) value = value * 256 + (chunk[j] ?? 0);
    if (value === 0 && chunk.length === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let j = 0; j < 5; j++) {
      digits.unshift(String.fromCharCode((value % 85) + 33));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, chunk.length + 1).join('');
  }
  return out;
}

describe('damaged copies of a sample never crash nor hang', () => {
  const original = good();

  it('truncated at 60 places', async () => {
    const next = random(1);
    const cuts = [0, 1, 5, 8, 100, 1000, original.length - 1, original.length - 30];
    while (cuts.length < 60) cuts.push(Math.floor(next() * original.length));
    for (const cut of cuts) {
      const started = performance.now();
      const code = await errorCode(original.subarray(0, cut));
      expect(READ_ERRORS.has(code), `cut at ${cut}: ${code}`).toBe(true);
      expect(performance.now() - started).toBeLessThan(8000);
    }
    expect(await errorCode(original.subarray(0, 4))).toBe('pdf-not-pdf');
  }, 60_000);

  it('with bytes overwritten at random, 60 times', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      const copy = original.slice();
      const flips = 1 + Math.floor(next() * 40);
      for (let i = 0; i < flips; i++)
        copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
      const started = performance.now();
      const code = await errorCode(copy);
      expect(READ_ERRORS.has(code), `seed ${seed}: ${code}`).toBe(true);
      expect(performance.now() - started).toBeLessThan(8000);
    }
  }, 60_000);

  it('with its dictionaries stripped of their keys', async () => {
    const text = Buffer.from(original).toString('latin1');
    for (const key of [
      '/Root',
      '/Names',
      '/EmbeddedFiles',
      '/EF',
      '/Type',
      '/Length',
      'endobj',
      'xref',
    ]) {
      const copy = new Uint8Array(
        Buffer.from(text.replaceAll(key, '/Xxxx'.slice(0, key.length)), 'latin1'),
      );
      expect(READ_ERRORS.has(await errorCode(copy)), key).toBe(true);
    }
  });

  it('without a catalog', async () => {
    const bytes = rawPdf(['<< /Type /Pages /Kids [] /Count 0 >>']);
    const noRoot = new Uint8Array(
      Buffer.from(Buffer.from(bytes).toString('latin1').replace('/Root 1 0 R', ''), 'latin1'),
    );
    expect(await errorCode(noRoot)).toBe('pdf-damaged');
  });
});
