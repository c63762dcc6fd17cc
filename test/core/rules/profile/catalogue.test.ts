/**
 * The rule sets of the profile layer against the compiled Factur-X stylesheets (their bracketed
 * ids and flags, recorded in official-results.json): MINIMUM and BASIC WL hold every rule of
 * their stylesheet; BASIC, EN16931 and EXTENDED hold the ones the en16931 layer does not have (or
 * has with another flag), and nothing the stylesheet lacks. Plus ids unique per profile, both
 * languages in every message, and the engine's choice of rules per profile.
 */
import { describe, expect, it } from 'vitest';
import { EN16931_RULES } from '../../../../shared/rules/en16931';
import { rulesFor } from '../../../../shared/rules/engine';
import { PROFILE_RULES } from '../../../../shared/rules/profile';
import type { Rule } from '../../../../shared/rules/rule';
import { profileOf } from '../../../../shared/syntax/profiles';
import { officialResults } from './official';

const STYLESHEETS = officialResults().stylesheets;

/** Which stylesheet judges each profile id (EXTENDED-CTC-FR is checked as EXTENDED). */
const STYLESHEET_OF = {
  minimum: 'MINIMUM',
  'basic-wl': 'BASICWL',
  basic: 'BASIC',
  en16931: 'EN16931',
  extended: 'EXTENDED',
  'extended-ctc-fr': 'EXTENDED',
} as const;

/** In the stylesheet, not held: a test that is always true (`(A or B) or (not A and not B)`). */
const NEVER_FAILS = new Set(['CII-SR-464']);

const EN_FLAGS = new Map<string, string>();
for (const rule of EN16931_RULES) {
  if (rule.syntax === undefined || rule.syntax === 'cii') EN_FLAGS.set(rule.id, rule.flag);
}

function rulesOf(profile: keyof typeof STYLESHEET_OF): readonly Rule[] {
  const rules = PROFILE_RULES[profile];
  if (rules === undefined) throw new Error(`no rules for ${profile}`);
  return rules;
}

describe('profile rule sets = compiled Factur-X stylesheets', () => {
  it('has the stylesheets recorded', () => {
    expect(Object.keys(STYLESHEETS).sort()).toEqual([
      'BASIC',
      'BASICWL',
      'EN16931',
      'EXTENDED',
      'MINIMUM',
    ]);
  });

  for (const [profile, sheet] of Object.entries(STYLESHEET_OF) as [
    keyof typeof STYLESHEET_OF,
    string,
  ][]) {
    it(`${profile}: ids and flags as in ${sheet}`, () => {
      const official = STYLESHEETS[sheet] ?? {};
      const rules = rulesOf(profile);
      const held = new Map(rules.map((r) => [r.id, r.flag]));
      expect(held.size, 'ids unique').toBe(rules.length);
      for (const [id, flag] of held) expect([id, flag]).toEqual([id, official[id]]);
      const complete = profile === 'minimum' || profile === 'basic-wl';
      const notHeld = Object.keys(official).filter((id) => !held.has(id) && !NEVER_FAILS.has(id));
      if (complete) {
        expect(notHeld).toEqual([]);
      } else {
        // What the profile layer leaves out, the en16931 layer gives, with the same flag.
        expect(notHeld.filter((id) => EN_FLAGS.get(id) !== official[id])).toEqual([]);
        // And the profile layer repeats no EN rule it agrees with.
        const repeated = [...held].filter(([id, flag]) => EN_FLAGS.get(id) === flag);
        expect(repeated.map(([id]) => id)).toEqual([]);
      }
    });
  }

  it('writes every message in French and English', () => {
    for (const rules of Object.values(PROFILE_RULES)) {
      for (const rule of rules ?? []) {
        expect(rule.layer, rule.id).toBe('profile');
        expect(['fatal', 'warning']).toContain(rule.flag);
        expect(rule.message.fr.length, rule.id).toBeGreaterThan(10);
        expect(rule.message.en.length, rule.id).toBeGreaterThan(10);
        expect(rule.message.fr, rule.id).not.toBe(rule.message.en);
      }
    }
  });
});

describe('rules per profile in the engine', () => {
  it('runs only the code lists of the en16931 layer and the profile set for MINIMUM and BASIC WL', () => {
    for (const [id, urn] of [
      ['minimum', 'urn:factur-x.eu:1p0:minimum'],
      ['basic-wl', 'urn:factur-x.eu:1p0:basicwl'],
      ['minimum', 'urn:zugferd.de:2p0:minimum'],
    ] as const) {
      const profile = profileOf(urn);
      const en16931 = rulesFor('en16931', 'cii', profile);
      expect('rules' in en16931 && en16931.rules.every((r) => r.id.startsWith('BR-CL-'))).toBe(
        true,
      );
      expect('rules' in en16931 && en16931.rules.length).toBeGreaterThan(20);
      const selection = rulesFor('profile', 'cii', profile);
      expect('rules' in selection && selection.rules).toEqual(PROFILE_RULES[id]);
    }
  });

  it('runs no Factur-X rule on a UBL invoice', () => {
    const selection = rulesFor('profile', 'ubl', profileOf('urn:cen.eu:en16931:2017', 'ubl'));
    expect('rules' in selection && selection.rules).toEqual([]);
  });

  it('checks EXTENDED-CTC-FR as EXTENDED', () => {
    expect(PROFILE_RULES['extended-ctc-fr']).toBe(PROFILE_RULES.extended);
  });
});
