import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../shared/xml';
import { EN16931, readFixture, xmlFilesUnder } from './fixture-files';
import { elementsOf, factsOf, libxml2Read } from './libxml2-oracle';

const officialFiles = xmlFilesUnder(EN16931);

describe('parseXml agrees with libxml2 on the official EN 16931 files', () => {
  it('finds the whole suite', () => {
    // 34 examples, 279 unit-test sets, 29 test files: a lost folder must not pass silently.
    expect(officialFiles.length).toBe(342);
  });

  it.each(officialFiles)('%s', (path) => {
    const bytes = readFixture(EN16931, path);
    const oracle = libxml2Read(bytes);
    const ours = parseXml(bytes);
    if (!oracle.wellFormed) throw new Error(`libxml2 rejects ${path}: ${oracle.message}`);
    if (!ours.ok) throw new Error(`parseXml rejects ${path}: ${ours.error.message.en}`);
    expect(factsOf(ours.document.root)).toEqual(oracle.elements);

    // libxml2 records the line where a start tag ends; ours is where it begins. They agree
    // whenever the start tag fits on one line, which we check from the source text itself.
    const text = bytes.toString('utf8').replace(/\r\n?/g, '\n');
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      lineStarts.push(i + 1);
    const elements = elementsOf(ours.document.root);
    let compared = 0;
    elements.forEach((element, i) => {
      const offset = (lineStarts[element.line - 1] as number) + element.column - 1;
      expect(text.charAt(offset)).toBe('<');
      expect(text.startsWith(element.name, offset + 1)).toBe(true);
      const tagEnd = text.indexOf('>', offset);
      if (!text.slice(offset, tagEnd).includes('\n')) {
        expect(element.line).toBe(oracle.lines[i]);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(elements.length / 2);
  });
});
