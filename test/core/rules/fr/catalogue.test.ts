/** The BR-FR rule set as a whole: every family of V1.4.0, once, fatal, with both languages. */
import { describe, expect, it } from 'vitest';
import { FR_RULES, UBL_ASSERT_IDS } from '../../../../shared/rules/fr';
import { assertIdOf } from '../../../../shared/rules/fr/assert-ids';

/** The 59 families of the official files (docs/rules/br-fr.md §1). */
const FAMILIES = [
  ...[
    '01',
    '02',
    '03',
    '04',
    '05',
    '06',
    '08',
    '09',
    '10',
    '11',
    '12',
    '13',
    '15',
    '16',
    '17',
    '18',
    '20',
    '21',
    '22',
    '23',
    '24',
    '25',
    '26',
    '27',
    '28',
    '29',
    '30',
    '31',
    '32',
  ].map((n) => `BR-FR-${n}`),
  ...['03', '04', '05', '07', '08', '09', '10', '12', '14', '15'].map((n) => `BR-FR-CO-${n}`),
  ...['01', '02', '03', '04'].map((n) => `BR-FR-DEC-${n}`),
  ...['01', '02', '03', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14'].map(
    (n) => `BR-FR-MV-${n}`,
  ),
  ...['02', '13', '14'].map((n) => `BR-FR-BD-${n}`),
];

describe('BR-FR rule set', () => {
  it('has one rule per official family, and no other', () => {
    expect(FAMILIES).toHaveLength(59);
    expect(FR_RULES.map((r) => r.id).sort()).toEqual([...FAMILIES].sort());
  });

  it.each(FR_RULES.map((r) => [r.id, r] as const))(
    '%s: layer fr, fatal, terms, messages',
    (_, rule) => {
      expect(rule.layer).toBe('fr');
      expect(rule.flag).toBe('fatal');
      expect(rule.syntax).toBeUndefined();
      expect(rule.bt.length).toBeGreaterThan(0);
      expect(rule.message.fr.length).toBeGreaterThan(20);
      expect(rule.message.en.length).toBeGreaterThan(20);
      expect(rule.message.fr).not.toBe(rule.message.en);
    },
  );

  it('maps CII assert ids to distinct UBL ids, and keeps CII ids for models', () => {
    const ubl = Object.values(UBL_ASSERT_IDS);
    expect(new Set(ubl).size).toBe(ubl.length);
    for (const [cii, id] of Object.entries(UBL_ASSERT_IDS)) {
      expect(id).not.toBe(cii);
      expect(assertIdOf(cii, 'ubl')).toBe(id);
      expect(assertIdOf(cii, 'cii')).toBe(cii);
      expect(assertIdOf(cii, 'model')).toBe(cii);
    }
    expect(assertIdOf('BR-FR-08_BT-23', 'ubl')).toBe('BR-FR-08_BT-23');
  });
});
