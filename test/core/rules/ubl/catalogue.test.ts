import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UBL_SYNTAX_RULES } from '../../../../shared/rules/en16931/ubl';
import { FORBIDDEN_NODES } from '../../../../shared/rules/en16931/ubl/forbidden.generated';

const SCHEMATRON = 'test/fixtures/en16931-schematron/EN16931-UBL-validation-preprocessed.sch';

/** Every UBL-* assertion of the official UBL schematron: id → flag. */
function officialAssertions(): Map<string, string> {
  const text = readFileSync(SCHEMATRON, 'utf8');
  const found = new Map<string, string>();
  for (const [, id, flag] of text.matchAll(/<assert id="(UBL-[A-Z]+-\d+)" flag="(\w+)"/g)) {
    if (id === undefined || flag === undefined) continue;
    expect(found.has(id), `${id} asserted twice`).toBe(false);
    found.set(id, flag);
  }
  return found;
}

describe('UBL syntax-binding rules', () => {
  it('cover every UBL-CR, UBL-SR and UBL-DT assertion of the schematron, with its flag', () => {
    const official = officialAssertions();
    const counts = { CR: 0, SR: 0, DT: 0 };
    for (const id of official.keys()) counts[id.split('-')[1] as keyof typeof counts]++;
    expect(counts).toEqual({ CR: 678, SR: 54, DT: 24 });
    const ours = new Map(UBL_SYNTAX_RULES.map((r) => [r.id, r.flag]));
    expect(ours.size).toBe(UBL_SYNTAX_RULES.length);
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(official));
  });

  it('are UBL rules of the en16931 layer, with messages in both languages', () => {
    const messages = new Set<string>();
    for (const rule of UBL_SYNTAX_RULES) {
      expect(rule.layer, rule.id).toBe('en16931');
      expect(rule.syntax, rule.id).toBe('ubl');
      expect(['fatal', 'warning']).toContain(rule.flag);
      expect(rule.message.fr.length, rule.id).toBeGreaterThan(30);
      expect(rule.message.en.length, rule.id).toBeGreaterThan(30);
      expect(rule.message.fr, rule.id).not.toBe(rule.message.en);
      for (const bt of rule.bt) expect(bt, rule.id).toMatch(/^B[TG]-\d+$/);
      // Each rule says something of its own (the path rules name their path).
      expect(messages.has(rule.message.fr), rule.id).toBe(false);
      messages.add(rule.message.fr);
    }
  });

  it('carry our own words, not the official assertion texts', () => {
    const text = readFileSync(SCHEMATRON, 'utf8');
    const officialTexts = [...text.matchAll(/<assert id="UBL-[^"]+"[^>]*>\[[^\]]+\]-([^<]+)</g)]
      .map((m) => m[1]?.trim() ?? '')
      .filter((t) => t.length > 20);
    expect(officialTexts.length).toBeGreaterThan(700);
    const ours = UBL_SYNTAX_RULES.flatMap((r) => [r.message.fr, r.message.en]).join('\n');
    for (const official of officialTexts) expect(ours).not.toContain(official);
  });
});

describe('generated table of forbidden nodes', () => {
  it('is up to date with the schematron fixture', () => {
    const regenerated = execFileSync(
      process.execPath,
      ['scripts/generate-ubl-forbidden.mjs', '--stdout'],
      { encoding: 'utf8' },
    );
    const committed = readFileSync('shared/rules/en16931/ubl/forbidden.generated.ts', 'utf8');
    expect(regenerated).toBe(committed);
  });

  it('holds the plain `not(path)` assertions of the root rule, the XPath as published', () => {
    const text = readFileSync(SCHEMATRON, 'utf8');
    expect(FORBIDDEN_NODES.length).toBe(693);
    for (const [id, flag, path] of FORBIDDEN_NODES) {
      expect(text, id).toContain(`<assert id="${id}" flag="${flag}" test="not(${path})">`);
    }
  });
});
