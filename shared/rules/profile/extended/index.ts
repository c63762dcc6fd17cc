import type { Rule } from '../../rule';
import { EXTENDED_CONTENT_RULES } from './content';
import { EXTENDED_LINE_RULES } from './lines';
import { EXTENDED_TOTAL_RULES } from './totals';
import { EXTENDED_VAT_RULES } from './vat';

/**
 * The rules of the Factur-X 1.09 EXTENDED schematron that have no EN 16931 counterpart
 * (BR-FXEXT-*): the replacements of the EN line, total and VAT rules, and the new checks.
 */
export const EXTENDED_ONLY_RULES: readonly Rule[] = [
  ...EXTENDED_LINE_RULES,
  ...EXTENDED_CONTENT_RULES,
  ...EXTENDED_TOTAL_RULES,
  ...EXTENDED_VAT_RULES,
];
