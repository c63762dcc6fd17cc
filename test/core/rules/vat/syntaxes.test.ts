import { describe, expect, it } from 'vitest';
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
