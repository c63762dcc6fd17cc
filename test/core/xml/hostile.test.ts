import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parseXml, type XmlErrorCode } from '../../../shared/xml';
import { EN16931, FIXTURES, readFixture } from './fixture-files';
import { libxml2Read } from './libxml2-oracle';

const HOSTILE = join(FIXTURES, 'xml');

/**
 * A bound for "never a hang" only, generous enough for the busiest machine: each case below takes
 * milliseconds, while a parser that expands entities, recurses or goes quadratic on them would
 * take minutes or run out of memory. Speed itself is measured by bench/hostile.bench.ts.
 */
const NO_HANG_MS = 10_000;

function timed(run: () => ParseResult): { result: ParseResult; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function expectRefused(result: ParseResult, code: XmlErrorCode, line?: number, column?: number) {
  if (result.ok) throw new Error(`expected ${code}, the document was accepted`);
  expect(result.error.code).toBe(code);
  if (line !== undefined) expect(result.error.line).toBe(line);
  if (column !== undefined) expect(result.error.column).toBe(column);
  // Plain words, French first: every message says where and what, in both languages.
  expect(result.error.message.fr).toMatch(/^Le fichier XML est /);
  expect(result.error.message.en).toMatch(/^The XML file /);
  return result.error;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('entity attacks are refused before any expansion', () => {
  it.each([
    ['billion-laughs.xml', 2],
    ['xxe-system-file.xml', 2],
    ['xxe-parameter-entity.xml', 2],
    ['external-dtd.xml', 2],
    ['quadratic-blowup.xml', 2],
  ])('%s: xml-doctype at the DOCTYPE', (file, line) => {
    const { result, ms } = timed(() => parseXml(readFixture(HOSTILE, file)));
    const error = expectRefused(result, 'xml-doctype', line, 1);
    expect(error.message.fr).toContain('DOCTYPE');
    expect(error.message.fr).toContain('XXE');
    expect(ms).toBeLessThan(NO_HANG_MS);
  });

  it('refuses a DOCTYPE in any case and DTD declarations outside one', () => {
    expectRefused(parseXml('<!doctype a><a/>'), 'xml-doctype', 1, 1);
    expectRefused(parseXml('<a><!ENTITY x "y"></a>'), 'xml-doctype', 1, 4);
  });

  it('knows only the five predefined entities', () => {
    const error = expectRefused(
      parseXml(readFixture(HOSTILE, 'entity-without-doctype.xml')),
      'xml-entity',
      4,
      24,
    );
    expect(error.message.fr).toContain('&nbsp;');
  });
});

describe('resource limits stop hostile sizes early', () => {
  it('refuses 50 MB of bytes before decoding them', () => {
    // Not UTF-8 at all: decoding them first would report the encoding, not the size.
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0xff);
    const error = expectRefused(parseXml(bytes), 'xml-too-large');
    expect(error.message.fr).toContain('50.0 Mo');
    expectRefused(parseXml(bytes.subarray(0, 1024)), 'xml-encoding');
  });

  it('refuses a string longer than maxBytes', () => {
    expectRefused(parseXml(`<a>${'x'.repeat(2000)}</a>`, { maxBytes: 1000 }), 'xml-too-large');
  });

  it('stops 100,000 levels of nesting at the depth limit', () => {
    const deep = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    const { result, ms } = timed(() => parseXml(deep));
    expectRefused(result, 'xml-too-deep', 1, 64 * 3 + 1);
    expect(ms).toBeLessThan(NO_HANG_MS);
  });

  it('honours a tighter depth limit exactly', () => {
    expect(parseXml('<a><b><c/></b></a>', { maxDepth: 3 }).ok).toBe(true);
    expectRefused(parseXml('<a><b><c><d/></c></b></a>', { maxDepth: 3 }), 'xml-too-deep', 1, 10);
  });

  it('stops at the element limit', () => {
    const many = `<r>${'<a/>'.repeat(300_000)}</r>`;
    const { result, ms } = timed(() => parseXml(many));
    expectRefused(result, 'xml-too-many-elements');
    expect(ms).toBeLessThan(NO_HANG_MS);
    expect(parseXml(`<r>${'<a/>'.repeat(9)}</r>`, { maxElements: 10 }).ok).toBe(true);
    expectRefused(
      parseXml(`<r>${'<a/>'.repeat(10)}</r>`, { maxElements: 10 }),
      'xml-too-many-elements',
    );
  });

  it('stops at the attribute limit, namespace declarations included', () => {
    const attributes = (n: number) => Array.from({ length: n }, (_, i) => `a${i}="1"`).join(' ');
    expect(parseXml(`<a ${attributes(64)}/>`).ok).toBe(true);
    expectRefused(parseXml(`<a ${attributes(65)}/>`), 'xml-too-many-attributes', 1, 1);
    expectRefused(
      parseXml('<a xmlns:p="urn:p" p:x="1"/>', { maxAttributes: 1 }),
      'xml-too-many-attributes',
    );
  });

  it('stops at the text length limit, counting every piece of an element text', () => {
    const limits = { maxTextLength: 10 };
    expect(parseXml('<a>0123456789</a>', limits).ok).toBe(true);
    expectRefused(parseXml('<a>01234<b/>567890</a>', limits), 'xml-text-too-long');
    expectRefused(parseXml('<a>01234<![CDATA[567890]]></a>', limits), 'xml-text-too-long');
    expectRefused(parseXml('<a x="01234567890"/>', limits), 'xml-text-too-long');
  });

  it('bounds the namespaces in scope however many a file declares', () => {
    const level = (d: number) =>
      `<e${d} ${Array.from({ length: 60 }, (_, i) => `xmlns:p${d}x${i}="urn:${d}:${i}"`).join(' ')}>`;
    const doc = `${Array.from({ length: 10 }, (_, d) => level(d)).join('')}${Array.from({ length: 10 }, (_, d) => `</e${9 - d}>`).join('')}`;
    const { result, ms } = timed(() => parseXml(doc));
    expectRefused(result, 'xml-namespace');
    expect(ms).toBeLessThan(NO_HANG_MS);
  });
});

describe('broken documents are reported with line and column', () => {
  it('mismatched tags point at the wrong end tag and name both', () => {
    const error = expectRefused(
      parseXml(readFixture(HOSTILE, 'mismatched-tags.xml')),
      'xml-malformed',
      5,
      28,
    );
    expect(error.message.fr).toContain('<cbc:IssueDate>');
    expect(error.message.fr).toContain('</cbc:DueDate>');
  });

  it('an unclosed element points at its start tag', () => {
    const error = expectRefused(
      parseXml(readFixture(HOSTILE, 'unclosed-element.xml')),
      'xml-malformed',
      5,
      3,
    );
    expect(error.message.fr).toBe(
      "Le fichier XML est mal formé ligne 5, colonne 3 : la balise <cbc:Note> n'est pas fermée : le fichier s'arrête avant </cbc:Note>.",
    );
  });

  it('a truncated official example is refused wherever it is cut', () => {
    const full = readFixture(EN16931, 'examples/ubl/ubl-tc434-example1.xml').toString('utf8');
    for (const cut of [1, 50, 300, 1000, 2500, full.length - 30, full.length - 12]) {
      const result = parseXml(full.slice(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
    }
  });

  it('two root elements', () => {
    expectRefused(parseXml(readFixture(HOSTILE, 'two-roots.xml')), 'xml-malformed', 3, 1);
  });

  it('an undeclared prefix', () => {
    const error = expectRefused(
      parseXml(readFixture(HOSTILE, 'unbound-prefix.xml')),
      'xml-namespace',
      3,
      3,
    );
    expect(error.message.fr).toContain('xmlns:cbc');
  });

  it('a bare ampersand in a company name', () => {
    const error = expectRefused(
      parseXml(readFixture(HOSTILE, 'bare-ampersand.xml')),
      'xml-entity',
      6,
      22,
    );
    expect(error.message.fr).toContain('&amp;');
  });

  it('an XML declaration after a blank line', () => {
    expectRefused(
      parseXml(readFixture(HOSTILE, 'declaration-not-first.xml')),
      'xml-malformed',
      2,
      1,
    );
  });

  it.each([
    ['NUL byte', new Uint8Array([0x3c, 0x61, 0x3e, 0x00, 0x3c, 0x2f, 0x61, 0x3e]), 'xml-char'],
    ['control character', utf8('<a>\u0007</a>'), 'xml-char'],
    ['unpaired surrogate', '<a>\uD800</a>', 'xml-char'],
    ['forbidden character reference', '<a>&#0;</a>', 'xml-entity'],
    ['character reference to a surrogate', '<a>&#xD800;</a>', 'xml-entity'],
  ] as const)('bad characters: %s', (_, input, code) => {
    expectRefused(parseXml(input), code, 1, 4);
  });

  it('empty input, as text or bytes', () => {
    expectRefused(parseXml(''), 'xml-empty');
    expectRefused(parseXml(new Uint8Array(0)), 'xml-empty');
    expectRefused(parseXml(' \n\t '), 'xml-empty');
    expectRefused(parseXml(new Uint8Array([0xef, 0xbb, 0xbf])), 'xml-empty');
  });

  it('names what a non-XML file is', () => {
    const pdf = new Uint8Array([...utf8('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
    expect(expectRefused(parseXml(pdf), 'xml-not-xml').message.fr).toContain('PDF');
    expect(expectRefused(parseXml('{"invoice": 1}'), 'xml-not-xml').message.fr).toContain('JSON');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(expectRefused(parseXml(zip), 'xml-not-xml').message.fr).toContain('ZIP');
    expect(expectRefused(parseXml('Facture n° 12'), 'xml-not-xml').message.fr).toContain('« F »');
  });

  it('reads UTF-16 in the wrong byte order as an encoding error', () => {
    // Big-endian BOM followed by little-endian content.
    const content = '<a/>';
    const bytes = new Uint8Array(2 + content.length * 2);
    bytes.set([0xfe, 0xff]);
    for (let i = 0; i < content.length; i++) bytes[2 + i * 2] = content.charCodeAt(i);
    expect(expectRefused(parseXml(bytes), 'xml-encoding').message.fr).toContain('ordre');
  });
});

describe('slow paths stay linear', () => {
  it.each([
    ['an unclosed comment', `<a><!--${'x'.repeat(5_000_000)}`],
    ['an unclosed CDATA section', `<a><![CDATA[${'x'.repeat(5_000_000)}`],
    ['an unclosed attribute value', `<a x="${'x'.repeat(5_000_000)}`],
    ['a million bare ampersands', `<a>${'&'.repeat(1_000_000)}</a>`],
    ['a million unterminated references', `<a>${'&amp'.repeat(1_000_000)}</a>`],
    ['a million less-than signs', `<a>${'<'.repeat(1_000_000)}</a>`],
    ['a million end tags', `<a></a>${'</a>'.repeat(1_000_000)}`],
  ])('%s', (_, input) => {
    const { result, ms } = timed(() => parseXml(input));
    expect(result.ok).toBe(false);
    expect(ms).toBeLessThan(NO_HANG_MS);
  });

  it('a long but valid document is read in linear time', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `<l n="${i}">t&amp;${i}</l>`).join('\n');
    const { result, ms } = timed(() => parseXml(`<r>${lines}</r>`));
    expect(result.ok && result.document.elementCount).toBe(20_001);
    expect(ms).toBeLessThan(NO_HANG_MS);
  });
});

describe('libxml2 agrees that each hostile sample is not a readable invoice', () => {
  // The DOCTYPE samples are well-formed for libxml2 (it would then expand or fetch, which we
  // refuse by design): only the malformed ones are compared.
  it.each([
    'entity-without-doctype.xml',
    'mismatched-tags.xml',
    'unclosed-element.xml',
    'two-roots.xml',
    'unbound-prefix.xml',
    'bare-ampersand.xml',
    'declaration-not-first.xml',
    'unknown-encoding.xml',
    'latin1-declared-as-utf8.xml',
  ])('%s', (file) => {
    const bytes = readFixture(HOSTILE, file);
    expect(libxml2Read(bytes).wellFormed).toBe(false);
    expect(parseXml(bytes).ok).toBe(false);
  });
});
