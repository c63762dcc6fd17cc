/** README lists the fr and chorus rules by id (issue 4): a rule added or renamed must show there. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHORUS_RULES } from '../../../shared/rules/chorus';
import { FR_RULES } from '../../../shared/rules/fr';

const README = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

/** Every rule-looking id the README names, so a stale id is caught as well as a missing one. */
function idsIn(text: string, pattern: RegExp): string[] {
  return [...new Set([...text.matchAll(pattern)].map((m) => m[0]))].sort();
}

describe('README rule ids', () => {
  it('names every BR-FR family and no other', () => {
    expect(idsIn(README, /BR-FR-(?:[A-Z]+-)?\d\d\b/g)).toEqual(FR_RULES.map((r) => r.id).sort());
  });

  it('names every CHORUS rule and no other', () => {
    expect(idsIn(README, /CHORUS-\d\d\b/g)).toEqual(CHORUS_RULES.map((r) => r.id).sort());
  });
});
