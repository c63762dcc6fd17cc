/** BR-FR-01 to -04 and -08: invoice numbers, dates, document types, billing frame. */
import type { Rule, Violation } from '../../rule';
import { FR_DOCUMENT_TYPES, FR_FRAMES } from '../codes';
import type { CheckedValue, FrFacts, LineFacts, PrecedingReference, Value } from '../facts';
import { characterLength, isValidCompactDate, isValidIdFormat, isValidIsoDate } from '../lexical';
import { frRule, shown, violation } from '../report';
import { termName } from '../terms';

interface TermValue {
  readonly term: string;
  readonly value: Value;
}

/**
 * Values of the document (`header`), of its preceding invoices (BG-3) and of its lines' references
 * to preceding invoices, each named by its term. The lines are walked with an indexed loop and
 * skipped when they have no reference: a check runs once per document, mostly unoptimised, where
 * flatMap or for…of would allocate on each of the lines of a long invoice.
 */
function referenceValues(
  facts: FrFacts,
  header: readonly TermValue[],
  of: (reference: PrecedingReference) => readonly Value[],
  terms: { readonly preceding: string; readonly line: string },
): TermValue[] {
  const found = [...header];
  for (const reference of facts.precedingInvoices)
    for (const value of of(reference)) found.push({ term: terms.preceding, value });
  const { lines } = facts;
  for (let i = 0; i < lines.length; i++) {
    const { precedingInvoices } = lines[i] as LineFacts;
    for (let j = 0; j < precedingInvoices.length; j++)
      for (const value of of(precedingInvoices[j] as PrecedingReference))
        found.push({ term: terms.line, value });
  }
  return found;
}

/** Invoice numbers BR-FR-01/02 look at: BT-1, BT-25, EXT-FR-FE-136. */
function invoiceNumbers(facts: FrFacts): TermValue[] {
  return referenceValues(
    facts,
    facts.invoiceNumbers.map((value) => ({ term: 'BT-1', value })),
    (reference) => reference.numbers,
    { preceding: 'BT-25', line: 'EXT-FR-FE-136' },
  );
}

const BR_FR_01 = frRule({
  id: 'BR-FR-01',
  bt: ['BT-1', 'BT-25', 'EXT-FR-FE-136'],
  message: {
    fr: 'Un numéro de facture (ou de facture antérieure) dépasse 35 caractères : raccourcissez-le.',
    en: 'An invoice (or preceding invoice) number is longer than 35 characters: shorten it.',
  },
  check: (facts) =>
    invoiceNumbers(facts).flatMap(({ term, value }) => {
      const length = characterLength(value.text);
      if (length <= 35) return [];
      const name = termName(term);
      return [
        violation(facts, value.place, `BR-FR-01_${term}`, {
          fr: `Le ${name.fr} compte ${length} caractères ; 35 au plus sont admis. Raccourcissez-le.`,
          en: `The ${name.en} has ${length} characters; at most 35 are allowed. Shorten it.`,
        }),
      ];
    }),
});

const BR_FR_02 = frRule({
  id: 'BR-FR-02',
  bt: ['BT-1', 'BT-25', 'EXT-FR-FE-136'],
  message: {
    fr: 'Un numéro de facture contient un caractère interdit : seuls lettres, chiffres et + - _ / sont admis, sans espace.',
    en: 'An invoice number contains a forbidden character: only letters, digits and + - _ / are allowed, no spaces.',
  },
  check: (facts) =>
    invoiceNumbers(facts).flatMap(({ term, value }) => {
      if (isValidIdFormat(value.text)) return [];
      const name = termName(term);
      const v = shown(value.text);
      return [
        violation(facts, value.place, `BR-FR-02_${term}`, {
          fr: `Le ${name.fr} ${v.fr} contient un caractère interdit : seuls lettres (sans accent), chiffres et + - _ / sont admis, sans espace.`,
          en: `The ${name.en} ${v.en} contains a forbidden character: only letters (no accents), digits and + - _ / are allowed, no spaces.`,
        }),
      ];
    }),
});

const BR_FR_03 = frRule({
  id: 'BR-FR-03',
  bt: [
    'BT-2',
    'BT-7',
    'BT-9',
    'BT-26',
    'BT-72',
    'BT-73',
    'BT-74',
    'EXT-FR-FE-138',
    'EXT-FR-FE-158',
    'BT-134',
    'BT-135',
  ],
  message: {
    fr: "Une date n'est pas une date valide entre 2000 et 2099.",
    en: 'A date is not a valid date between 2000 and 2099.',
  },
  check: (facts) => {
    const valid = facts.dateFormat === 'yyyymmdd' ? isValidCompactDate : isValidIsoDate;
    const format = facts.dateFormat === 'yyyymmdd' ? 'AAAAMMJJ' : 'AAAA-MM-JJ';
    const formatEn = facts.dateFormat === 'yyyymmdd' ? 'YYYYMMDD' : 'YYYY-MM-DD';
    const found: Violation[] = [];
    const { dates } = facts;
    for (let i = 0; i < dates.length; i++) {
      const { check, term, value } = dates[i] as CheckedValue;
      if (valid(value.text)) continue;
      const name = termName(term);
      const v = shown(value.text);
      found.push(
        violation(facts, value.place, check, {
          fr: `La ${name.fr} ${v.fr} n'est pas une date du calendrier entre 2000 et 2099 écrite ${format}.`,
          en: `The ${name.en} ${v.en} is not a calendar date between 2000 and 2099 written ${formatEn}.`,
        }),
      );
    }
    return found;
  },
});

const ALLOWED_TYPES =
  '380, 381, 384, 386, 389, 261, 262, 393, 396, 471, 472, 473, 500, 501, 502, 503';

const BR_FR_04 = frRule({
  id: 'BR-FR-04',
  bt: ['BT-3', 'EXT-FR-FE-02', 'EXT-FR-FE-137'],
  message: {
    fr: `Type de document non accepté par la réforme (admis : ${ALLOWED_TYPES}).`,
    en: `Document type not accepted by the French reform (allowed: ${ALLOWED_TYPES}).`,
  },
  check: (facts) => {
    const codes = referenceValues(
      facts,
      facts.typeCodes.map((value) => ({ term: 'BT-3', value })),
      (reference) => reference.typeCodes,
      { preceding: 'EXT-FR-FE-02', line: 'EXT-FR-FE-137' },
    );
    return codes.flatMap(({ term, value }) => {
      if (FR_DOCUMENT_TYPES.has(value.text)) return [];
      const name = termName(term);
      const v = shown(value.text);
      return [
        violation(facts, value.place, `BR-FR-04_${term}`, {
          fr: `Le ${name.fr} ${v.fr} n'est pas accepté par la réforme ; utilisez l'un de : ${ALLOWED_TYPES}.`,
          en: `The ${name.en} ${v.en} is not accepted by the French reform; use one of: ${ALLOWED_TYPES}.`,
        }),
      ];
    });
  },
});

const BR_FR_08 = frRule({
  id: 'BR-FR-08',
  bt: ['BT-23'],
  message: {
    fr: 'Le cadre de facturation (BT-23) est absent ou inconnu : indiquez par exemple B1 (biens), S1 (services) ou M1 (mixte).',
    en: 'The billing frame (BT-23) is missing or unknown: use e.g. B1 (goods), S1 (services) or M1 (mixed).',
  },
  check: (facts): Violation[] => {
    if (facts.frameContext === undefined) return [];
    const frame = facts.frames[0];
    if (frame !== undefined && FR_FRAMES.has(frame.text)) return [];
    const text =
      frame === undefined
        ? {
            fr: 'Le cadre de facturation (BT-23) manque : indiquez par exemple B1 (biens), S1 (services) ou M1 (mixte).',
            en: 'The billing frame (BT-23) is missing: use e.g. B1 (goods), S1 (services) or M1 (mixed).',
          }
        : {
            fr: `Le cadre de facturation (BT-23) ${shown(frame.text).fr} n'est pas un cadre de la réforme (B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8, S8, M8, B9, S9, M9). Un cadre Chorus Pro (A1, A2…) ne convient pas.`,
            en: `The billing frame (BT-23) ${shown(frame.text).en} is not a frame of the reform (B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8, S8, M8, B9, S9, M9). A Chorus Pro frame (A1, A2…) does not fit.`,
          };
    return [violation(facts, frame?.place ?? facts.frameContext, 'BR-FR-08_BT-23', text)];
  },
});

export const IDENTIFIER_RULES: readonly Rule[] = [BR_FR_01, BR_FR_02, BR_FR_03, BR_FR_04, BR_FR_08];
