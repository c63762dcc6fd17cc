import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedCodes, CODE_LIST_RULE_IDS, codeRuleData } from '../../../shared/codes';

describe('generated EN 16931 code lists', () => {
  it('are up to date with the schematron fixtures', () => {
    const regenerated = execFileSync(
      process.execPath,
      ['scripts/generate-codelists.mjs', '--stdout'],
      {
        encoding: 'utf8',
      },
    );
    const committed = readFileSync('shared/codes/en16931-codelists.generated.ts', 'utf8');
    expect(regenerated).toBe(committed);
  });

  it('carry no official message text', () => {
    const committed = readFileSync('shared/codes/en16931-codelists.generated.ts', 'utf8');
    expect(committed).not.toMatch(/MUST|\[BR-CL-\d+\]-/);
  });

  it('agree with the independent JSON extraction, except where that file merged the syntaxes', () => {
    const json = JSON.parse(
      readFileSync('test/fixtures/codelists/en16931-codelists.json', 'utf8'),
    ) as { rules: Record<string, { codes: string[]; contexts: Record<string, string[]> }> };
    expect(Object.keys(json.rules)).toEqual([...CODE_LIST_RULE_IDS]);
    for (const rule of CODE_LIST_RULE_IDS) {
      const entry = json.rules[rule];
      expect(entry, rule).toBeDefined();
      if (!entry) continue;
      expect(
        codeRuleData(rule)
          .map((d) => d.syntax)
          .sort(),
        rule,
      ).toEqual(Object.keys(entry.contexts).sort());
      for (const data of codeRuleData(rule)) {
        expect(data.context, `${rule} ${data.syntax}`).toBe(entry.contexts[data.syntax]?.[0]);
      }
      const ours = [...allowedCodes(rule)].sort();
      // The JSON keeps one list per rule: for BR-CL-06, -14 and -15 it holds the CII values only,
      // and our union of both syntaxes is larger.
      if (['BR-CL-06', 'BR-CL-14', 'BR-CL-15'].includes(rule)) {
        expect(ours, rule).toEqual(expect.arrayContaining(entry.codes));
        expect(ours.length, rule).toBeGreaterThan(new Set(entry.codes).size);
      } else {
        expect(ours, rule).toEqual([...new Set(entry.codes)].sort());
      }
    }
  });
});
