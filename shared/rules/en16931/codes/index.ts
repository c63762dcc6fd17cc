import type { Rule } from '../../rule';

/** BR-CL-*: code lists, checked on the XML of each syntax (attributes included). */
export const CODE_LIST_RULES: readonly Rule[] = [];
