/**
 * Factur-X 1.07.3 MINIMUM: an accounting extract (no lines, no VAT breakdown, no payment data).
 * Its schematron keeps 18 EN 16931 rules. The en16931 layer does not run on MINIMUM, so this set
 * is the whole business validation: BR-01…BR-09 and BR-DEC-13 as the Factur-X file writes them
 * (en-variants.ts), the eight others with the EN logic, taken from the en16931 layer.
 */
import type { Rule } from '../rule';
import { keptFromEn16931 } from './define';
import { MINIMUM_VARIANT_RULES } from './en-variants';

/** The EN 16931 ids of the MINIMUM schematron whose test is the EN one, in its order. */
export const MINIMUM_EN16931_IDS: readonly string[] = [
  'BR-CO-26',
  'BR-CO-09',
  'BR-13',
  'BR-14',
  'BR-15',
  'BR-DEC-12',
  'BR-DEC-14',
  'BR-DEC-18',
];

export const MINIMUM_RULES: readonly Rule[] = [
  ...MINIMUM_VARIANT_RULES,
  ...keptFromEn16931(MINIMUM_EN16931_IDS),
];
