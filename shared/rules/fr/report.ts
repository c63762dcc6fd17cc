/**
 * How a BR-FR rule is declared and how it reports. Every BR-FR rule is a family of the official
 * files (`BR-FR-05`); each violation carries the official assert id of the document's syntax
 * (`assert`, e.g. `BR-FR-05_BT-22_PMT`), which the reports show next to the family id: the message
 * itself stays in plain words for the clerk.
 */
import type { LocalizedText } from '../../i18n/text';
import type { Rule, RuleContext, Violation } from '../rule';
import { assertIdOf } from './assert-ids';
import { type FrFacts, frFacts, type Place } from './facts';

export interface FrRuleSpec {
  readonly id: string;
  readonly bt: readonly string[];
  /** The family's message, used when a violation gives none. */
  readonly message: LocalizedText;
  readonly check: (facts: FrFacts, context: RuleContext) => readonly Violation[];
}

/**
 * Every assert of the V1.4.0 files is fatal. The `_WARNING` twins (transition mode) run the same
 * tests with every flag a warning: `frSeverity: 'warning'` does the same here.
 */
export function frRule(spec: FrRuleSpec): Rule {
  return {
    id: spec.id,
    layer: 'fr',
    flag: 'fatal',
    bt: spec.bt,
    message: spec.message,
    check: (context) => {
      const violations = spec.check(frFacts(context), context);
      if (context.options.frSeverity !== 'warning' || violations.length === 0) return violations;
      return violations.map(asWarning);
    },
  };
}

/** A fatal violation as the `_WARNING` twin reports it; a finding already milder stays so. */
function asWarning(v: Violation): Violation {
  return v.severity === undefined || v.severity === 'fatal' ? { ...v, severity: 'warning' } : v;
}

/** A violation at `place`, with the official assert id of the document's syntax. */
export function violation(
  facts: FrFacts,
  place: Place | undefined,
  check: string,
  text: LocalizedText,
): Violation {
  return { ...(place ?? facts.root), message: text, assert: assertIdOf(check, facts.source) };
}

/** « « valeur » » for messages; an empty value is named as such. */
export function shown(text: string | undefined): LocalizedText {
  if (text === undefined) return { fr: 'absent', en: 'missing' };
  return text === '' ? { fr: 'vide', en: 'empty' } : { fr: `« ${text} »`, en: `"${text}"` };
}
