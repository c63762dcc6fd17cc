/**
 * BR-x-09: the VAT amount of a breakdown (BT-117).
 * - S, L, M: within ±1 (strictly) of the taxable amount (BT-116) times the rate (BT-119), rounded
 *   to 2 decimals, both taken in absolute value. Every term must be there. The CII artefact's
 *   test is `true()` for L and M: it never fails there.
 * - The other categories: exactly 0.
 */
import { round2 } from '../../../model';
import type { Rule, Violation } from '../../rule';
import { categoryLabel, type VatCategory, type VatCategoryCode } from './categories';
import { breakdownMatch, dialectOf } from './dialect';
import type { Breakdown, CategoryMatch } from './usage';
import { vatUsage } from './usage';
import { plain, shown, vatRule } from './vat-rule';

const COMPUTED: ReadonlySet<VatCategoryCode> = new Set(['S', 'L', 'M']);

function computedViolation(
  category: VatCategory,
  breakdown: Breakdown,
  match: CategoryMatch,
): Violation | undefined {
  const label = categoryLabel(category);
  const { taxable, tax } = breakdown;
  const rate = breakdown.rateIn(category.code, match);
  const where = {
    fr: `la ventilation en ${label.fr}${rate.state === 'value' ? ` à ${rate.text} %` : ''}`,
    en: `the breakdown in ${label.en}${rate.state === 'value' ? ` at ${rate.text}%` : ''}`,
  };
  const unusable = (
    [
      ['BT-116', taxable, breakdown.taxableAt],
      ['BT-119', rate, breakdown.rateAt],
      ['BT-117', tax, breakdown.taxAt],
    ] as const
  ).find(([, term]) => term.state !== 'value');
  if (unusable) {
    const [term, value, at] = unusable;
    return {
      at,
      message:
        value.state === 'absent'
          ? {
              fr: `Le montant de TVA de ${where.fr} ne peut pas être contrôlé : ${term} manque.`,
              en: `The VAT amount of ${where.en} cannot be checked: ${term} is missing.`,
            }
          : {
              fr: `Le montant de TVA de ${where.fr} ne peut pas être contrôlé : ${term} vaut ${shown(value)}, qui n'est pas un nombre.`,
              en: `The VAT amount of ${where.en} cannot be checked: ${term} is ${shown(value)}, not a number.`,
            },
    };
  }
  if (taxable.state !== 'value' || rate.state !== 'value' || tax.state !== 'value')
    return undefined;
  const expected = round2(taxable.value.abs().times(rate.value).dividedBy(100));
  if (tax.value.abs().minus(expected).abs().lt(1)) return undefined;
  return {
    at: breakdown.taxAt,
    message: {
      fr: `Le montant de TVA (BT-117) de ${where.fr} vaut ${tax.text}, mais ${taxable.text} × ${rate.text} % donne ${plain(expected)} (écart admis : moins de 1).`,
      en: `The VAT amount (BT-117) of ${where.en} is ${tax.text}, but ${taxable.text} × ${rate.text}% gives ${plain(expected)} (allowed difference: less than 1).`,
    },
  };
}

function zeroViolation(category: VatCategory, breakdown: Breakdown): Violation | undefined {
  const { tax } = breakdown;
  if (tax.state === 'value' && tax.value.isZero()) return undefined;
  const label = categoryLabel(category);
  const found =
    tax.state === 'absent'
      ? { fr: "il n'est pas renseigné", en: 'it is missing' }
      : tax.state === 'malformed'
        ? { fr: `${shown(tax)} n'est pas un nombre`, en: `${shown(tax)} is not a number` }
        : { fr: `il vaut ${tax.text}`, en: `it is ${tax.text}` };
  return {
    at: breakdown.taxAt,
    message: {
      fr: `Le montant de TVA (BT-117) de la ventilation en ${label.fr} doit être 0 ; ${found.fr}.`,
      en: `The VAT amount (BT-117) of the breakdown in ${label.en} must be 0; ${found.en}.`,
    },
  };
}

export function vatAmountRule(category: VatCategory): Rule {
  const label = categoryLabel(category);
  const computed = COMPUTED.has(category.code);
  return vatRule(
    category,
    9,
    computed ? ['BT-117', 'BT-116', 'BT-119', 'BT-118'] : ['BT-117', 'BT-118'],
    computed
      ? {
          fr: `Le montant de TVA (BT-117) de la ventilation en ${label.fr} doit être le montant imposable (BT-116) multiplié par le taux (BT-119), arrondi à 2 décimales.`,
          en: `The VAT amount (BT-117) of the breakdown in ${label.en} must be the taxable amount (BT-116) times the rate (BT-119), rounded to 2 decimals.`,
        }
      : {
          fr: `Le montant de TVA (BT-117) de la ventilation en ${label.fr} doit être 0.`,
          en: `The VAT amount (BT-117) of the breakdown in ${label.en} must be 0.`,
        },
    (context) => {
      const dialect = dialectOf(context);
      if (computed && category.code !== 'S' && dialect === 'cii') return [];
      const out: Violation[] = [];
      const match = breakdownMatch(dialect, category.code);
      for (const breakdown of vatUsage(context).of(category.code, match).breakdowns) {
        const found = computed
          ? computedViolation(category, breakdown, match)
          : zeroViolation(category, breakdown);
        if (found) out.push(found);
      }
      return out;
    },
  );
}
