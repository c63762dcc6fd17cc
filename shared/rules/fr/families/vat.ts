/** BR-FR-15 and -16: VAT categories and rates usable in France. */
import type { Rule, Violation } from '../../rule';
import { FR_VAT_CATEGORIES, FR_VAT_RATES, REFUSED_VAT_CATEGORIES } from '../codes';
import type { VatCategoryFacts } from '../facts';
import { frRule, shown, violation } from '../report';

const WHERE: Readonly<
  Record<
    VatCategoryFacts['kind'],
    { category: string; rate: string; fr: string; en: string; rateFr: string; rateEn: string }
  >
> = {
  'allowance-charge': {
    category: 'BR-FR-15_BT-95_BT-102',
    rate: 'BR-FR-16_BT-96_BT-103',
    fr: "d'une remise ou de frais (BT-95/BT-102)",
    en: 'of an allowance or charge (BT-95/BT-102)',
    rateFr: "d'une remise ou de frais (BT-96/BT-103)",
    rateEn: 'of an allowance or charge (BT-96/BT-103)',
  },
  breakdown: {
    category: 'BR-FR-15_BT-95_BT-118',
    rate: 'BR-FR-16_BT-119',
    fr: 'du récapitulatif de TVA (BT-118)',
    en: 'of the VAT breakdown (BT-118)',
    rateFr: 'du récapitulatif de TVA (BT-119)',
    rateEn: 'of the VAT breakdown (BT-119)',
  },
  line: {
    category: 'BR-FR-15_BT-95_BT-151',
    rate: 'BR-FR-16_BT-152',
    fr: "d'une ligne (BT-151)",
    en: 'of a line (BT-151)',
    rateFr: "d'une ligne (BT-152)",
    rateEn: 'of a line (BT-152)',
  },
};

const CATEGORIES = 'S, E, AE, K, G, O, Z';

const BR_FR_15 = frRule({
  id: 'BR-FR-15',
  bt: ['BT-95', 'BT-102', 'BT-118', 'BT-151'],
  message: {
    fr: `Catégorie de TVA non utilisable en France (admises : ${CATEGORIES}).`,
    en: `VAT category that cannot be used in France (allowed: ${CATEGORIES}).`,
  },
  check: (facts) => {
    // Indexed loops: a long invoice has a category per line, a check runs mostly unoptimised, and
    // there flatMap or for…of allocate on every step.
    const found: Violation[] = [];
    const { vatCategories } = facts;
    for (let i = 0; i < vatCategories.length; i++) {
      const { kind, place, category, categoryMayBeAbsent } = vatCategories[i] as VatCategoryFacts;
      const valid =
        category === undefined ? categoryMayBeAbsent : FR_VAT_CATEGORIES.has(category.text);
      if (!valid) {
        const where = WHERE[kind];
        const v = shown(category?.text);
        found.push(
          violation(facts, category?.place ?? place, where.category, {
            fr: `La catégorie de TVA ${where.fr} est ${v.fr} : utilisez l'une des catégories admises en France (${CATEGORIES}).`,
            en: `The VAT category ${where.en} is ${v.en}: use one of the categories allowed in France (${CATEGORIES}).`,
          }),
        );
      }
      if (category !== undefined && REFUSED_VAT_CATEGORIES.has(category.text)) {
        found.push(
          violation(facts, category.place, `${WHERE[kind].category}_LM`, {
            fr: `La catégorie de TVA ${category.text} (Canaries, Ceuta et Melilla) est refusée en France.`,
            en: `VAT category ${category.text} (Canary Islands, Ceuta and Melilla) is refused in France.`,
          }),
        );
      }
    }
    return found;
  },
});

const RATES = '20, 10, 5.5, 2.1, 8.5, 13, 0…';

const BR_FR_16 = frRule({
  id: 'BR-FR-16',
  bt: ['BT-96', 'BT-103', 'BT-119', 'BT-152'],
  message: {
    fr: `Taux de TVA qui n'est pas un taux français (${RATES}).`,
    en: `VAT rate that is not a French rate (${RATES}).`,
  },
  check: (facts) => {
    const found: Violation[] = [];
    const { vatCategories } = facts;
    for (let i = 0; i < vatCategories.length; i++) {
      const { kind, rate } = vatCategories[i] as VatCategoryFacts;
      if (rate === undefined || FR_VAT_RATES.has(rate.text)) continue;
      const where = WHERE[kind];
      const v = shown(rate.text);
      found.push(
        violation(facts, rate.place, where.rate, {
          fr: `Le taux de TVA ${where.rateFr} ${v.fr} n'est pas un taux français ; écrivez par exemple 20, 20.00, 10, 5.5, 2.1, 8.5, 13 ou 0 (au plus 2 décimales, sans zéro superflu en tête).`,
          en: `The VAT rate ${where.rateEn} ${v.en} is not a French rate; write e.g. 20, 20.00, 10, 5.5, 2.1, 8.5, 13 or 0 (at most 2 decimals, no leading zero).`,
        }),
      );
    }
    return found;
  },
});

export const VAT_RULES: readonly Rule[] = [BR_FR_15, BR_FR_16];
