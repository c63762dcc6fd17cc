import type { LocalizedText } from '../../i18n/text';
import type { Severity } from '../finding';
import type { Rule, RuleContext, Violation } from '../rule';

/**
 * A rule of the chorus layer. Unlike an artefact's rule, one check can end at several levels (a
 * legacy form accepted with a warning, a check that could not run for lack of input reported as
 * `info`), so each violation may carry its own severity and `severities` lists them all, for the
 * report legend and the docs. `flag` is the level of a violation that names none.
 */
export interface ChorusRule extends Rule {
  readonly layer: 'chorus';
  readonly severities: readonly Severity[];
}

interface ChorusRuleSpec {
  readonly id: string;
  readonly bt: readonly string[];
  readonly message: LocalizedText;
  /** In order of preference for the default flag: the first of fatal/warning listed becomes it. */
  readonly severities: readonly Severity[];
  readonly check: (context: RuleContext) => readonly Violation[];
}

export function chorusRule(spec: ChorusRuleSpec): ChorusRule {
  // A rule that only ever reports `info` still needs a flag in the Rule contract; every one of its
  // violations names `info`, so the flag is never what the report shows.
  const flag = spec.severities.includes('fatal') ? 'fatal' : 'warning';
  return { ...spec, layer: 'chorus', flag };
}

/** The memo entry of `key` for this document, computed on first use (see RuleContext.memo). */
export function memoized<T>(context: RuleContext, key: string, compute: () => T): T {
  if (context.memo.has(key)) return context.memo.get(key) as T;
  const value = compute();
  context.memo.set(key, value);
  return value;
}
