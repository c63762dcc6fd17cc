import { describe, expect, it } from 'vitest';
import { findAll, getAt, parsePointer, pointer, termOfPointer } from '../../../shared/model';
import { sampleInvoice } from './sample-invoice';

describe('pointer', () => {
  it('builds JSON pointers from ids and indexes', () => {
    expect(pointer('BG-25', 2, 'BT-131')).toBe('/BG-25/2/BT-131');
    expect(pointer()).toBe('');
  });

  it('escapes "~" and "/" as RFC 6901 says, and parsePointer undoes it', () => {
    const built = pointer('extensions', 'a/b~c');
    expect(built).toBe('/extensions/a~1b~0c');
    expect(parsePointer(built)).toEqual(['extensions', 'a/b~c']);
  });

  it('refuses what is not a pointer', () => {
    expect(parsePointer('BG-25/0')).toBeUndefined();
    expect(parsePointer('/a~2')).toBeUndefined();
    expect(parsePointer('/a~')).toBeUndefined();
    expect(parsePointer('')).toEqual([]);
  });
});

describe('getAt', () => {
  const invoice = sampleInvoice();

  it('reads values through objects and arrays', () => {
    expect(getAt(invoice, '/BG-25/1/BT-131')).toBe('170.00');
    expect(getAt(invoice, '/BG-4/BT-29/0/scheme')).toBe('0009');
    expect(getAt(invoice, '/BG-23/0')).toEqual(invoice['BG-23']?.[0]);
    expect(getAt(invoice, '')).toBe(invoice);
  });

  it('gives undefined for places that do not exist', () => {
    expect(getAt(invoice, '/BG-25/2/BT-131')).toBeUndefined();
    expect(getAt(invoice, '/BG-25/01/BT-131')).toBeUndefined();
    expect(getAt(invoice, '/BG-25/-/BT-131')).toBeUndefined();
    expect(getAt(invoice, '/BG-10/BT-59')).toBeUndefined();
    expect(getAt(invoice, '/BT-1/length')).toBeUndefined();
    expect(getAt(invoice, '/constructor')).toBeUndefined();
    expect(getAt(invoice, 'BT-1')).toBeUndefined();
  });
});

describe('termOfPointer', () => {
  it.each([
    ['/BG-25/2/BT-131', 'BT-131'],
    ['/BG-25/2', 'BG-25'],
    ['/BG-25', 'BG-25'],
    ['/BG-25/0/BG-29/BT-146', 'BT-146'],
    ['/BG-4/BT-34/scheme', 'BT-34-1'],
    ['/BG-4/BT-34/id', 'BT-34'],
    ['/BG-4/BT-29/0/scheme', 'BT-29-1'],
    ['/BG-25/0/BG-31/BT-158/0/version', 'BT-158-2'],
    ['/BG-24/0/BT-125/mimeCode', 'BT-125-1'],
    ['/BG-24/0/BT-125/content', 'BT-125'],
    ['/BG-25/0/extensions/EXT-FR-FE-136', 'BG-25'],
    ['/BG-4/BT-9999', 'BG-4'],
  ])('%s → %s', (at, id) => {
    expect(termOfPointer(at)).toBe(id);
  });

  it('is undefined for the document, its extensions and malformed pointers', () => {
    expect(termOfPointer('')).toBeUndefined();
    expect(termOfPointer('/extensions/EXT-FR-FE-01')).toBeUndefined();
    expect(termOfPointer('/extensions/BT-1')).toBeUndefined();
    expect(termOfPointer('BT-1')).toBeUndefined();
  });
});

describe('findAll', () => {
  const invoice = sampleInvoice();

  it('finds a line term once per line, with its pointer', () => {
    expect(findAll(invoice, 'BT-131')).toEqual([
      { pointer: '/BG-25/0/BT-131', value: '780.00' },
      { pointer: '/BG-25/1/BT-131', value: '170.00' },
    ]);
  });

  it('finds terms in nested groups and skips lines that lack them', () => {
    expect(findAll(invoice, 'BT-146').map((place) => place.value)).toEqual(['65.00', '42.50']);
    expect(findAll(invoice, 'BT-158')).toEqual([
      { pointer: '/BG-25/1/BG-31/BT-158/0', value: { id: '49019900', scheme: 'HS' } },
    ]);
  });

  it('finds groups, one entry per occurrence', () => {
    expect(findAll(invoice, 'BG-23').map((place) => place.pointer)).toEqual([
      '/BG-23/0',
      '/BG-23/1',
    ]);
    expect(findAll(invoice, 'BG-4').map((place) => place.pointer)).toEqual(['/BG-4']);
  });

  it('finds qualifiers inside identifier objects', () => {
    expect(findAll(invoice, 'BT-29-1')).toEqual([
      { pointer: '/BG-4/BT-29/0/scheme', value: '0009' },
    ]);
    expect(findAll(invoice, 'BT-49-1')).toEqual([{ pointer: '/BG-7/BT-49/scheme', value: '0225' }]);
  });

  it('finds nothing where the document has nothing', () => {
    expect(findAll(invoice, 'BT-59')).toEqual([]);
    expect(findAll({}, 'BT-131')).toEqual([]);
  });

  it('agrees with getAt and termOfPointer', () => {
    for (const id of ['BT-131', 'BT-152', 'BT-29-1', 'BG-1', 'BT-22'] as const) {
      for (const place of findAll(invoice, id)) {
        expect(getAt(invoice, place.pointer)).toBe(place.value);
        expect(termOfPointer(place.pointer)).toBe(id);
      }
    }
  });
});
