/**
 * BR-FR-17, -18 (attachments), -27, -28 (item attributes), -29, -30 (invoiced object references
 * AFL and AVV).
 */
import type { Rule, Violation } from '../../rule';
import { ATTACHMENT_CODES } from '../codes';
import type { FrFacts, LineFacts, ObjectReference, Place } from '../facts';
import { isBlankText } from '../lexical';
import { frRule, shown, violation } from '../report';

const CODES =
  'RIB, LISIBLE, FEUILLE_DE_STYLE, PJA, BORDEREAU_SUIVI, DOCUMENT_ANNEXE, BON_LIVRAISON, BON_COMMANDE, BORDEREAU_SUIVI_VALIDATION, ETAT_ACOMPTE, FACTURE_PAIEMENT_DIRECT, RECAPITULATIF_COTRAITANCE';

const BR_FR_17 = frRule({
  id: 'BR-FR-17',
  bt: ['BT-123'],
  message: {
    fr: "La description d'une pièce jointe (BT-123) doit être un code de la liste de la réforme.",
    en: 'The description of an attachment (BT-123) must be a code of the reform list.',
  },
  check: (facts) =>
    facts.attachmentDescriptions.flatMap((description) => {
      if (ATTACHMENT_CODES.has(description.text)) return [];
      const v = shown(description.text);
      return [
        violation(facts, description.place, 'BR-FR-17_BT-123', {
          fr: `La description de pièce jointe (BT-123) ${v.fr} n'est pas un code de la réforme ; utilisez l'un de : ${CODES}.`,
          en: `The attachment description (BT-123) ${v.en} is not a code of the reform; use one of: ${CODES}.`,
        }),
      ];
    }),
});

const BR_FR_18 = frRule({
  id: 'BR-FR-18',
  bt: ['BT-123'],
  message: {
    fr: 'Une seule pièce jointe peut être la version lisible de la facture (LISIBLE).',
    en: 'Only one attachment may be the readable copy of the invoice (LISIBLE).',
  },
  check: (facts) => {
    const [, second] = facts.readableCopies;
    if (second === undefined) return [];
    return [
      violation(facts, second, 'BR-FR-18_BT-123', {
        fr: `${facts.readableCopies.length} pièces jointes sont décrites LISIBLE ; une seule peut être la version lisible de la facture.`,
        en: `${facts.readableCopies.length} attachments are described LISIBLE; only one may be the readable copy of the invoice.`,
      }),
    ];
  },
});

const BR_FR_27 = frRule({
  id: 'BR-FR-27',
  bt: ['BG-32', 'BT-160', 'EXT-FR-FE-159'],
  message: {
    fr: "Chaque attribut d'article (BG-32) doit avoir un nom (BT-160) ou un code non vide.",
    en: 'Each item attribute (BG-32) needs a non-empty name (BT-160) or code.',
  },
  check: (facts) => {
    // An indexed loop rather than flatMap or for…of: a rule's check runs once per document, mostly
    // unoptimised, where both allocate on each of the lines (which mostly have no attribute).
    const found: Violation[] = [];
    const { lines } = facts;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as LineFacts;
      if (line.attributes.length > 0) addUnnamedAttributes(facts, line, found);
    }
    return found;
  },
});

function addUnnamedAttributes(facts: FrFacts, line: LineFacts, found: Violation[]): void {
  for (const attribute of line.attributes) {
    if (attribute.names.length === 0 && attribute.codes.length === 0) {
      found.push(
        violation(facts, attribute.place, 'BR-FR-27_BG-32', {
          fr: `Ligne ${line.label} : un attribut d'article n'a ni nom (BT-160) ni code ; indiquez l'un des deux.`,
          en: `Line ${line.label}: an item attribute has neither a name (BT-160) nor a code; give one.`,
        }),
      );
    }
    for (const name of attribute.names) {
      if (!isBlankText(name.text)) continue;
      found.push(
        violation(facts, name.place, 'BR-FR-27_BT-160', {
          fr: `Ligne ${line.label} : le nom d'un attribut d'article (BT-160) est vide.`,
          en: `Line ${line.label}: an item attribute name (BT-160) is empty.`,
        }),
      );
    }
    for (const code of attribute.codes) {
      if (!isBlankText(code.text)) continue;
      found.push(
        violation(facts, code.place, 'BR-FR-27_EXT-FR-FE-159', {
          fr: `Ligne ${line.label} : le code d'un attribut d'article (EXT-FR-FE-159) est vide.`,
          en: `Line ${line.label}: an item attribute code (EXT-FR-FE-159) is empty.`,
        }),
      );
    }
  }
}

const BR_FR_28 = frRule({
  id: 'BR-FR-28',
  bt: ['BT-161', 'EXT-FR-FE-160', 'EXT-FR-FE-161'],
  message: {
    fr: "Un attribut d'article doit avoir soit une valeur (BT-161), soit une quantité avec son unité, pas les deux.",
    en: 'An item attribute needs either a value (BT-161) or a quantity with its unit, not both.',
  },
  check: (facts) => {
    const found: Violation[] = [];
    const { lines } = facts;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as LineFacts;
      if (line.attributes.length > 0) addUnmeasuredAttributes(facts, line, found);
    }
    return found;
  },
});

function addUnmeasuredAttributes(facts: FrFacts, line: LineFacts, found: Violation[]): void {
  for (const attribute of line.attributes) {
    const measured = attribute.measureUnits.length > 0;
    if (attribute.valueCount > 0 ? !measured : hasUnit(attribute.measureUnits)) continue;
    const problem =
      attribute.valueCount > 0
        ? {
            fr: 'a à la fois une valeur et une quantité',
            en: 'has both a value and a quantity',
          }
        : measured
          ? { fr: 'a une quantité sans unité', en: 'has a quantity without a unit' }
          : { fr: "n'a ni valeur ni quantité", en: 'has neither a value nor a quantity' };
    found.push(
      violation(facts, attribute.place, 'BR-FR-28-Value', {
        fr: `Ligne ${line.label} : un attribut d'article ${problem.fr} ; donnez soit une valeur (BT-161), soit une quantité avec son unité.`,
        en: `Line ${line.label}: an item attribute ${problem.en}; give either a value (BT-161) or a quantity with its unit.`,
      }),
    );
  }
}

function hasUnit(units: readonly (string | undefined)[]): boolean {
  for (const unit of units) if (unit !== undefined && unit !== '') return true;
  return false;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** BR-FR-29 (header) and BR-FR-30 (each line): AFL and AVV once each, never blank. */
function objectReferenceViolations(
  facts: FrFacts,
  references: readonly ObjectReference[],
  family: 'BR-FR-29' | 'BR-FR-30',
  countCheck: string,
  where: Place | undefined,
  line: string | undefined,
): Violation[] {
  const found: Violation[] = [];
  const on = (fr: string, en: string) =>
    line === undefined
      ? { fr: capitalized(fr), en: capitalized(en) }
      : { fr: `Ligne ${line} : ${fr}`, en: `Line ${line}: ${en}` };
  const term = family === 'BR-FR-29' ? 'BT-18' : 'BT-128';
  for (const scheme of ['AFL', 'AVV']) {
    const withScheme = references.filter((r) => r.scheme === scheme);
    if (withScheme.length > 1) {
      found.push(
        violation(
          facts,
          withScheme[1]?.place ?? where,
          countCheck,
          on(
            `la référence d'objet facturé (${term}) de schéma ${scheme} figure ${withScheme.length} fois ; une seule est admise.`,
            `the invoiced object reference (${term}) with scheme ${scheme} appears ${withScheme.length} times; only one is allowed.`,
          ),
        ),
      );
    }
    for (const reference of withScheme) {
      for (const id of reference.ids.filter((i) => isBlankText(i.text))) {
        found.push(
          violation(
            facts,
            id.place,
            `${family}_${scheme}`,
            on(
              `la référence d'objet facturé (${term}) de schéma ${scheme} est vide ; indiquez sa valeur.`,
              `the invoiced object reference (${term}) with scheme ${scheme} is empty; give its value.`,
            ),
          ),
        );
      }
    }
  }
  return found;
}

/** Whether a reference has scheme AFL or AVV, the only ones BR-FR-29 and -30 look at. */
function hasAflOrAvv(references: readonly ObjectReference[]): boolean {
  for (const reference of references)
    if (reference.scheme === 'AFL' || reference.scheme === 'AVV') return true;
  return false;
}

const BR_FR_29 = frRule({
  id: 'BR-FR-29',
  bt: ['BT-18', 'BT-18-1'],
  message: {
    fr: "Les références d'objet facturé AFL et AVV (BT-18) ne peuvent figurer qu'une fois chacune et ne doivent pas être vides.",
    en: 'Invoiced object references AFL and AVV (BT-18) may appear once each and must not be empty.',
  },
  check: (facts) =>
    objectReferenceViolations(
      facts,
      facts.objectReferences,
      'BR-FR-29',
      'BR-FR-29_BT-18',
      facts.root,
      undefined,
    ),
});

const BR_FR_30 = frRule({
  id: 'BR-FR-30',
  bt: ['BT-128', 'BT-128-1'],
  message: {
    fr: "Sur une ligne, les références d'objet facturé AFL et AVV (BT-128) ne peuvent figurer qu'une fois chacune et ne doivent pas être vides.",
    en: 'On a line, invoiced object references AFL and AVV (BT-128) may appear once each and must not be empty.',
  },
  check: (facts) => {
    const found: Violation[] = [];
    const { lines } = facts;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as LineFacts;
      // Most lines have no AFL or AVV reference, and then nothing to report.
      if (!hasAflOrAvv(line.objectReferences)) continue;
      found.push(
        ...objectReferenceViolations(
          facts,
          line.objectReferences,
          'BR-FR-30',
          'BR-FR-30_BT-128',
          line.place,
          line.label,
        ),
      );
    }
    return found;
  },
});

export const DOCUMENT_RULES: readonly Rule[] = [
  BR_FR_17,
  BR_FR_18,
  BR_FR_27,
  BR_FR_28,
  BR_FR_29,
  BR_FR_30,
];
