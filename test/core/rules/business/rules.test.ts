import { describe, expect, it } from 'vitest';
import { BUSINESS_RULES } from '../../../../shared/rules/en16931/business';
import { ALL_CASES } from './cases';
import { violationsOf } from './support';

describe('business rules on the model', () => {
  for (const test of ALL_CASES) {
    const where = test.options?.syntax ? ` (${test.options.syntax.toUpperCase()})` : '';
    it(`${test.rule}: ${test.title}${where}`, () => {
      const violations = violationsOf(test.rule, test.invoice, test.options);
      if (!test.fires) {
        expect(violations).toEqual([]);
        return;
      }
      expect(violations.length).toBeGreaterThan(0);
      const [first] = violations;
      if (test.at !== undefined) expect(violations.map((v) => v.at)).toContain(test.at);
      if (test.says !== undefined) expect(first?.message?.fr).toMatch(test.says);
      if (first?.message) expect(first.message.en.length).toBeGreaterThan(0);
    });
  }

  // Every rule also passes the complete invoice (catalogue.test.ts).
  it('has a case where each rule fires (BR-CO-05…08 excepted: they never do)', () => {
    const untestable = new Set(['BR-CO-05', 'BR-CO-06', 'BR-CO-07', 'BR-CO-08']);
    for (const id of new Set(BUSINESS_RULES.map((rule) => rule.id))) {
      const cases = ALL_CASES.filter((test) => test.rule === id);
      expect(cases.length, `${id} cases`).toBeGreaterThan(0);
      expect(
        cases.some((test) => test.fires),
        `${id} failing case`,
      ).toBe(!untestable.has(id));
    }
  });
});
