/**
 * EXTENDED 1.09 VAT category rules that replace EN 16931's BR-x-01, BR-x-08 and BR-S-09:
 *
 * - BR-FXEXT-x-01: a category used anywhere needs a breakdown of it, and a breakdown of it needs
 *   a line or an allowance/charge of it.
 * - BR-FXEXT-x-08ini / -08rev (warnings) and -08b (error): the taxable amount of a breakdown is the
 *   sum of its DETAIL lines minus allowances plus charges and logistics charges, within 0.01 per
 *   amount added. `ini` groups by category and rate (the 2017 way), `rev` also by exemption reason
 *   code and text (the 2026 way, several breakdowns per category); `b` passes when either holds,
 *   so one of the two warnings is normal on a valid invoice.
 * - BR-FXEXT-S-09b: the VAT of a standard-rate breakdown is its base times its rate, within the same
 *   tolerance.
 */
import type { LocalizedText } from '../../../i18n/text';
import { Decimal } from '../../../model';
import type { XmlElement } from '../../../xml';
import { VAT_CATEGORIES, VAT_CATEGORY_CODES } from '../../en16931/vat';
import { categoryLabel, type VatCategoryCode } from '../../en16931/vat/categories';
import { NONE, type Rule, type Violation } from '../../rule';
import { eachNode, profileRule, text } from '../define';
import { headerTaxes } from '../en-variants';
import { descendantsNamed } from '../walk';
import {
  decimalKey,
  equalsSome,
  kids,
  normalized,
  optionalDecimal,
  roundCents,
  shown,
  stringValue,
  UncastableValue,
} from '../xpath';
import {
  type ExtendedFacts,
  extendedFacts,
  type Grouping,
  indicatorMeans,
  inGrouping,
  isVatTax,
  sumOfItems,
} from './facts';

/** `BR-S` → `BR-FXEXT-S`. */
function familyOf(code: VatCategoryCode): string {
  return VAT_CATEGORIES[code].prefix.replace('BR-', 'BR-FXEXT-');
}

// ————— BR-FXEXT-x-01 —————

/** Tax elements by the category codes they carry, for the nine -01 rules. */
interface CategoryUsage {
  /** `//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax`. */
  readonly breakdowns: ReadonlyMap<string, readonly XmlElement[]>;
  /** `//ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax`. */
  readonly lineTaxes: ReadonlyMap<string, readonly XmlElement[]>;
  /** `//ram:CategoryTradeTax`. */
  readonly otherTaxes: ReadonlyMap<string, readonly XmlElement[]>;
}

const USAGES = new WeakMap<XmlElement, CategoryUsage>();

function byCategory(taxes: readonly XmlElement[]): Map<string, XmlElement[]> {
  const found = new Map<string, XmlElement[]>();
  for (const tax of taxes) {
    for (const code of new Set(kids(tax, 'CategoryCode').map(stringValue))) {
      const list = found.get(code);
      if (list === undefined) found.set(code, [tax]);
      else list.push(tax);
    }
  }
  return found;
}

function categoryUsage(root: XmlElement): CategoryUsage {
  let usage = USAGES.get(root);
  if (usage === undefined) {
    usage = {
      breakdowns: byCategory(headerTaxes(root)),
      lineTaxes: byCategory(
        descendantsNamed(root, 'SpecifiedLineTradeSettlement').flatMap((s) =>
          kids(s, 'ApplicableTradeTax'),
        ),
      ),
      otherTaxes: byCategory(descendantsNamed(root, 'CategoryTradeTax')),
    };
    USAGES.set(root, usage);
  }
  return usage;
}

/**
 * `(no breakdown, no line tax, no allowance/charge tax of the category) or (a breakdown and (a
 * line tax or an allowance/charge tax of it))`. The files restrict the lines to DETAIL ones with a
 * predicate written on `ram:SpecifiedLineTradeSettlement` about `ram:AssociatedDocumentLineDocument`,
 * which is not its child: the predicate is always true and every line counts.
 */
function categoryPresenceRule(code: VatCategoryCode): Rule {
  const label = categoryLabel(VAT_CATEGORIES[code]);
  return profileRule({
    id: `${familyOf(code)}-01`,
    bt: ['BT-118', 'BT-151', 'BT-95', 'BT-102'],
    message: text(
      `Une ${label.fr} utilisée sur une ligne, une remise ou des frais doit avoir sa ventilation de TVA (BG-23), et une ventilation en ${label.fr} doit correspondre à au moins une ligne, remise ou frais de cette catégorie.`,
      `A ${label.en} used on a line, an allowance or a charge needs its VAT breakdown (BG-23), and a breakdown in ${label.en} needs at least one line, allowance or charge of that category.`,
    ),
    check: (root) => {
      const usage = categoryUsage(root);
      const breakdowns = usage.breakdowns.get(code) ?? [];
      const lineTaxes = usage.lineTaxes.get(code) ?? [];
      const otherTaxes = usage.otherTaxes.get(code) ?? [];
      const used = lineTaxes.length > 0 || otherTaxes.length > 0;
      if (breakdowns.length === 0 && !used) return NONE;
      if (breakdowns.length > 0 && used) return NONE;
      if (breakdowns.length === 0) {
        return [
          {
            node: lineTaxes[0] ?? otherTaxes[0] ?? root,
            message: text(
              `La ${label.fr} est utilisée mais aucune ventilation de TVA (BG-23) ne la reprend : ajoutez-la.`,
              `The ${label.en} is used but no VAT breakdown (BG-23) gives it: add one.`,
            ),
          },
        ];
      }
      return [
        {
          node: breakdowns[0] ?? root,
          message: text(
            `Une ventilation de TVA est en ${label.fr}, mais aucune ligne, remise ou frais n'a cette catégorie : retirez la ventilation ou corrigez la catégorie.`,
            `A VAT breakdown is in ${label.en}, but no line, allowance or charge has that category: remove the breakdown or correct the category.`,
          ),
        },
      ];
    },
  });
}

// ————— BR-FXEXT-x-08 and S-09b —————

/** The amounts of one grouping, as the schematron's `for` clauses compute them. */
interface GroupTotals {
  /** `round(Σ BT-131 of DETAIL lines × 100) div 100`. */
  readonly lines: Decimal;
  readonly allowances: Decimal;
  readonly charges: Decimal;
  readonly logistics: Decimal;
  /** Lines + allowances and charges + logistics charges counted: 0.01 of tolerance each. */
  readonly count: number;
}

function totalsOf(facts: ExtendedFacts, grouping: Grouping, allLines = false): GroupTotals {
  const key = [
    allLines ? 'all' : 'detail',
    grouping.code,
    grouping.rate ?? '',
    grouping.reasons === undefined ? '' : JSON.stringify(grouping.reasons),
  ].join('|');
  const known = facts.groupTotals.get(key);
  if (known instanceof UncastableValue) throw known;
  if (known !== undefined) return known as GroupTotals;
  try {
    const totals = computeTotals(facts, grouping, allLines);
    facts.groupTotals.set(key, totals);
    return totals;
  } catch (error) {
    if (error instanceof UncastableValue) facts.groupTotals.set(key, error);
    throw error;
  }
}

function computeTotals(facts: ExtendedFacts, grouping: Grouping, allLines: boolean): GroupTotals {
  const lines = (allLines ? facts.allLines : facts.detailLines).filter((l) =>
    inGrouping(l, grouping),
  );
  const allowances = facts.allowanceCharges.filter(
    (a) => indicatorMeans(a, false) && inGrouping(a, grouping),
  );
  const charges = facts.allowanceCharges.filter(
    (a) => indicatorMeans(a, true) && inGrouping(a, grouping),
  );
  const counted = facts.allowanceCharges.filter((a) => inGrouping(a, grouping));
  const logistics = facts.logistics.filter((l) => inGrouping(l, grouping));
  return {
    lines: roundCents(sumOfItems(lines)),
    allowances: roundCents(sumOfItems(allowances)),
    charges: roundCents(sumOfItems(charges)),
    logistics: roundCents(sumOfItems(logistics)),
    count: lines.length + counted.length + logistics.length,
  };
}

/** `abs(base − lines + allowances − charges − logistics) le 0.01 × count`. */
function baseGap(
  base: Decimal,
  totals: GroupTotals,
): { gap: Decimal; tolerance: Decimal; ok: boolean } {
  const expected = totals.lines
    .minus(totals.allowances)
    .plus(totals.charges)
    .plus(totals.logistics);
  const gap = base.minus(expected).abs();
  const tolerance = new Decimal(totals.count).times('0.01');
  return { gap, tolerance, ok: gap.lte(tolerance) };
}

/** One breakdown of a category as the `for` clauses bind it; undefined values fail the rule. */
interface BreakdownReading {
  readonly node: XmlElement;
  readonly rate: Decimal | undefined;
  /** The rate as `decimalKey` writes it, for the groupings. */
  readonly rateKey: string | undefined;
  readonly base: Decimal | undefined;
  readonly reasons: { readonly code: string; readonly text: string };
}

function readBreakdown(node: XmlElement, withRate: boolean): BreakdownReading {
  // Bound in the schematron's order: rate, reason text, reason code, base.
  const rates = withRate ? kids(node, 'RateApplicablePercent') : [];
  const rate = optionalDecimal(rates);
  const rateKey = rates[0] === undefined ? undefined : decimalKey(rates[0]);
  const reasonText = normalized(kids(node, 'ExemptionReason'));
  const reasonCode = normalized(kids(node, 'ExemptionReasonCode'));
  const base = optionalDecimal(kids(node, 'BasisAmount'));
  return { node, rate, rateKey, base, reasons: { code: reasonCode, text: reasonText } };
}

/** `//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=x][upper-case(ram:TypeCode)='VAT']`. */
function vatBreakdowns(root: XmlElement, code: VatCategoryCode): XmlElement[] {
  return headerTaxes(root).filter((t) => equalsSome(kids(t, 'CategoryCode'), code) && isVatTax(t));
}

type Way = 'ini' | 'rev' | 'b';

function where(code: VatCategoryCode, reading: BreakdownReading): LocalizedText {
  const label = categoryLabel(VAT_CATEGORIES[code]);
  const rate = reading.rate === undefined ? '' : ` à ${reading.rate.toString()} %`;
  const rateEn = reading.rate === undefined ? '' : ` at ${reading.rate.toString()}%`;
  const reason = reading.reasons.code || reading.reasons.text;
  return {
    fr: `la ventilation de TVA en ${label.fr}${rate}${reason ? ` (motif ${reason})` : ''}`,
    en: `the VAT breakdown in ${label.en}${rateEn}${reason ? ` (reason ${reason})` : ''}`,
  };
}

function missingTerm(code: VatCategoryCode, reading: BreakdownReading, term: string): Violation {
  const place = where(code, reading);
  return {
    node: reading.node,
    message: text(
      `La base de ${place.fr} ne peut pas être contrôlée : ${term} manque. Renseignez-le.`,
      `The taxable amount of ${place.en} cannot be checked: ${term} is missing. Fill it in.`,
    ),
  };
}

/**
 * `lines`: `detail` as the EXTENDED file writes it; `all` for the copy of BR-FXEXT-Z-08rev that
 * the compiled BASIC WL and EN16931 1.09 stylesheets carry (no sub-type filter).
 */
export function taxableAmountRule(
  code: VatCategoryCode,
  way: Way,
  lines: 'detail' | 'all' = 'detail',
): Rule {
  const withRate = code !== 'O';
  const family = familyOf(code);
  const id = way === 'b' && code === 'S' ? 'BR-FXEXT-S08b' : `${family}-08${way}`;
  const label = categoryLabel(VAT_CATEGORIES[code]);
  const grouping =
    way === 'ini'
      ? { fr: 'par taux (regroupement EN 16931:2017)', en: 'by rate (EN 16931:2017 grouping)' }
      : way === 'rev'
        ? {
            fr: "par taux et motif d'exonération (regroupement 2026)",
            en: 'by rate and exemption reason (2026 grouping)',
          }
        : { fr: 'ni par taux, ni par taux et motif', en: 'neither by rate nor by rate and reason' };
  return profileRule({
    id,
    flag: way === 'b' ? 'fatal' : 'warning',
    bt: ['BT-116', 'BT-131', 'BT-92', 'BT-99', 'BT-119', 'BT-120', 'BT-121'],
    message: text(
      `La base HT (BT-116) d'une ventilation en ${label.fr} doit égaler la somme des lignes${lines === 'detail' ? ' de détail' : ''} (BT-131) moins les remises plus les frais du document de cette catégorie, à 0,01 près par montant, ${grouping.fr}.`,
      `The taxable amount (BT-116) of a breakdown in ${label.en} must equal the sum of the${lines === 'detail' ? ' detail' : ''} lines (BT-131) minus the document allowances plus the charges of that category, within 0.01 per amount, ${grouping.en}.`,
    ),
    check: (root, context) => {
      const facts = extendedFacts(root, context);
      return eachNode(vatBreakdowns(root, code), (node) => {
        const reading = readBreakdown(node, withRate);
        if (withRate && reading.rate === undefined) return missingTerm(code, reading, 'BT-119');
        if (reading.base === undefined) return missingTerm(code, reading, 'BT-116');
        const base = reading.base;
        const rate = reading.rateKey === undefined ? {} : { rate: reading.rateKey };
        const check = (byReason: boolean) => {
          const totals = totalsOf(
            facts,
            { code, ...rate, ...(byReason ? { reasons: reading.reasons } : {}) },
            lines === 'all',
          );
          return { totals, ...baseGap(base, totals) };
        };
        const ini = way === 'rev' ? undefined : check(false);
        const rev = way === 'ini' ? undefined : check(true);
        if (ini?.ok || rev?.ok) return undefined;
        const worst = rev ?? ini;
        if (worst === undefined) return undefined;
        const place = where(code, reading);
        const expected = worst.totals.lines
          .minus(worst.totals.allowances)
          .plus(worst.totals.charges)
          .plus(worst.totals.logistics);
        return {
          node,
          message: text(
            `La base HT (BT-116) de ${place.fr} vaut ${shown(base)}, mais les lignes${lines === 'detail' ? ' de détail' : ''} moins les remises plus les frais de ce regroupement (${grouping.fr}) donnent ${shown(expected)} : l'écart de ${shown(worst.gap)} dépasse la tolérance de ${shown(worst.tolerance)}.`,
            `The taxable amount (BT-116) of ${place.en} is ${shown(base)}, but the${lines === 'detail' ? ' detail' : ''} lines minus allowances plus charges of that grouping (${grouping.en}) give ${shown(expected)}: the gap of ${shown(worst.gap)} exceeds the tolerance of ${shown(worst.tolerance)}.`,
          ),
        };
      });
    },
  });
}

/** BR-FXEXT-S-09b: context `…/ram:ApplicableTradeTax[ram:CategoryCode='S']` (no type filter). */
const STANDARD_VAT_AMOUNT = profileRule({
  id: 'BR-FXEXT-S-09b',
  bt: ['BT-117', 'BT-116', 'BT-119'],
  message: text(
    "Le montant de TVA (BT-117) d'une ventilation au taux normal doit égaler la base (BT-116) × le taux (BT-119), à 0,01 près par montant de la ventilation.",
    'The VAT amount (BT-117) of a standard-rate breakdown must equal its taxable amount (BT-116) × its rate (BT-119), within 0.01 per amount of the breakdown.',
  ),
  check: (root, context) => {
    const facts = extendedFacts(root, context);
    const breakdowns = headerTaxes(root).filter((t) => equalsSome(kids(t, 'CategoryCode'), 'S'));
    return eachNode(breakdowns, (node) => {
      const reading = readBreakdown(node, true);
      if (reading.rate === undefined) return missingTerm('S', reading, 'BT-119');
      if (reading.base === undefined) return missingTerm('S', reading, 'BT-116');
      const { rate, rateKey, base } = reading;
      const key = rateKey ?? '';
      const rev = totalsOf(facts, { code: 'S', rate: key, reasons: reading.reasons }).count;
      const ini = totalsOf(facts, { code: 'S', rate: key }).count;
      const tax = optionalDecimal(kids(node, 'CalculatedAmount'));
      if (tax === undefined) return missingTerm('S', reading, 'BT-117');
      const expected = roundCents(base.times(rate).div(100));
      const gap = tax.minus(expected).abs();
      const tolerance = new Decimal(Math.max(rev, ini)).times('0.01');
      if (gap.lte(tolerance)) return undefined;
      const place = where('S', reading);
      return {
        node,
        message: text(
          `Le montant de TVA (BT-117) de ${place.fr} vaut ${shown(tax)}, mais ${shown(base)} × ${rate.toString()} % donne ${shown(expected)} : l'écart de ${shown(gap)} dépasse la tolérance de ${shown(tolerance)}.`,
          `The VAT amount (BT-117) of ${place.en} is ${shown(tax)}, but ${shown(base)} × ${rate.toString()}% gives ${shown(expected)}: the gap of ${shown(gap)} exceeds the tolerance of ${shown(tolerance)}.`,
        ),
      };
    });
  },
});

export const EXTENDED_VAT_RULES: readonly Rule[] = [
  ...VAT_CATEGORY_CODES.flatMap((code) => [
    categoryPresenceRule(code),
    taxableAmountRule(code, 'b'),
    taxableAmountRule(code, 'ini'),
    taxableAmountRule(code, 'rev'),
  ]),
  STANDARD_VAT_AMOUNT,
];
