import { describe, expect, it } from 'vitest';
import { elementAt } from '../../../../shared/rules/en16931/vat/raw-categories';
import { descendants, parseXml } from '../../../../shared/xml';
import { CASES } from './cases';
import { cii, ubl } from './documents';
import { checkXml, ids } from './run';

/**
 * Each syntax keeps its own artefact's verdict: the expected rule ids of every case are those the
 * official validator (XSLT of the artefacts 1.3.16) reports on the same document.
 */
describe('VAT category rules read each syntax as its official artefact does', () => {
  for (const { name, spec, fires } of CASES) {
    it(`UBL: ${name}`, () => {
      expect(ids(checkXml(ubl(spec)))).toEqual([...fires.ubl].sort());
    });
    it(`CII: ${name}`, () => {
      expect(ids(checkXml(cii(spec)))).toEqual([...fires.cii].sort());
    });
  }
});

describe('finding a place’s element from its source location', () => {
  it('finds every element of a document by the position of its start tag', () => {
    const text = ubl(CASES[CASES.length - 3]?.spec ?? {}).replaceAll('><', '>\n  <');
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const all = [parsed.document.root, ...descendants(parsed.document.root)];
    expect(all.length).toBeGreaterThan(40);
    for (const element of all) {
      expect(elementAt(parsed.document.root, element)).toBe(element);
    }
    expect(elementAt(parsed.document.root, { line: 1, column: 2 })).toBeUndefined();
    expect(elementAt(parsed.document.root, {})).toBeUndefined();
  });
});
