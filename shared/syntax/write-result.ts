/**
 * What a syntax writer gives back: the XML text, and every business term of the model that is NOT
 * in it, with why, so that the CLI and the edge can warn instead of losing data silently.
 */
import type { LocalizedText } from '../i18n/text';
import { definitionOf } from '../model';

export type DropReason =
  /** The chosen Factur-X profile (its XSD) has no place for it. */
  | 'profile'
  /** The syntax has no place for it, or no room for one more (CII D16B: one preceding invoice). */
  | 'syntax'
  /** Replaced by the writer: BT-24 set to the profile's identifier. */
  | 'replaced'
  /** Holds characters that no XML 1.0 document can contain (control characters). */
  | 'xml-character';

export interface DroppedTerm {
  /** Where it was in the model (JSON pointer): `/BG-25/0/BT-128`, `/BG-4/BT-29/1/scheme`. */
  readonly pointer: string;
  /** Business term or group (`BT-128`, `BG-25`), qualifier (`BT-29-1`) or extension key. */
  readonly term: string;
  readonly reason: DropReason;
  readonly message: LocalizedText;
}

/**
 * A business term the model lacks that the syntax's schema requires where the model has its
 * neighbours, computed from them (UBL: the total VAT of a VAT breakdown, the price discount of a
 * gross price). It reads back into the model.
 */
export interface DerivedTerm {
  readonly pointer: string;
  readonly term: string;
  readonly value: string;
  readonly message: LocalizedText;
}

export interface WriteResult {
  readonly xml: string;
  readonly dropped: readonly DroppedTerm[];
  readonly derived: readonly DerivedTerm[];
}

/** The names of a term for messages: its id and its name in the norm, when it has one. */
function named(term: string): LocalizedText {
  const definition = definitionOf(term);
  if (definition === undefined) return { fr: term, en: term };
  return { fr: `${term} « ${definition.name.fr} »`, en: `${term} "${definition.name.en}"` };
}

export function droppedTerm(
  pointer: string,
  term: string,
  reason: DropReason,
  where: LocalizedText,
): DroppedTerm {
  const name = named(term);
  const message: LocalizedText = (() => {
    switch (reason) {
      case 'profile':
        return {
          fr: `${name.fr} : le profil ${where.fr} ne prévoit pas cette donnée ; elle n'est pas écrite.`,
          en: `${name.en}: the ${where.en} profile has no place for it; it is not written.`,
        };
      case 'syntax':
        return {
          fr: `${name.fr} : la syntaxe ${where.fr} n'a pas de place pour cette donnée ; elle n'est pas écrite.`,
          en: `${name.en}: the ${where.en} syntax has no place for it; it is not written.`,
        };
      case 'replaced':
        return {
          fr: `${name.fr} : remplacé par l'identifiant du profil ${where.fr}.`,
          en: `${name.en}: replaced by the identifier of the ${where.en} profile.`,
        };
      case 'xml-character':
        return {
          fr: `${name.fr} : contient un caractère de contrôle qu'aucun document XML ne peut contenir ; la donnée n'est pas écrite.`,
          en: `${name.en}: holds a control character that no XML document can contain; it is not written.`,
        };
    }
  })();
  return { pointer, term, reason, message };
}
