/**
 * The profile layer against the official compiled Factur-X schematrons (official-results.json,
 * see record-official.test.ts): on every FNFE sample and every case of cases.ts, the same rule ids
 * as many times, for the rules the profile layer holds. For MINIMUM and BASIC WL that is every
 * bracketed rule of the profile file; for BASIC, EN16931 and EXTENDED the rules EN 16931 does not
 * have with the same logic (the others are the en16931 layer's, checked in the next test).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN16931_RULES } from '../../../../shared/rules/en16931';
import { validateXml } from '../../../../shared/rules/engine';
import type { Finding } from '../../../../shared/rules/finding';
import { PROFILE_RULES } from '../../../../shared/rules/profile';
import { PROFILE_CASES } from './cases';
import { applyEdits } from './edits';
import { officialResults, SAMPLE_FOLDERS } from './official';

const FIXTURES = 'test/fixtures/facturx';
const OFFICIAL = officialResults().documents;
const EN16931_IDS = new Set(EN16931_RULES.map((r) => r.id));
/** Checks of the en16931 layer's rules, to tell the rules a profile reuses as they are. */
const EN16931_CHECKS = new Set(EN16931_RULES.map((r) => r.check));

interface Document {
  readonly key: string;
  readonly xml: string;
}

const SAMPLES: Document[] = Object.keys(SAMPLE_FOLDERS).flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((file) => ({
      key: `${folder}/${file}`,
      xml: readFileSync(join(FIXTURES, folder, file), 'utf8'),
    })),
);

const CASES: Document[] = PROFILE_CASES.map((c) => ({
  key: c.name,
  xml: applyEdits(readFileSync(join(FIXTURES, c.base), 'utf8'), c.edits),
}));

function count(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}

function only(
  counts: Readonly<Record<string, number>>,
  keep: (id: string) => boolean,
): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([id]) => keep(id)));
}

async function compare(document: Document) {
  const official = OFFICIAL[document.key];
  expect(official, `no official verdict for ${document.key}: run the recorder`).toBeDefined();
  if (official === undefined) return;
  const report = await validateXml(document.xml, { rules: ['en16931', 'profile'] });
  const profile = report.document?.profile;
  const rules = profile === undefined ? undefined : PROFILE_RULES[profile.id];
  expect(rules, `${document.key} has profile rules`).toBeDefined();
  const held = new Set((rules ?? []).map((r) => r.id));
  const partial = profile?.coverage === 'partial';
  // A reused EN rule may point at each offending element where the schematron reports its
  // context once (BR-O-11 names each other category): for those, the verdict is compared, not
  // the count of findings.
  const reused = new Set((rules ?? []).filter((r) => EN16931_CHECKS.has(r.check)).map((r) => r.id));
  const ours = count(report.findings.filter((f) => f.layer === 'profile'));
  const expected = only(official.ids, (id) => held.has(id));
  const verdict = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).map(([id, n]) => [id, reused.has(id) ? 'fails' : n]));
  expect(verdict(ours), document.key).toEqual(verdict(expected));
  if (partial) {
    // The profile layer is the whole business validation: nothing official is left out.
    expect(
      only(official.ids, (id) => !held.has(id)),
      document.key,
    ).toEqual({});
    // Of the en16931 layer only the code lists (BR-CL) ran, and on these samples they find
    // nothing, like the official validator; the reader's own findings (a value it could not hold)
    // are still reported under that layer.
    const layer = report.layers.find((l) => l.layer === 'en16931');
    expect(layer?.status).toBe('ran');
    expect(layer?.reason?.en).toMatch(/only the code lists/);
    // BR-CL findings are our deliberate addition: the official stylesheets check the same code
    // values as structure checks without a rule id, so they are not in the recorded verdicts.
    const en16931 = report.findings.filter(
      (f) => f.layer === 'en16931' && !f.rule.startsWith('BR-CL'),
    );
    expect(
      en16931.filter((f) => EN16931_IDS.has(f.rule)),
      document.key,
    ).toEqual([]);
  }
}

describe('profile layer = official Factur-X schematron', () => {
  it.each(SAMPLES.map((s) => [s.key, s] as const))('sample %s', async (_key, sample) => {
    await compare(sample);
  });

  it.each(CASES.map((c) => [c.key, c] as const))('case %s', async (_key, document) => {
    await compare(document);
  });

  it('has a verdict for every sample and case, and nothing else', () => {
    expect(Object.keys(OFFICIAL).sort()).toEqual([...SAMPLES, ...CASES].map((d) => d.key).sort());
  });
});
