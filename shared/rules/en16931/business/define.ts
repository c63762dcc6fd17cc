/**
 * Building blocks of the business rules: the rule record, and the few shapes most of them take
 * (a term that must be there, a violation that says which value could not be read).
 */
import type { LocalizedText } from '../../../i18n/text';
import type { ProfileSyntax } from '../../../syntax/profiles';
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { exists, isPresent } from './facts';
import { UnreadableNumber } from './xpath-numbers';

export interface BusinessRuleSpec {
  readonly id: string;
  /** The artefact's flag; almost every business rule is fatal. */
  readonly flag?: 'fatal' | 'warning';
  readonly bt: readonly string[];
  readonly message: LocalizedText;
  /** Only for a rule whose flag differs between the two syntaxes (BR-51). */
  readonly syntax?: ProfileSyntax;
  readonly check: (context: RuleContext) => readonly Violation[];
}

export function businessRule(spec: BusinessRuleSpec): Rule {
  const { id, flag = 'fatal', bt, message, syntax, check } = spec;
  return {
    id,
    layer: 'en16931',
    flag,
    bt,
    message,
    ...(syntax === undefined ? {} : { syntax }),
    check: (context) => {
      try {
        return check(context);
      } catch (error) {
        // A number the assertion needed could not be read: the official validation stops on
        // such an XPath error; we report the assertion as failed, at the unreadable value.
        if (error instanceof UnreadableNumber) return [unreadable(error)];
        throw error;
      }
    },
  };
}

export function unreadable(error: UnreadableNumber): Violation {
  return {
    at: error.at,
    message: {
      fr: `La valeur « ${error.found} » n'est pas un nombre : le contrôle ne peut pas se faire. Écrivez un nombre avec un point décimal (par exemple 1250.50).`,
      en: `The value "${error.found}" is not a number, so the check cannot be made. Write a number with a decimal point (e.g. 1250.50).`,
    },
  };
}

/**
 * Runs one occurrence's test (a line, a breakdown): an unreadable number fails that occurrence
 * only, the others are still checked.
 */
export function eachChecked<T>(
  items: Iterable<T>,
  test: (item: T) => Violation | undefined,
): Violation[] {
  const found: Violation[] = [];
  for (const item of items) {
    try {
      const violation = test(item);
      if (violation !== undefined) found.push(violation);
    } catch (error) {
      if (!(error instanceof UnreadableNumber)) throw error;
      found.push(unreadable(error));
    }
  }
  return found;
}

/** One place a term must be: its pointer and its value in the model. */
export interface Expected {
  readonly at: string;
  readonly value: unknown;
}

/**
 * How a rule asks for a term: `normalize-space(x) != ''` (a blank element is missing) or
 * `exists(x)` alone (a blank element is there).
 */
export type Presence = 'filled' | 'exists';

function presentAs(presence: Presence, context: RuleContext, at: string, value: unknown): boolean {
  return presence === 'exists' ? exists(context, at, value) : isPresent(context, at, value);
}

/** Violations for each expected term that is absent (see isPresent and exists). */
export function missingAmong(
  context: RuleContext,
  places: Iterable<Expected>,
  presence: Presence = 'filled',
): Violation[] {
  const found: Violation[] = [];
  for (const { at, value } of places) {
    if (!presentAs(presence, context, at, value)) found.push({ at });
  }
  return found;
}

/**
 * For each item of a repeatable group, the term `termOf` reads must be there. The pointer is
 * built only for an absent value (to look for a rejected one, and to report it): a long invoice
 * then costs no allocation per line.
 */
export function missingInEach<T>(
  context: RuleContext,
  items: readonly T[] | undefined,
  termOf: (item: T) => unknown,
  placeOf: (index: number) => string,
  presence: Presence = 'filled',
): Violation[] {
  const found: Violation[] = [];
  if (items === undefined) return found;
  for (let index = 0; index < items.length; index++) {
    if (termOf(items[index] as T) !== undefined) continue;
    const at = placeOf(index);
    if (context.rejected.has(at)) continue;
    if (presence === 'exists' && context.blank?.has(at)) continue;
    found.push({ at });
  }
  return found;
}

/** A single expected term. */
export function missing(
  context: RuleContext,
  at: string,
  value: unknown,
  presence: Presence = 'filled',
): readonly Violation[] {
  return presentAs(presence, context, at, value) ? NONE : [{ at }];
}

/** Words for the messages: French first. */
export function text(fr: string, en: string): LocalizedText {
  return { fr, en };
}
