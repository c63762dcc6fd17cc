/** The two EN 16931 syntaxes; code lists mostly agree between them, but not always. */
export const SYNTAXES = ['UBL', 'CII'] as const;
export type Syntax = (typeof SYNTAXES)[number];

/**
 * One list of allowed values inside a BR-CL assert, with the condition the schematron puts on it.
 * Most asserts have a single unconditional list.
 */
export interface CodeBranchData {
  /** The list applies to this element only (UBL BR-CL-01: invoice type codes vs credit note ones). */
  readonly element?: string;
  /** The list applies only under one of these ancestors (UBL BR-CL-10: SEPA for seller and payee). */
  readonly ancestors?: readonly string[];
  readonly codes: readonly string[];
}

/**
 * How the schematron compares a value with the list:
 * - `normalized`: leading/trailing whitespace dropped; a value with a space inside never matches;
 * - `normalized-upper`: the same after upper-casing (BR-CL-22, VATEX codes);
 * - `exact`: character for character (BR-CL-24, MIME codes).
 */
export type CodeMatch = 'normalized' | 'normalized-upper' | 'exact';

/** A BR-CL rule as one syntax's schematron states it. */
export interface CodeRuleSyntaxData {
  readonly syntax: Syntax;
  /** XPath of the schematron rule context (which elements the list applies to). */
  readonly context: string;
  /** What is tested: `.` for the element's text, or an attribute such as `@unitCode`. */
  readonly subject: string;
  readonly match: CodeMatch;
  readonly branches: readonly CodeBranchData[];
}

export interface CodeListRuleData<RuleId extends string = string> {
  readonly rule: RuleId;
  readonly syntaxes: readonly CodeRuleSyntaxData[];
}
