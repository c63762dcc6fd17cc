import type { Rule } from '../../rule';

/** UBL syntax-binding rules: UBL-CR-*, UBL-SR-*, UBL-DT-*. */
export const UBL_SYNTAX_RULES: readonly Rule[] = [];
