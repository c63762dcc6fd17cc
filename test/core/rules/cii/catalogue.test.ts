import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CII_SYNTAX_RULES } from '../../../../shared/rules/en16931/cii';
import { labelledContexts } from '../../../../shared/rules/en16931/cii/labels';
import { SPECIALS } from '../../../../shared/rules/en16931/cii/special';
import { CII_SYNTAX_TABLE } from '../../../../shared/rules/en16931/cii/table.generated';
import { TERMS_OF_RULES } from '../../../../shared/rules/en16931/cii/terms';

const SCHEMATRON = 'test/fixtures/en16931-schematron/EN16931-CII-validation-preprocessed.sch';

/** Id → flag of every CII-SR / CII-DT assertion, read straight from the official schematron. */
function officialFlags(): Map<string, string> {
  const xml = readFileSync(SCHEMATRON, 'utf8');
  const flags = new Map<string, string>();
  for (const [, id, flag] of xml.matchAll(/<assert id="(CII-(?:SR|DT)-\d+)" flag="(\w+)"/g)) {
    if (id !== undefined && flag !== undefined) flags.set(id, flag);
  }
  return flags;
}

describe('CII syntax-binding rules: catalogue', () => {
  it('has one rule per CII-SR / CII-DT assertion of the schematron, with its flag', () => {
    const official = officialFlags();
    expect(official.size).toBe(583);
    const ours = new Map(CII_SYNTAX_RULES.map((r) => [r.id, r.flag]));
    expect(ours.size).toBe(CII_SYNTAX_RULES.length);
    expect(ours).toEqual(official);
    expect(CII_SYNTAX_RULES.filter((r) => r.id.startsWith('CII-SR-'))).toHaveLength(482);
    expect(CII_SYNTAX_RULES.filter((r) => r.id.startsWith('CII-DT-'))).toHaveLength(101);
  });

  it('marks every rule as an EN 16931 rule of the CII syntax', () => {
    for (const rule of CII_SYNTAX_RULES) {
      expect(rule.layer).toBe('en16931');
      expect(rule.syntax).toBe('cii');
      for (const term of rule.bt) expect(term).toMatch(/^B[TG]-\d+(-\d+)?$/);
    }
  });

  it('has a message in French and in English for every rule, in our own words', () => {
    for (const rule of CII_SYNTAX_RULES) {
      expect(rule.message.fr.length, rule.id).toBeGreaterThan(30);
      expect(rule.message.en.length, rule.id).toBeGreaterThan(30);
      expect(rule.message.fr).not.toBe(rule.message.en);
      // The official texts read "[CII-SR-001] - X should not be present".
      expect(rule.message.en).not.toMatch(/should not be present|shall not be used|\[CII-/);
    }
  });

  it('names the element concerned in each generated message', () => {
    for (const rule of CII_SYNTAX_TABLE) {
      for (const assert of rule.asserts) {
        if (assert[2] === 'special') continue;
        const last = assert[3].split('/').at(-1) ?? '';
        const message = CII_SYNTAX_RULES.find((r) => r.id === assert[0])?.message;
        expect(message?.fr, assert[0]).toContain(last);
        expect(message?.en, assert[0]).toContain(last);
      }
    }
  });

  it('labels every context of the table', () => {
    const labelled = new Set(labelledContexts());
    for (const rule of CII_SYNTAX_TABLE)
      expect(labelled.has(rule.context), rule.context).toBe(true);
  });

  it('gives terms only to rules that exist, and implements every special rule', () => {
    const ids = new Set(CII_SYNTAX_RULES.map((r) => r.id));
    for (const id of Object.keys(TERMS_OF_RULES)) expect(ids.has(id), id).toBe(true);
    const specials = CII_SYNTAX_TABLE.flatMap((r) => r.asserts).filter((a) => a[2] === 'special');
    expect(specials.map((a) => a[0]).sort()).toEqual(Object.keys(SPECIALS).sort());
  });

  it('is the table the generator derives from the schematron', () => {
    const run = spawnSync(process.execPath, ['scripts/generate-cii-syntax-rules.mjs', '--stdout'], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(readFileSync('shared/rules/en16931/cii/table.generated.ts', 'utf8'));
  });
});
