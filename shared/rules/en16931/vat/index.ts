import type { Rule } from '../../rule';

/** VAT category rules: BR-S, BR-Z, BR-E, BR-AE, BR-IC (K), BR-G, BR-O, BR-AF (L), BR-AG (M). */
export const VAT_CATEGORY_RULES: readonly Rule[] = [];
