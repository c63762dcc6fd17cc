import { describe, expect, it } from 'vitest';
import {
  compareNatural,
  type Invoice,
  type InvoiceJsonIssue,
  orderInvoice,
  parseInvoiceJson,
  toInvoiceJson,
} from '../../../shared/model';
import { sampleInvoice } from './sample-invoice';

function issuesOf(input: unknown): readonly InvoiceJsonIssue[] {
  const result = parseInvoiceJson(input);
  if (result.ok) throw new Error('expected the input to be refused');
  return result.issues;
}

/** The same object with the keys of every object reversed: same data, other construction order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reverseKeys(item)]),
  );
}

describe('parseInvoiceJson', () => {
  it('reads the JSON text of a complete invoice', () => {
    const result = parseInvoiceJson(JSON.stringify(sampleInvoice()));
    expect(result).toEqual({ ok: true, invoice: sampleInvoice() });
  });

  it('reads an already parsed value too', () => {
    expect(parseInvoiceJson(sampleInvoice())).toEqual({ ok: true, invoice: sampleInvoice() });
  });

  it('accepts an empty or partial document: cardinality is not its business', () => {
    expect(parseInvoiceJson('{}')).toEqual({ ok: true, invoice: {} });
    expect(parseInvoiceJson({ 'BG-4': { 'BT-27': 'Durand' } }).ok).toBe(true);
  });

  it('reports a syntax error at the document, in French then English', () => {
    const [issue] = issuesOf('{"BT-1": "F1",');
    expect(issue?.code).toBe('json-syntax');
    expect(issue?.path).toBe('');
    expect(issue?.message.fr).toMatch(/^Le texte reçu n'est pas du JSON valide/);
    expect(issue?.message.en).toMatch(/^The text is not valid JSON/);
  });

  it('refuses a document that is not an object', () => {
    expect(issuesOf('[]')).toEqual([
      expect.objectContaining({
        code: 'invalid-type',
        path: '',
        message: expect.objectContaining({
          fr: expect.stringContaining('objet attendu, tableau trouvé'),
        }),
      }),
    ]);
  });

  it('refuses an unknown key with a pointer to it, instead of dropping it', () => {
    const invoice = { ...sampleInvoice(), 'BT-999': 'x' };
    expect(issuesOf(invoice)).toEqual([
      expect.objectContaining({ code: 'unknown-key', path: '/BT-999' }),
    ]);
  });

  it('refuses a typo deep in a line', () => {
    const invoice = sampleInvoice();
    const line = invoice['BG-25']?.[1];
    if (!line) throw new Error('sample has two lines');
    Object.assign(line, { 'BG-29': { 'BT-146': '42.50', 'BT-1466': '1' } });
    const [issue] = issuesOf(invoice);
    expect(issue?.path).toBe('/BG-25/1/BG-29/BT-1466');
    expect(issue?.term).toBe('BG-29');
    expect(issue?.message.fr).toContain('BG-29');
  });

  it('says where a known term belongs when it is misplaced', () => {
    const invoice = sampleInvoice();
    Object.assign(invoice['BG-4'] ?? {}, { 'BT-44': 'Acheteur au mauvais endroit' });
    const [issue] = issuesOf(invoice);
    expect(issue).toMatchObject({ code: 'misplaced-key', path: '/BG-4/BT-44', term: 'BT-44' });
    expect(issue?.message.fr).toContain('BG-7');
    expect(issue?.message.en).toContain('BG-7');
  });

  it('says where a scheme goes when it is written as its own BT key', () => {
    const [issue] = issuesOf({ 'BG-4': { 'BT-34': { id: '812456374' }, 'BT-34-1': '0225' } });
    expect(issue).toMatchObject({ code: 'misplaced-key', path: '/BG-4/BT-34-1', term: 'BT-34-1' });
    expect(issue?.message.en).toContain('"scheme"');
  });

  it('lists the allowed keys of an identifier object', () => {
    const [issue] = issuesOf({ 'BG-4': { 'BT-29': [{ id: '81245637400022', schemeID: '0009' }] } });
    expect(issue).toMatchObject({
      code: 'unknown-key',
      path: '/BG-4/BT-29/0/schemeID',
      term: 'BT-29',
    });
    expect(issue?.message.fr).toContain('id, scheme');
  });

  it('asks for amounts as strings, not JSON numbers', () => {
    const [issue] = issuesOf({ 'BG-22': { 'BT-106': 950.5 } });
    expect(issue).toMatchObject({ code: 'invalid-type', path: '/BG-22/BT-106', term: 'BT-106' });
    expect(issue?.message.fr).toContain('"950.5"');
  });

  it('asks to leave out a term rather than write null', () => {
    const [issue] = issuesOf({ 'BT-10': null });
    expect(issue).toMatchObject({ code: 'invalid-type', path: '/BT-10', term: 'BT-10' });
    expect(issue?.message.fr).toContain('omettez la clé');
  });

  it('asks for an array where the norm repeats an element', () => {
    const [issue] = issuesOf({ 'BG-25': { 'BT-126': '1' } });
    expect(issue).toMatchObject({ code: 'invalid-type', path: '/BG-25', term: 'BG-25' });
    expect(issue?.message.en).toContain('expected an array, found an object');
  });

  it.each([
    ['/BT-2', { 'BT-2': '2026-02-30' }, 'AAAA-MM-JJ'],
    ['/BT-2', { 'BT-2': '01/03/2026' }, 'AAAA-MM-JJ'],
    ['/BT-5', { 'BT-5': 'eur' }, 'ISO 4217'],
    ['/BG-4/BG-5/BT-40', { 'BG-4': { 'BG-5': { 'BT-40': 'France' } } }, 'ISO 3166-1'],
    ['/BG-22/BT-106', { 'BG-22': { 'BT-106': '1 234,50' } }, 'décimal'],
    ['/BG-22/BT-106', { 'BG-22': { 'BT-106': '1e3' } }, 'décimal'],
    ['/BT-1', { 'BT-1': '' }, 'omettez la clé'],
    ['/BT-3', { 'BT-3': ' 380' }, 'code attendu'],
    [
      '/BG-24/0/BT-125/content',
      { 'BG-24': [{ 'BT-122': 'A', 'BT-125': { content: 'not base64!' } }] },
      'base64',
    ],
  ])('refuses a malformed value at %s', (path, input, hint) => {
    const [issue] = issuesOf(input);
    expect(issue?.code).toBe('invalid-format');
    expect(issue?.path).toBe(path);
    expect(issue?.message.fr).toContain(hint);
  });

  it('names the term in both languages', () => {
    const [issue] = issuesOf({ 'BT-2': '2026-02-30' });
    expect(issue?.message.fr).toMatch(/^BT-2 Date d'émission de la facture : /);
    expect(issue?.message.en).toMatch(/^BT-2 Invoice issue date: /);
  });

  it('reports every problem, not only the first', () => {
    const paths = issuesOf({ 'BT-2': 'hier', 'BT-5': 'euro', 'BG-4': { 'BT-27': '' } }).map(
      (issue) => issue.path,
    );
    expect(paths).toEqual(['/BT-2', '/BT-5', '/BG-4/BT-27']);
  });

  it('keeps extensions, and refuses an EN 16931 id among them', () => {
    const withExtensions = {
      ...sampleInvoice(),
      extensions: { 'EXT-FR-FE-01': 'MARCHE', 'BT-X-5': { nested: [1, true, null] } },
    };
    const result = parseInvoiceJson(JSON.stringify(withExtensions));
    expect(result.ok && result.invoice.extensions).toEqual(withExtensions.extensions);
    const [issue] = issuesOf({ extensions: { 'BT-13': 'EJ' } });
    expect(issue).toMatchObject({ code: 'extension-key', path: '/extensions/BT-13' });
  });

  it('accepts line extensions but not extensions inside other groups', () => {
    const invoice = sampleInvoice();
    const line = invoice['BG-25']?.[0];
    if (!line) throw new Error('sample has lines');
    line.extensions = { 'EXT-FR-FE-136': 'F2025-0999' };
    expect(parseInvoiceJson(invoice).ok).toBe(true);
    const [issue] = issuesOf({ 'BG-4': { extensions: {} } });
    expect(issue?.path).toBe('/BG-4/extensions');
  });

  it('refuses values that JSON cannot carry in extensions', () => {
    const [issue] = issuesOf({ extensions: { when: new Date('2026-03-01') } });
    expect(issue).toMatchObject({ code: 'invalid-value', path: '/extensions/when' });
  });
});

describe('toInvoiceJson', () => {
  it('round-trips: parse(write(invoice)) is the invoice', () => {
    const invoice = sampleInvoice();
    expect(parseInvoiceJson(toInvoiceJson(invoice))).toEqual({ ok: true, invoice });
  });

  it('is deterministic whatever order the objects were built in', () => {
    const shuffled = reverseKeys(sampleInvoice()) as Invoice;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(sampleInvoice()));
    expect(toInvoiceJson(shuffled)).toBe(toInvoiceJson(sampleInvoice()));
  });

  it('writes keys in the order of the norm, not alphabetical or numeric order', () => {
    const text = toInvoiceJson(sampleInvoice());
    const order = [
      '"BT-1"',
      '"BT-2"',
      '"BT-20"',
      '"BG-1"',
      '"BG-2"',
      '"BG-4"',
      '"BT-27"',
      '"BG-5"',
      '"BG-7"',
      '"BG-25"',
    ];
    const positions = order.map((key) => text.indexOf(key));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Inside the seller's address, BT-162 (line 3) comes before BT-37 (city), as in the norm.
    const address = orderInvoice({
      'BG-4': { 'BG-5': { 'BT-37': 'Valence', 'BT-162': 'Bât. B', 'BT-35': '1 rue' } },
    });
    expect(Object.keys(address['BG-4']?.['BG-5'] ?? {})).toEqual(['BT-35', 'BT-162', 'BT-37']);
  });

  it('orders identifier and binary objects, and sorts extension keys naturally', () => {
    const invoice: Invoice = {
      'BG-24': [
        {
          'BT-122': 'A',
          'BT-125': { content: 'JVBERi0=', filename: 'a.pdf', mimeCode: 'application/pdf' },
        },
      ],
      'BG-4': { 'BT-34': { scheme: '0225', id: '812456374' } },
      extensions: { 'EXT-FR-FE-10': 'b', 'EXT-FR-FE-9': { z: 1, a: 2 } },
    };
    const ordered = orderInvoice(invoice);
    expect(Object.keys(ordered)).toEqual(['BG-4', 'BG-24', 'extensions']);
    expect(Object.keys(ordered['BG-4']?.['BT-34'] ?? {})).toEqual(['id', 'scheme']);
    expect(Object.keys(ordered['BG-24']?.[0]?.['BT-125'] ?? {})).toEqual([
      'mimeCode',
      'filename',
      'content',
    ]);
    expect(Object.keys(ordered.extensions ?? {})).toEqual(['EXT-FR-FE-9', 'EXT-FR-FE-10']);
    expect(Object.keys((ordered.extensions?.['EXT-FR-FE-9'] as object) ?? {})).toEqual(['a', 'z']);
  });

  it('loses nothing, even keys the model does not know', () => {
    const odd = { 'BT-1': 'F1', zzz: 1, aaa: 2 } as unknown as Invoice;
    expect(JSON.parse(toInvoiceJson(odd))).toEqual({ 'BT-1': 'F1', aaa: 2, zzz: 1 });
  });

  it('gives a model that survives structured clone unchanged', () => {
    const invoice = sampleInvoice();
    expect(structuredClone(invoice)).toEqual(invoice);
    expect(toInvoiceJson(structuredClone(invoice))).toBe(toInvoiceJson(invoice));
  });
});

describe('compareNatural', () => {
  it('compares digit runs as numbers', () => {
    expect(
      ['EXT-FR-FE-10', 'EXT-FR-FE-9', 'EXT-FR-FE-BG-1', 'BT-X-100', 'BT-X-20'].sort(compareNatural),
    ).toEqual(['BT-X-20', 'BT-X-100', 'EXT-FR-FE-9', 'EXT-FR-FE-10', 'EXT-FR-FE-BG-1']);
    expect(compareNatural('a', 'a')).toBe(0);
    expect(compareNatural('a01', 'a1')).toBeGreaterThan(0);
  });
});
