/**
 * How a BR-FR rule is declared and how it reports. Every BR-FR rule is a family of the official
 * files (`BR-FR-05`); each violation names the official assert id of the document's syntax at
 * the end of its message, e.g. « … (contrôle BR-FR-05_BT-22_PMT) ».
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

/** Every assert of the V1.4.0 files is fatal (the `_WARNING` twins are the transition mode). */
export function frRule(spec: FrRuleSpec): Rule {
  return {
    id: spec.id,
    layer: 'fr',
    flag: 'fatal',
    bt: spec.bt,
    message: spec.message,
    check: (context) => spec.check(frFacts(context), context),
  };
}

/** A violation at `place`, its message ending with the official assert id. */
export function violation(
  facts: FrFacts,
  place: Place | undefined,
  check: string,
  text: LocalizedText,
): Violation {
  const id = assertIdOf(check, facts.source);
  return {
    ...(place ?? facts.root),
    message: { fr: `${text.fr} (contrôle ${id})`, en: `${text.en} (check ${id})` },
  };
}

/** « « valeur » » for messages; an empty value is named as such. */
export function shown(text: string | undefined): LocalizedText {
  if (text === undefined) return { fr: 'absent', en: 'missing' };
  return text === '' ? { fr: 'vide', en: 'empty' } : { fr: `« ${text} »`, en: `"${text}"` };
}
