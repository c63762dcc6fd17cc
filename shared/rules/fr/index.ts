import type { Rule } from '../rule';

/** FNFE-MPE BR-FR rules of the French CIUS (XP Z12-012). */
export const FR_RULES: readonly Rule[] = [];
