/**
 * Shape of the CII syntax-binding table (table.generated.ts, produced from the official
 * schematron by scripts/generate-cii-syntax-rules.mjs): the rules of the pattern
 * `EN16931-CII-Syntax` in their order, because a node is checked only by the FIRST rule whose
 * context matches it (Schematron semantics: `ExchangedDocument/ram:TypeCode` is taken by
 * `//ram:TypeCode` before its own rule, so CII-DT-010…012 can never fire).
 */
import type { ConditionText } from './conditions';
import type { SpecialRuleId } from './special';

export type Flag = 'fatal' | 'warning';

/**
 * One assertion. Paths are relative to the context node, with the conventional prefixes (`ram`,
 * `udt`…), element steps optionally ending with an `@attribute` step.
 * - `absent`: `not(path)`; `atMostOne`: `count(path) <= 1`; `exactlyOne`: `count(path) = 1`;
 *   `present`: `(path)`.
 * - `notBoth`: `not(first and second)`.
 * - `unless`: `not(path) or condition`, the condition implemented in conditions.ts.
 * - `special`: any other test, implemented in special.ts under the rule id (the XPath is kept
 *   for reference).
 */
export type CiiSyntaxAssert =
  | readonly [
      id: string,
      flag: Flag,
      kind: 'absent' | 'atMostOne' | 'exactlyOne' | 'present',
      path: string,
    ]
  | readonly [id: string, flag: Flag, kind: 'notBoth', first: string, second: string]
  | readonly [id: string, flag: Flag, kind: 'unless', path: string, condition: ConditionText]
  | readonly [id: SpecialRuleId, flag: Flag, kind: 'special', xpath: string];

export type AssertKind = CiiSyntaxAssert[2];

/**
 * One alternative of a rule context: element name tests (`ram:X`, `ram:*`, `*`) from the top
 * down, ending with the context node itself. `anchored`: the first step is the root element
 * (`/rsm:CrossIndustryInvoice/…`); otherwise the steps may start anywhere (`//…`). `suffix`,
 * `except` and `attribute` are predicates of the last step: `ends-with(name(), suffix)`,
 * `not(self::except)`, `@name = 'value'`.
 */
export interface ContextAlternative {
  readonly anchored: boolean;
  readonly steps: readonly string[];
  readonly suffix?: string;
  readonly except?: string;
  readonly attribute?: { readonly name: string; readonly value: string };
}

export interface CiiSyntaxRule {
  /** The context XPath as published. */
  readonly context: string;
  /** Its union alternatives, compiled by the generator. */
  readonly match: readonly ContextAlternative[];
  readonly asserts: readonly CiiSyntaxAssert[];
}
