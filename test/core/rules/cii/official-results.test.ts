import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ciiSyntaxViolations } from '../../../../shared/rules/en16931/cii';
import type { XmlElement } from '../../../../shared/xml';
import { edited, OFFICIAL, rootOf } from './documents';

/**
 * Our CII-SR / CII-DT results against those of the official validator (the artefact's XSLT run
 * with Saxon by scripts/cii-syntax-oracle.mjs, stored in official-results.json): same rule ids,
 * same number of failing context nodes, on every case and every sample document.
 */
function firedBy(root: XmlElement): Record<string, number> {
  const fired: Record<string, number> = {};
  for (const [id, violations] of ciiSyntaxViolations(root)) {
    if (violations.length > 0) fired[id] = violations.length;
  }
  return fired;
}

describe('CII syntax rules give the official verdicts', () => {
  it.each(OFFICIAL.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(firedBy(rootOf(edited(c.edits, c.regex)))).toEqual(c.fired);
  });

  it.each(Object.entries(OFFICIAL.documents))('%s', (path, fired) => {
    expect(firedBy(rootOf(readFileSync(`test/fixtures/${path}`)))).toEqual(fired);
  });
});
