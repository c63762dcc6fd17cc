/** BR-FR-DEC-01 to -04: how many digits and decimals amounts, quantities, prices and rates have. */
import type { LocalizedText } from '../../../i18n/text';
import { AMOUNT_TERMS } from '../../../model';
import type { Rule, Violation } from '../../rule';
import type { CheckedValue, FrFacts } from '../facts';
import {
  isDecimal19x2,
  isDecimal19x4,
  isDecimal19x6,
  isPercent4x2,
  normalizeSpace,
} from '../lexical';
import { frRule, shown, violation } from '../report';
import { termName } from '../terms';
import { isBidirectional } from './special-frames';

/** The lexical forms of the four rules. */
type DecimalFormat = 'amount' | 'quantity' | 'price' | 'rate';

/**
 * Whether a trimmed text fits the format; a price may be negative when `signed` (frames B9, S9,
 * M9). One function with direct calls rather than a predicate per rule: the four rules share
 * their check's code, where a predicate call would see four targets and go through the slow
 * generic path for each of the thousands of values of a long invoice.
 */
function fits(format: DecimalFormat, text: string, signed: boolean): boolean {
  switch (format) {
    case 'amount':
      return isDecimal19x2(text);
    case 'quantity':
      return isDecimal19x4(text);
    case 'price':
      return isDecimal19x6(text, signed);
    case 'rate':
      return isPercent4x2(text);
  }
}

function formatRule(
  id: string,
  bt: readonly string[],
  message: LocalizedText,
  valuesOf: (facts: FrFacts) => readonly CheckedValue[],
  format: DecimalFormat,
  expected: (facts: FrFacts) => LocalizedText,
): Rule {
  return frRule({
    id,
    bt,
    message,
    check: (facts) => {
      const signed = format === 'price' && isBidirectional(facts);
      // An indexed loop rather than flatMap or for…of: every amount of a long invoice passes
      // here, most of them valid, and a check runs mostly unoptimised, where both allocate.
      const found: Violation[] = [];
      const values = valuesOf(facts);
      for (let i = 0; i < values.length; i++) {
        const { check, term, value } = values[i] as CheckedValue;
        if (fits(format, normalizeSpace(value.text), signed)) continue;
        const name = termName(term);
        const v = shown(value.text);
        const rule = expected(facts);
        found.push(
          violation(facts, value.place, check, {
            fr: `${capitalized(name.fr)} : ${v.fr} ne convient pas ; ${rule.fr}.`,
            en: `${capitalized(name.en)}: ${v.en} does not fit; ${rule.en}.`,
          }),
        );
      }
      return found;
    },
  });
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DEC_01 = formatRule(
  'BR-FR-DEC-01',
  AMOUNT_TERMS,
  {
    fr: 'Un montant doit avoir au plus 2 décimales, un point comme séparateur et 19 chiffres au plus.',
    en: 'An amount must have at most 2 decimals, a dot as separator and at most 19 digits.',
  },
  (facts) => facts.amounts,
  'amount',
  () => ({
    fr: 'écrivez le montant avec au plus 2 décimales, un point comme séparateur, sans espace ni signe +, 19 chiffres au plus (ex. 1250.50)',
    en: 'write the amount with at most 2 decimals, a dot as separator, no space or + sign, at most 19 digits (e.g. 1250.50)',
  }),
);

const DEC_02 = formatRule(
  'BR-FR-DEC-02',
  ['BT-129', 'BT-149'],
  {
    fr: 'Une quantité doit avoir au plus 4 décimales et 19 chiffres au plus.',
    en: 'A quantity must have at most 4 decimals and at most 19 digits.',
  },
  (facts) => facts.quantities,
  'quantity',
  () => ({
    fr: 'écrivez la quantité avec au plus 4 décimales, un point comme séparateur, 19 chiffres au plus (ex. 12.5)',
    en: 'write the quantity with at most 4 decimals, a dot as separator, at most 19 digits (e.g. 12.5)',
  }),
);

const DEC_03 = formatRule(
  'BR-FR-DEC-03',
  ['BT-146', 'BT-147', 'BT-148', 'BT-23'],
  {
    fr: 'Un prix unitaire doit être positif ou nul, avec au plus 6 décimales (négatif admis seulement en facture bidirectionnelle B9, S9, M9).',
    en: 'A unit price must be zero or positive, with at most 6 decimals (negative only in bidirectional invoices B9, S9, M9).',
  },
  (facts) => facts.prices,
  'price',
  (facts) =>
    isBidirectional(facts)
      ? {
          fr: 'écrivez le prix avec au plus 6 décimales et un point comme séparateur, 19 chiffres au plus',
          en: 'write the price with at most 6 decimals and a dot as separator, at most 19 digits',
        }
      : {
          fr: 'écrivez une valeur positive ou nulle, sans signe, avec au plus 6 décimales et un point comme séparateur (un rabais ou une remise s’écrit en positif)',
          en: 'write a zero or positive value, without a sign, with at most 6 decimals and a dot as separator (a discount or an allowance is written positive)',
        },
);

const DEC_04 = formatRule(
  'BR-FR-DEC-04',
  ['BT-96', 'BT-103', 'BT-119', 'BT-152'],
  {
    fr: 'Un taux de TVA doit être positif, avec au plus 2 décimales et 4 chiffres au plus.',
    en: 'A VAT rate must be positive, with at most 2 decimals and at most 4 digits.',
  },
  (facts) => facts.rates,
  'rate',
  () => ({
    fr: 'écrivez le taux sans signe ni symbole %, avec au plus 2 décimales et 4 chiffres en tout (ex. 20.00 ou 5.5)',
    en: 'write the rate without a sign or % symbol, with at most 2 decimals and 4 digits in all (e.g. 20.00 or 5.5)',
  }),
);

export const DECIMAL_RULES: readonly Rule[] = [DEC_01, DEC_02, DEC_03, DEC_04];
