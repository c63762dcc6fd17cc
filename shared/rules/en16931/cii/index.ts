import type { Rule } from '../../rule';

/** CII syntax-binding rules: CII-SR-*, CII-DT-*. */
export const CII_SYNTAX_RULES: readonly Rule[] = [];
