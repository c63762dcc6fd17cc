import type { Rule } from '../rule';

/** What Chorus Pro rejects beyond EN 16931 (see docs/rules/chorus.md). */
export const CHORUS_RULES: readonly Rule[] = [];
