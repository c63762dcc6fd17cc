import { describe, expect, it } from 'vitest';
import { BUSINESS_RULES } from '../../../../shared/rules/en16931/business';
import { completeInvoice, contextFor } from './support';

/**
 * The business rule ids asserted by the preprocessed schematrons of the validation artefacts
 * 1.3.16 (ubl/…/EN16931-UBL-validation-preprocessed.sch and cii/…/EN16931-CII-validation-
 * preprocessed.sch, which assert the same 104 ids): 58 BR-nn, 2 BR-B, 23 BR-CO, 21 BR-DEC.
 * BR-CO-25 was withdrawn from the artefacts and must not be here.
 */
const ARTEFACT_IDS = {
  BR: [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
    27, 28, 29, 30, 31, 32, 33, 36, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54,
    55, 56, 57, 61, 62, 63, 64, 65,
  ],
  'BR-B': [1, 2],
  'BR-CO': [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 26],
  'BR-DEC': [1, 2, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 23, 24, 25, 27, 28],
} as const;

const EXPECTED_IDS = Object.entries(ARTEFACT_IDS).flatMap(([prefix, numbers]) =>
  numbers.map((n) => `${prefix}-${String(n).padStart(2, '0')}`),
);

describe('business rule catalogue', () => {
  it('implements every business rule id of the artefacts, and no other', () => {
    expect(EXPECTED_IDS).toHaveLength(104);
    const ids = [...new Set(BUSINESS_RULES.map((rule) => rule.id))].sort();
    expect(ids).toEqual([...EXPECTED_IDS].sort());
    expect(ids).not.toContain('BR-CO-25');
  });

  it('has one record per id and syntax (BR-51 alone has two: warning in UBL, fatal in CII)', () => {
    const keys = BUSINESS_RULES.map((rule) => `${rule.id}@${rule.syntax ?? 'any'}`);
    expect(new Set(keys).size).toBe(keys.length);
    const twice = BUSINESS_RULES.filter((rule) => rule.id === 'BR-51');
    expect(twice.map((rule) => [rule.syntax, rule.flag])).toEqual([
      [undefined, 'warning'],
      ['cii', 'fatal'],
    ]);
  });

  it('gives every rule the en16931 layer, a valid flag, business terms and a message in both languages', () => {
    for (const rule of BUSINESS_RULES) {
      expect(rule.layer, rule.id).toBe('en16931');
      expect(['fatal', 'warning'], rule.id).toContain(rule.flag);
      expect(rule.bt.length, rule.id).toBeGreaterThan(0);
      for (const id of rule.bt) expect(id, rule.id).toMatch(/^B[TG]-\d+(-\d+)?$/);
      expect(rule.message.fr.trim().length, rule.id).toBeGreaterThan(20);
      expect(rule.message.en.trim().length, rule.id).toBeGreaterThan(20);
      expect(rule.message.fr, rule.id).not.toBe(rule.message.en);
    }
  });

  it('flags every rule fatal except BR-51 in UBL, as the artefacts do', () => {
    const warnings = BUSINESS_RULES.filter((rule) => rule.flag === 'warning');
    expect(warnings.map((rule) => `${rule.id}@${rule.syntax ?? 'any'}`)).toEqual(['BR-51@any']);
  });

  it('finds nothing wrong with a complete invoice, in any syntax', () => {
    for (const syntax of [undefined, 'ubl', 'cii'] as const) {
      const context = contextFor(completeInvoice(), syntax ? { syntax } : {});
      const fired = BUSINESS_RULES.filter(
        (rule) => rule.syntax === undefined || rule.syntax === syntax,
      ).flatMap((rule) => (rule.check(context).length > 0 ? [rule.id] : []));
      expect(fired, syntax ?? 'model').toEqual([]);
    }
  });

  it('never throws on an empty model or on odd values', () => {
    const odd = contextFor(
      {
        'BG-22': { 'BT-106': '1', 'BT-110': '-0' },
        'BG-23': [{}],
        'BG-25': [{ 'BG-29': {}, 'BG-26': {} }],
        'BG-20': [{}],
      },
      { rejected: { '/BG-22/BT-109': '12,50', '/BG-25/0/BT-131': 'abc' } },
    );
    for (const context of [contextFor({}), odd, contextFor({}, { syntax: 'cii' })]) {
      for (const rule of BUSINESS_RULES) expect(() => rule.check(context), rule.id).not.toThrow();
    }
  });
});
