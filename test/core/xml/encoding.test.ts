import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml, textOf, type XmlElement } from '../../../shared/xml';
import { firstInvalidUtf8 } from '../../../shared/xml/decode';
import { decodeSingleByte } from '../../../shared/xml/single-byte';
import { FIXTURES, readFixture } from './fixture-files';
import { libxml2Read } from './libxml2-oracle';

const XML = join(FIXTURES, 'xml');
const SAMPLE = '<?xml version="1.0" encoding="ENC"?><a>Orléans € 😀</a>';

function utf16(text: string, order: 'LE' | 'BE', bom = true): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    bytes.set(order === 'LE' ? [0xff, 0xfe] : [0xfe, 0xff]);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const unit = text.charCodeAt(i);
    bytes[at] = order === 'LE' ? unit & 0xff : unit >> 8;
    bytes[at + 1] = order === 'LE' ? unit >> 8 : unit & 0xff;
  }
  return bytes;
}

function read(bytes: Uint8Array) {
  const result = parseXml(bytes);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.document;
}

describe('decoding bytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const plain = new TextEncoder().encode(SAMPLE.replace('ENC', 'UTF-8'));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    for (const bytes of [plain, withBom]) {
      const document = read(bytes);
      expect(document.encoding).toBe('UTF-8');
      expect(document.root.text).toBe('Orléans € 😀');
    }
  });

  it('reads UTF-16 in both byte orders when a byte order mark says which', () => {
    const text = SAMPLE.replace('ENC', 'UTF-16');
    expect(read(utf16(text, 'LE'))).toMatchObject({
      encoding: 'UTF-16LE',
      declaredEncoding: 'UTF-16',
    });
    expect(read(utf16(text, 'BE')).encoding).toBe('UTF-16BE');
    expect(read(utf16(text, 'BE')).root.text).toBe('Orléans € 😀');
    expect(read(utf16('<a>x</a>', 'LE')).root.text).toBe('x');
  });

  it('refuses UTF-16 without a byte order mark, an odd length and UTF-32', () => {
    const refusals = [
      utf16(SAMPLE.replace('ENC', 'UTF-16'), 'LE', false),
      utf16(SAMPLE.replace('ENC', 'UTF-16'), 'BE', false),
      utf16('<a/>', 'LE').subarray(0, 7),
      new Uint8Array([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0]),
      new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x3c]),
    ];
    for (const bytes of refusals) {
      const result = parseXml(bytes);
      expect(result.ok ? 'accepted' : result.error.code).toBe('xml-encoding');
    }
  });

  it('reads an ISO-8859-1 declaration, the euro byte 0x80 included (windows-1252)', () => {
    const document = read(readFixture(XML, 'latin1-declared.xml'));
    expect(document).toMatchObject({ encoding: 'windows-1252', declaredEncoding: 'ISO-8859-1' });
    const note = document.root.children[0] as XmlElement;
    expect(textOf(note)).toBe('Fourniture réalisée à Orléans, 12 € HT');
    // libxml2 reads the same declaration as strict ISO-8859-1, where 0x80 is U+0080; both read
    // every other byte alike.
    const oracle = libxml2Read(readFixture(XML, 'latin1-declared.xml'));
    expect(oracle.wellFormed && oracle.elements[1]?.text).toBe(
      'Fourniture réalisée à Orléans, 12 \u0080 HT',
    );
  });

  it('reads ISO-8859-15, where 0xA4 is the euro sign', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="iso-8859-15"?><a>'),
      0xa4,
      0xe9,
      ...new TextEncoder().encode('</a>'),
    ]);
    expect(read(bytes).root.text).toBe('€é');
  });

  it('decodes windows-1252 exactly as the platform TextDecoder does, byte for byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeSingleByte(all, 'windows-1252')).toBe(new TextDecoder('windows-1252').decode(all));
    expect(decodeSingleByte(all, 'iso-8859-15')).toBe(new TextDecoder('iso-8859-15').decode(all));
  });

  it('says where undeclared Latin-1 breaks UTF-8, and suggests the cause', () => {
    const result = parseXml(readFixture(XML, 'latin1-declared-as-utf8.xml'));
    if (result.ok) throw new Error('accepted');
    expect(result.error).toMatchObject({ code: 'xml-encoding', line: 4, column: 25 });
    expect(result.error.message.fr).toContain('0xE9');
    expect(result.error.message.fr).toContain('ISO-8859-1');
  });

  it('refuses an unknown encoding, and a declaration that contradicts the byte order mark', () => {
    const unknown = parseXml(readFixture(XML, 'unknown-encoding.xml'));
    expect(unknown.ok ? 'accepted' : unknown.error.message.fr).toContain('« EBCDIC-FR »');
    const mismatch = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'),
    ]);
    expect(parseXml(mismatch).ok ? 'accepted' : 'xml-encoding').toBe('xml-encoding');
    const utf16Mismatch = utf16('<?xml version="1.0" encoding="UTF-8"?><a/>', 'LE');
    const result = parseXml(utf16Mismatch);
    expect(result.ok ? 'accepted' : result.error.code).toBe('xml-encoding');
  });

  it('accepts an ArrayBuffer and a view into a larger buffer', () => {
    const bytes = new TextEncoder().encode('xx<a>é</a>yy');
    expect(read(new Uint8Array(bytes.buffer, 2, bytes.length - 4)).root.text).toBe('é');
    expect(parseXml(new TextEncoder().encode('<a/>').buffer).ok).toBe(true);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid text', [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], 10],
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['an overlong encoding', [0x61, 0xc0, 0xaf], 1],
    ['an encoded surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
    ['a lead byte followed by ASCII', [0xc3, 0x41], 0],
  ])('%s', (_, bytes, expected) => {
    const array = new Uint8Array(bytes);
    expect(firstInvalidUtf8(array)).toBe(expected);
    const strict = new TextDecoder('utf-8', { fatal: true });
    expect(() => strict.decode(array)).toSatisfy((decode: () => string) => {
      try {
        decode();
        return expected === array.length;
      } catch {
        return expected < array.length;
      }
    });
  });
});
