/**
 * BR-x-05 (line rate BT-152), BR-x-06 (allowance rate BT-96), BR-x-07 (charge rate BT-103): the
 * rate a category allows. Checked on every line, allowance or charge of the category; a rate
 * that is missing or unreadable fails every test but O's (which only asks for no rate at all).
 *
 * IGIC (L): the UBL artefact and the norm accept 0 or more, the CII artefact wants more than 0.
 */
import type { LocalizedText } from '../../../i18n/text';
import type { Rule, RuleContext, Violation } from '../../rule';
import { categoryLabel, type VatCategory, type VatCategoryCode } from './categories';
import { contextMatch, dialectOf } from './dialect';
import type { NumberTerm } from './number-term';
import type { ItemKind, TaxedItem } from './usage';
import { vatUsage } from './usage';
import { shown, vatRule } from './vat-rule';

type RateNeed = 'positive' | 'zero' | 'non-negative' | 'none';

function rateNeed(code: VatCategoryCode, context: RuleContext | undefined): RateNeed {
  switch (code) {
    case 'S':
      return 'positive';
    case 'O':
      return 'none';
    case 'L':
      return context && dialectOf(context) === 'cii' ? 'positive' : 'non-negative';
    case 'M':
      return 'non-negative';
    default:
      return 'zero';
  }
}

const NEED_TEXT: Readonly<Record<RateNeed, LocalizedText>> = {
  positive: { fr: 'supérieur à zéro', en: 'greater than zero' },
  zero: { fr: 'égal à 0', en: 'equal to 0' },
  'non-negative': { fr: 'égal ou supérieur à 0', en: 'zero or greater' },
  none: { fr: 'absent', en: 'absent' },
};

const NUMBER_OF: Readonly<Record<ItemKind, number>> = { line: 5, allowance: 6, charge: 7 };

const TERMS: Readonly<Record<ItemKind, { code: string; rate: string; what: LocalizedText }>> = {
  line: {
    code: 'BT-151',
    rate: 'BT-152',
    what: { fr: "d'une ligne", en: 'of a line' },
  },
  allowance: {
    code: 'BT-95',
    rate: 'BT-96',
    what: { fr: "d'une remise au niveau du document", en: 'of a document level allowance' },
  },
  charge: {
    code: 'BT-102',
    rate: 'BT-103',
    what: { fr: 'de frais au niveau du document', en: 'of a document level charge' },
  },
};

function meets(rate: NumberTerm, need: RateNeed): boolean {
  if (need === 'none') return rate.state === 'absent';
  if (rate.state !== 'value') return false;
  // Signs read from the canonical text: no number to build for each of 1,000 lines.
  const zero = rate.key === '0';
  const negative = !zero && rate.text.startsWith('-');
  switch (need) {
    case 'positive':
      return !zero && !negative;
    case 'zero':
      return zero;
    case 'non-negative':
      return !negative;
  }
}

function violation(
  category: VatCategory,
  item: TaxedItem,
  rate: NumberTerm,
  need: RateNeed,
): Violation {
  const label = categoryLabel(category);
  const rateTerm = TERMS[item.kind].rate;
  if (need === 'none') {
    return {
      at: item.rateAt,
      message: {
        fr: `Le taux de TVA (${rateTerm}) de ${item.label.fr}, en ${label.fr}, doit être absent ; il vaut ${shown(rate)} : retirez-le.`,
        en: `The VAT rate (${rateTerm}) of ${item.label.en}, in ${label.en}, must be absent; it is ${shown(rate)}: remove it.`,
      },
    };
  }
  const expected = NEED_TEXT[need];
  const found: LocalizedText =
    rate.state === 'absent'
      ? { fr: "il n'est pas renseigné", en: 'it is missing' }
      : rate.state === 'malformed'
        ? {
            fr: `${shown(rate)} n'est pas un nombre`,
            en: `${shown(rate)} is not a number`,
          }
        : { fr: `il vaut ${rate.text}`, en: `it is ${rate.text}` };
  return {
    at: item.rateAt,
    message: {
      fr: `Le taux de TVA (${rateTerm}) de ${item.label.fr}, en ${label.fr}, doit être ${expected.fr} ; ${found.fr}.`,
      en: `The VAT rate (${rateTerm}) of ${item.label.en}, in ${label.en}, must be ${expected.en}; ${found.en}.`,
    },
  };
}

export function rateRule(category: VatCategory, kind: ItemKind): Rule {
  const label = categoryLabel(category);
  const terms = TERMS[kind];
  const generic = rateNeed(category.code, undefined);
  return vatRule(
    category,
    NUMBER_OF[kind],
    [terms.code, terms.rate],
    generic === 'none'
      ? {
          fr: `Le taux de TVA (${terms.rate}) ${terms.what.fr} en ${label.fr} doit être absent.`,
          en: `The VAT rate (${terms.rate}) ${terms.what.en} in ${label.en} must be absent.`,
        }
      : {
          fr: `Le taux de TVA (${terms.rate}) ${terms.what.fr} en ${label.fr} doit être ${NEED_TEXT[generic].fr}.`,
          en: `The VAT rate (${terms.rate}) ${terms.what.en} in ${label.en} must be ${NEED_TEXT[generic].en}.`,
        },
    (context) => {
      const match = contextMatch(dialectOf(context));
      const usage = vatUsage(context).of(category.code, match);
      const items =
        kind === 'line' ? usage.lines : kind === 'allowance' ? usage.allowances : usage.charges;
      const need = rateNeed(category.code, context);
      const out: Violation[] = [];
      for (let i = 0; i < items.length; i++) {
        const item = items[i] as TaxedItem;
        const rate = item.rateIn(category.code, match);
        if (!meets(rate, need)) out.push(violation(category, item, rate, need));
      }
      return out;
    },
  );
}
