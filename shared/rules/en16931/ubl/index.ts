import type { Rule } from '../../rule';
import { CARDINALITY_RULES } from './cardinality-rules';
import { CONDITIONAL_RULES } from './conditional-rules';
import { DATATYPE_RULES } from './datatype-rules';
import { FORBIDDEN_RULES } from './forbidden-rules';

/**
 * UBL syntax-binding rules of the EN 16931 UBL schematron 1.3.16 (pattern `UBL-syntax`): UBL-CR-*
 * (elements EN 16931 does not use), UBL-SR-* (how often an element may occur), UBL-DT-* (data
 * types). The path rules share one walk of the document (scan.ts), in the rule context's memo.
 */
export const UBL_SYNTAX_RULES: readonly Rule[] = [
  ...FORBIDDEN_RULES,
  ...CONDITIONAL_RULES,
  ...DATATYPE_RULES,
  ...CARDINALITY_RULES,
];
