/**
 * The VAT breakdown (BG-23): at least one (BR-CO-18), each with its amounts, category and rate
 * (BR-45…BR-48), and a tax amount that matches base × rate (BR-CO-17).
 */
import type { VatBreakdown } from '../../../model';
import { select } from '../../../xml';
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { businessRule, eachChecked, missingAmong, text } from './define';
import { breakdownsFor, exists, isPresent, type Variant, variantOf } from './facts';
import { operand, roundCents, roundInteger, shown, xsDecimal } from './xpath-numbers';

/** Both schematrons only ask that the element be there (`exists`). */
const CII_TRANSACTION = '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction';
const CII_SETTLEMENT = `${CII_TRANSACTION}/ram:ApplicableHeaderTradeSettlement`;
const CII_LINES = `${CII_TRANSACTION}/ram:IncludedSupplyChainTradeLineItem`;

function eachBreakdownTerm(c: RuleContext, term: 'BT-116' | 'BT-117' | 'BT-118') {
  return missingAmong(
    c,
    breakdownsFor(c).map(({ at, item }) => ({ at: `${at}/${term}`, value: item[term] })),
    'exists',
  );
}

/**
 * BR-CO-17 as both schematrons write it. With r = the rate rounded to an integer:
 * r = 0 → the tax amount rounded to an integer is 0; r ≠ 0 → |tax| is within 1 of
 * round(|base| × rate / 100, 2) — strictly in UBL, 1 included in CII; no rate → the tax amount
 * rounded to an integer is 0. The tolerance of 1 is the artefacts', not ours.
 */
function taxAmountMismatch(
  c: RuleContext,
  at: string,
  breakdown: VatBreakdown,
  variant: Variant,
): Violation | undefined {
  const rate = xsDecimal(operand(c, `${at}/BT-119`, breakdown['BT-119']));
  const tax = xsDecimal(operand(c, `${at}/BT-117`, breakdown['BT-117']));
  const taxAt = `${at}/BT-117`;
  if (rate === undefined || roundInteger(rate).isZero()) {
    if (tax !== undefined && roundInteger(tax).isZero()) return undefined;
    if (tax === undefined) return { at: taxAt };
    const why =
      rate === undefined
        ? text('sans taux de TVA (BT-119)', 'with no VAT rate (BT-119)')
        : text(`au taux de ${rate.toFixed()} %`, `at a rate of ${rate.toFixed()}%`);
    return {
      at: taxAt,
      message: text(
        `Le montant de TVA de cette ventilation (BT-117) vaut ${shown(tax)} ${why.fr} : il doit être nul.`,
        `The VAT amount of this breakdown (BT-117) is ${shown(tax)} ${why.en}: it must be zero.`,
      ),
    };
  }
  const base = xsDecimal(operand(c, `${at}/BT-116`, breakdown['BT-116']));
  if (tax === undefined || base === undefined) return { at: taxAt };
  const expected = roundCents(base.abs().times(rate.div(100)));
  const low = tax.abs().minus(1);
  const high = tax.abs().plus(1);
  const within =
    variant === 'cii'
      ? low.lessThanOrEqualTo(expected) && high.greaterThanOrEqualTo(expected)
      : low.lessThan(expected) && high.greaterThan(expected);
  if (within) return undefined;
  return {
    at: taxAt,
    message: text(
      `Le montant de TVA (BT-117) vaut ${shown(tax)} mais la base (BT-116) ${shown(base)} × ${rate.toFixed()} % donne ${shown(expected)} : corrigez le montant de TVA ou la base.`,
      `The VAT amount (BT-117) is ${shown(tax)} but the taxable amount (BT-116) ${shown(base)} × ${rate.toFixed()}% gives ${shown(expected)}: correct the VAT amount or the taxable amount.`,
    ),
  };
}

export const VAT_BREAKDOWN_RULES: readonly Rule[] = [
  businessRule({
    id: 'BR-45',
    bt: ['BT-116'],
    message: text(
      'Chaque ventilation de TVA doit indiquer sa base imposable (BT-116).',
      'Each VAT breakdown must give its taxable amount (BT-116).',
    ),
    check: (c) => eachBreakdownTerm(c, 'BT-116'),
  }),
  businessRule({
    id: 'BR-46',
    bt: ['BT-117'],
    message: text(
      'Chaque ventilation de TVA doit indiquer son montant de TVA (BT-117).',
      'Each VAT breakdown must give its VAT amount (BT-117).',
    ),
    check: (c) => eachBreakdownTerm(c, 'BT-117'),
  }),
  businessRule({
    id: 'BR-47',
    bt: ['BT-118'],
    message: text(
      'Chaque ventilation de TVA doit indiquer sa catégorie de TVA (BT-118), par exemple S pour le taux normal.',
      'Each VAT breakdown must give its VAT category code (BT-118), e.g. S for the standard rate.',
    ),
    check: (c) => eachBreakdownTerm(c, 'BT-118'),
  }),
  businessRule({
    id: 'BR-48',
    bt: ['BT-119'],
    message: text(
      "Chaque ventilation de TVA doit indiquer son taux (BT-119), sauf pour la catégorie O (hors champ d'application de la TVA).",
      'Each VAT breakdown must give its VAT rate (BT-119), except for category O (not subject to VAT).',
    ),
    check: (c) =>
      breakdownsFor(c).flatMap(({ at, item }) =>
        exists(c, `${at}/BT-119`, item['BT-119']) || item['BT-118'] === 'O'
          ? []
          : [{ at: `${at}/BT-119` }],
      ),
  }),
  businessRule({
    id: 'BR-CO-17',
    bt: ['BT-117', 'BT-116', 'BT-119'],
    message: text(
      'Le montant de TVA de chaque ventilation (BT-117) doit valoir la base imposable (BT-116) × le taux (BT-119) / 100, arrondi à deux décimales.',
      'Each VAT breakdown amount (BT-117) must be the taxable amount (BT-116) × the rate (BT-119) / 100, rounded to two decimals.',
    ),
    check: (c) => {
      const variant = variantOf(c);
      return eachChecked(breakdownsFor(c), ({ at, item }) =>
        taxAmountMismatch(c, at, item, variant),
      );
    },
  }),
  businessRule({
    id: 'BR-CO-18',
    bt: ['BG-23'],
    message: text(
      'La facture doit comporter au moins une ventilation de TVA (BG-23) : une par catégorie et taux de TVA utilisés.',
      'The invoice must have at least one VAT breakdown (BG-23): one per VAT category and rate used.',
    ),
    check: (c) => {
      // CII checks this from each line (its context), once per line, and counts any header
      // ram:ApplicableTradeTax, whatever its type code.
      if (c.xml?.syntax === 'cii') {
        const root = c.xml.document.root;
        if (select(root, `${CII_SETTLEMENT}/ram:ApplicableTradeTax`).length > 0) return NONE;
        return select(root, CII_LINES).map((node) => ({ node }));
      }
      return isPresent(c, '/BG-23', c.invoice['BG-23']) ? NONE : [{ at: '/BG-23' }];
    },
  }),
];
