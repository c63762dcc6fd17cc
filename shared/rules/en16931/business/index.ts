import type { Rule } from '../../rule';

/** BR-01…BR-65, BR-B-*, BR-CO-*, BR-DEC-*: business rules on the model. */
export const BUSINESS_RULES: readonly Rule[] = [];
