/**
 * Allowances and charges, at document level (BG-20, BG-21) and on lines (BG-27, BG-28): amount,
 * VAT category, reason (BR-31…BR-33, BR-36…BR-38, BR-41…BR-44, BR-CO-21…BR-CO-24), and the
 * reason/reason-code consistency rules BR-CO-05…BR-CO-08, which the artefacts leave untested.
 * Both schematrons only ask that the elements be there (`exists`): a blank reason is a reason.
 */
import { NONE, type Rule, type RuleContext } from '../../rule';
import { businessRule, type Expected, missingAmong, text } from './define';
import { exists, occurrences } from './facts';

type Kind = 'BG-20' | 'BG-21' | 'BG-27' | 'BG-28';

interface KindTerms {
  readonly amount: string;
  readonly reason: string;
  readonly reasonCode: string;
}

const TERMS: Readonly<Record<Kind, KindTerms>> = {
  'BG-20': { amount: 'BT-92', reason: 'BT-97', reasonCode: 'BT-98' },
  'BG-21': { amount: 'BT-99', reason: 'BT-104', reasonCode: 'BT-105' },
  'BG-27': { amount: 'BT-136', reason: 'BT-139', reasonCode: 'BT-140' },
  'BG-28': { amount: 'BT-141', reason: 'BT-144', reasonCode: 'BT-145' },
};

/** Every allowance or charge of a kind, as a record of its terms, with its pointer. */
function each(c: RuleContext, kind: Kind): { readonly at: string; readonly terms: Terms }[] {
  if (kind === 'BG-20' || kind === 'BG-21') {
    return occurrences<Terms>(c.invoice[kind], '', kind).map(({ at, item }) => ({
      at,
      terms: item,
    }));
  }
  const found: { at: string; terms: Terms }[] = [];
  const lines = c.invoice['BG-25'] ?? [];
  for (let index = 0; index < lines.length; index++) {
    const items = lines[index]?.[kind];
    if (items === undefined) continue;
    for (let n = 0; n < items.length; n++) {
      found.push({ at: `/BG-25/${index}/${kind}/${n}`, terms: items[n] as Terms });
    }
  }
  return found;
}

/** An allowance or charge as a record of its terms. */
type Terms = Readonly<Record<string, unknown>>;

function termAt(at: string, terms: Terms, term: string): Expected {
  return { at: `${at}/${term}`, value: terms[term] };
}

function amountRule(id: string, kind: Kind, words: { fr: string; en: string }): Rule {
  const { amount } = TERMS[kind];
  return businessRule({
    id,
    bt: [amount, kind],
    message: text(
      `Indiquez le montant de chaque ${words.fr} (${amount}).`,
      `Give the amount of each ${words.en} (${amount}).`,
    ),
    check: (c) =>
      missingAmong(
        c,
        each(c, kind).map(({ at, terms }) => termAt(at, terms, amount)),
        'exists',
      ),
  });
}

function reasonRule(id: string, kind: Kind, words: { fr: string; en: string }): Rule {
  const { reason, reasonCode } = TERMS[kind];
  return businessRule({
    id,
    bt: [reason, reasonCode, kind],
    message: text(
      `Indiquez pour chaque ${words.fr} un motif (${reason}) ou un code de motif (${reasonCode}), ou les deux.`,
      `Give each ${words.en} a reason (${reason}) or a reason code (${reasonCode}), or both.`,
    ),
    check: (c) =>
      each(c, kind).flatMap(({ at, terms }) =>
        exists(c, `${at}/${reason}`, terms[reason]) ||
        exists(c, `${at}/${reasonCode}`, terms[reasonCode])
          ? []
          : [{ at }],
      ),
  });
}

function categoryRule(
  id: string,
  kind: 'BG-20' | 'BG-21',
  category: string,
  words: { fr: string; en: string },
): Rule {
  return businessRule({
    id,
    bt: [category, kind],
    message: text(
      `Indiquez la catégorie de TVA de chaque ${words.fr} (${category}), par exemple S pour le taux normal.`,
      `Give the VAT category code of each ${words.en} (${category}), e.g. S for the standard rate.`,
    ),
    check: (c) =>
      missingAmong(
        c,
        each(c, kind).map(({ at, terms }) => termAt(at, terms, category)),
        'exists',
      ),
  });
}

/**
 * BR-CO-05…BR-CO-08 (a reason code and a reason text must mean the same thing) cannot be checked
 * by a machine: the artefacts declare them with the test `true()`, so that the id is known. They
 * never fire, here either.
 */
function untestableRule(id: string, kind: Kind, words: { fr: string; en: string }): Rule {
  const { reason, reasonCode } = TERMS[kind];
  return businessRule({
    id,
    bt: [reason, reasonCode, kind],
    message: text(
      `Le code de motif (${reasonCode}) et le motif (${reason}) de chaque ${words.fr} doivent désigner la même chose.`,
      `The reason code (${reasonCode}) and the reason (${reason}) of each ${words.en} must mean the same thing.`,
    ),
    check: () => NONE,
  });
}

const DOCUMENT_ALLOWANCE = { fr: 'remise au niveau du document', en: 'document level allowance' };
const DOCUMENT_CHARGE = { fr: 'charge au niveau du document', en: 'document level charge' };
const LINE_ALLOWANCE = { fr: 'remise de ligne', en: 'line allowance' };
const LINE_CHARGE = { fr: 'charge de ligne', en: 'line charge' };

export const ALLOWANCE_CHARGE_RULES: readonly Rule[] = [
  amountRule('BR-31', 'BG-20', DOCUMENT_ALLOWANCE),
  categoryRule('BR-32', 'BG-20', 'BT-95', DOCUMENT_ALLOWANCE),
  reasonRule('BR-33', 'BG-20', DOCUMENT_ALLOWANCE),
  amountRule('BR-36', 'BG-21', DOCUMENT_CHARGE),
  categoryRule('BR-37', 'BG-21', 'BT-102', DOCUMENT_CHARGE),
  reasonRule('BR-38', 'BG-21', DOCUMENT_CHARGE),
  amountRule('BR-41', 'BG-27', LINE_ALLOWANCE),
  reasonRule('BR-42', 'BG-27', LINE_ALLOWANCE),
  amountRule('BR-43', 'BG-28', LINE_CHARGE),
  reasonRule('BR-44', 'BG-28', LINE_CHARGE),
  untestableRule('BR-CO-05', 'BG-20', DOCUMENT_ALLOWANCE),
  untestableRule('BR-CO-06', 'BG-21', DOCUMENT_CHARGE),
  untestableRule('BR-CO-07', 'BG-27', LINE_ALLOWANCE),
  untestableRule('BR-CO-08', 'BG-28', LINE_CHARGE),
  // The same tests as BR-33, BR-38, BR-42 and BR-44, under the ids of the calculation rules.
  reasonRule('BR-CO-21', 'BG-20', DOCUMENT_ALLOWANCE),
  reasonRule('BR-CO-22', 'BG-21', DOCUMENT_CHARGE),
  reasonRule('BR-CO-23', 'BG-27', LINE_ALLOWANCE),
  reasonRule('BR-CO-24', 'BG-28', LINE_CHARGE),
];
