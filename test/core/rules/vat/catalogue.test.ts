import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VAT_CATEGORY_RULES } from '../../../../shared/rules/en16931/vat';
import { attr, descendants, parseXml } from '../../../../shared/xml';

const SCHEMATRON = 'http://purl.oclc.org/dsdl/schematron';
const FAMILY = /^BR-(S|Z|E|AE|IC|G|O|AF|AG)-\d\d$/;

/** Id → flag of the VAT category asserts of an official preprocessed schematron (1.3.16). */
function assertsOf(file: string): Map<string, string> {
  const parsed = parseXml(readFileSync(`test/fixtures/en16931-schematron/${file}`));
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const found = new Map<string, string>();
  for (const assert of descendants(parsed.document.root, SCHEMATRON, 'assert')) {
    const id = attr(assert, 'id');
    if (id !== undefined && FAMILY.test(id)) found.set(id, attr(assert, 'flag') ?? '');
  }
  return found;
}

describe('VAT category rule catalogue', () => {
  const ubl = assertsOf('EN16931-UBL-validation-preprocessed.sch');
  const cii = assertsOf('EN16931-CII-validation-preprocessed.sch');
  const ours = new Map(VAT_CATEGORY_RULES.map((r) => [r.id, r]));

  it('has every id of both artefacts, and no other', () => {
    expect(ubl.size).toBe(96);
    expect([...cii.keys()].sort()).toEqual([...ubl.keys()].sort());
    expect([...ours.keys()].sort()).toEqual([...ubl.keys()].sort());
    expect(ours.size).toBe(VAT_CATEGORY_RULES.length);
  });

  it('has no BR-IG or BR-IP id: 1.3.16 names the IGIC and IPSI rules BR-AF and BR-AG', () => {
    const all = readFileSync(
      'test/fixtures/en16931-schematron/EN16931-UBL-validation-preprocessed.sch',
      'utf8',
    );
    expect(all).not.toMatch(/id="BR-I[GP]-/);
    expect(VAT_CATEGORY_RULES.some((r) => /^BR-I[GP]-/.test(r.id))).toBe(false);
  });

  it('keeps the artefacts flags', () => {
    for (const [id, rule] of ours) {
      expect(rule.flag, id).toBe(ubl.get(id));
      expect(rule.flag, id).toBe(cii.get(id));
    }
  });

  it('says what to fix in French and English, and names the terms concerned', () => {
    for (const rule of VAT_CATEGORY_RULES) {
      expect(rule.layer).toBe('en16931');
      expect(rule.syntax).toBeUndefined();
      expect(rule.message.fr.length, rule.id).toBeGreaterThan(30);
      expect(rule.message.en.length, rule.id).toBeGreaterThan(30);
      expect(rule.message.fr).not.toBe(rule.message.en);
      expect(rule.bt.length, rule.id).toBeGreaterThan(0);
      for (const term of rule.bt) expect(term).toMatch(/^B[TG]-\d+$/);
    }
  });
});
