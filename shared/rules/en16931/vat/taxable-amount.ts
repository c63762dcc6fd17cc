/**
 * BR-x-08: the taxable amount of a VAT breakdown (BT-116) equals the sum of the net amounts of the
 * lines (BT-131) plus the document level charges (BT-99) minus the document level allowances
 * (BT-92) of its category, and, for S, L and M, of its rate (BT-119 against BT-152, BT-103, BT-96).
 *
 * The artefacts compute this in several ways, reproduced here because they give different
 * verdicts on real documents:
 *
 * | Reading | S | L, M | Z, E, AE, K, G | O |
 * | --- | --- | --- | --- | --- |
 * | UBL | within ±1, by rate, needs a line or allowance/charge of that rate | within ±1, by rate, needs a line | equal, needs a line | equal, needs a line |
 * | CII | equal to the sums rounded to 2 decimals, by rate | never fails | within ±1 of the rounded sums | equal to the rounded sums |
 * | model | equal to the rounded sums, by rate | same as S | equal to the rounded sums | same |
 *
 * "Within ±1" is strict (|BT-116 − sums| < 1); "needs a line": the UBL test has no true branch for a
 * document without lines. A breakdown without rate passes the by-rate tests (`every $rate in ()`);
 * a missing taxable amount fails; an unreadable amount or rate that enters the sums fails (the
 * schematron cannot cast it). Neither artefact filters the summed places on the tax scheme (UBL)
 * or type (CII): a line or allowance whose category is outside VAT still counts; the CII contexts
 * of S and Z do not filter the breakdown either.
 */
import type { LocalizedText } from '../../../i18n/text';
import { type Decimal, round2 } from '../../../model';
import type { Rule, RuleContext, Violation } from '../../rule';
import { decimalOfDouble, xsDouble } from '../business/xpath-numbers';
import { categoryLabel, type VatCategory, type VatCategoryCode } from './categories';
import { breakdownMatch, type Dialect, dialectOf, sumMatch } from './dialect';
import { ExactSum } from './exact-sum';
import { DecimalTerm, type NumberTerm } from './number-term';
import type { Breakdown, CategoryUsage, TaxedItem } from './usage';
import { vatUsage } from './usage';
import { plain, shown, vatRule } from './vat-rule';

interface TaxableTest {
  readonly tolerance: 'exact' | 'below-one';
  readonly roundSums: boolean;
  readonly byRate: boolean;
  /**
   * `lines`: fails when the document has no line at all; `rate`: fails unless a line, allowance or
   * charge of the category has the breakdown's rate (UBL, S).
   */
  readonly needs: 'nothing' | 'lines' | 'rate';
  /**
   * CII compares the breakdown's untyped amount (`ram:BasisAmount = …`), which casts it to
   * xs:double: `1e2` the model refused is 100 there. UBL casts it to xs:decimal.
   */
  readonly untypedTaxable: boolean;
}

const BY_RATE: ReadonlySet<VatCategoryCode> = new Set(['S', 'L', 'M']);

function testOf(code: VatCategoryCode, dialect: Dialect): TaxableTest | 'never-fails' {
  const byRate = BY_RATE.has(code);
  switch (dialect) {
    case 'ubl':
      if (code === 'S') {
        return {
          tolerance: 'below-one',
          roundSums: false,
          byRate,
          needs: 'rate',
          untypedTaxable: false,
        };
      }
      return {
        tolerance: byRate ? 'below-one' : 'exact',
        roundSums: false,
        byRate,
        needs: 'lines',
        untypedTaxable: false,
      };
    case 'cii':
      // The L and M contexts are the tax element, whose parent has no rate: `every` over nothing.
      if (code === 'L' || code === 'M') return 'never-fails';
      return {
        tolerance: byRate || code === 'O' ? 'exact' : 'below-one',
        roundSums: true,
        byRate,
        needs: 'nothing',
        untypedTaxable: true,
      };
    case 'model':
      return {
        tolerance: 'exact',
        roundSums: true,
        byRate,
        needs: 'nothing',
        untypedTaxable: false,
      };
  }
}

interface Sums {
  readonly lines: Decimal;
  readonly charges: Decimal;
  readonly allowances: Decimal;
}

interface Unreadable {
  readonly unreadable: TaxedItem;
  readonly what: 'amount' | 'rate';
  readonly value: NumberTerm;
}

type SumResult =
  | { readonly ok: true; readonly sums: Sums; readonly matched: number; readonly others: number }
  | ({ readonly ok: false } & Unreadable);

function sumOf(
  items: readonly TaxedItem[],
  rate: string | undefined,
  rateOf: (item: TaxedItem) => NumberTerm,
  round: boolean,
): { total: Decimal; count: number } | Unreadable {
  const total = new ExactSum();
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TaxedItem;
    if (rate !== undefined) {
      const itemRate = rateOf(item);
      if (itemRate.state === 'malformed')
        return { unreadable: item, what: 'rate', value: itemRate };
      if (itemRate.state !== 'value' || itemRate.key !== rate) continue;
    }
    count++;
    if (item.amount.state === 'malformed') {
      return { unreadable: item, what: 'amount', value: item.amount };
    }
    if (item.amount.state === 'value') total.add(item.amount.text);
  }
  const sum = total.toDecimal();
  return { total: round ? round2(sum) : sum, count };
}

function sums(
  usage: CategoryUsage,
  rate: string | undefined,
  rateOf: (item: TaxedItem) => NumberTerm,
  round: boolean,
): SumResult {
  const lines = sumOf(usage.lines, rate, rateOf, round);
  if ('unreadable' in lines) return { ok: false, ...lines };
  const charges = sumOf(usage.charges, rate, rateOf, round);
  if ('unreadable' in charges) return { ok: false, ...charges };
  const allowances = sumOf(usage.allowances, rate, rateOf, round);
  if ('unreadable' in allowances) return { ok: false, ...allowances };
  return {
    ok: true,
    sums: { lines: lines.total, charges: charges.total, allowances: allowances.total },
    matched: lines.count,
    others: charges.count + allowances.count,
  };
}

function close(taxable: Decimal, expected: Decimal, test: TaxableTest): boolean {
  return test.tolerance === 'exact'
    ? taxable.equals(expected)
    : taxable.minus(expected).abs().lt(1);
}

function scope(category: VatCategory, breakdownRate: NumberTerm, byRate: boolean): LocalizedText {
  const label = categoryLabel(category);
  const shownRate = byRate && breakdownRate.state === 'value' ? breakdownRate.text : undefined;
  const rate = shownRate === undefined ? '' : ` à ${shownRate} %`;
  const rateEn = shownRate === undefined ? '' : ` at ${shownRate}%`;
  return {
    fr: `la ventilation en ${label.fr}${rate}`,
    en: `the breakdown in ${label.en}${rateEn}`,
  };
}

interface Inputs {
  readonly breakdown: Breakdown;
  /** The breakdown's rate in the category (BT-119, or the rate written beside its category). */
  readonly breakdownRate: NumberTerm;
  /** The lines, allowances and charges the sums take. */
  readonly usage: CategoryUsage;
  readonly rateOf: (item: TaxedItem) => NumberTerm;
  readonly lineCount: number;
}

function check(category: VatCategory, inputs: Inputs, test: TaxableTest): Violation | undefined {
  const { breakdown, breakdownRate, usage, rateOf, lineCount } = inputs;
  const where = scope(category, breakdownRate, test.byRate);
  let rate: string | undefined;
  if (test.byRate) {
    if (breakdownRate.state === 'absent') return undefined;
    if (breakdownRate.state === 'malformed') {
      return {
        at: breakdown.rateAt,
        message: {
          fr: `Le taux (BT-119) de ${where.fr}, ${shown(breakdownRate)}, n'est pas un nombre : le montant imposable ne peut pas être contrôlé.`,
          en: `The rate (BT-119) of ${where.en}, ${shown(breakdownRate)}, is not a number: the taxable amount cannot be checked.`,
        },
      };
    }
    rate = breakdownRate.key;
  }
  if (test.needs === 'lines' && lineCount === 0) {
    return {
      at: breakdown.taxableAt,
      message: {
        fr: `La facture n'a aucune ligne : le montant imposable (BT-116) de ${where.fr} ne peut pas être la somme de ses lignes.`,
        en: `The invoice has no line: the taxable amount (BT-116) of ${where.en} cannot be the sum of its lines.`,
      },
    };
  }
  const computed = sums(usage, rate, rateOf, test.roundSums);
  if (!computed.ok) {
    const term = computed.what === 'rate' ? 'taux' : 'montant';
    const termEn = computed.what === 'rate' ? 'rate' : 'amount';
    const value = computed.what === 'rate' ? computed.unreadable.rate : computed.unreadable.amount;
    return {
      at: computed.what === 'rate' ? computed.unreadable.rateAt : computed.unreadable.amountAt,
      message: {
        fr: `Le ${term} de ${computed.unreadable.label.fr}, ${shown(value)}, n'est pas un nombre : le montant imposable (BT-116) de ${where.fr} ne peut pas être contrôlé.`,
        en: `The ${termEn} of ${computed.unreadable.label.en}, ${shown(value)}, is not a number: the taxable amount (BT-116) of ${where.en} cannot be checked.`,
      },
    };
  }
  const { lines, charges, allowances } = computed.sums;
  const expected = lines.plus(charges).minus(allowances);
  const explain: LocalizedText = {
    fr: `la somme des montants nets des lignes (${plain(lines)}) plus les frais (${plain(charges)}) moins les remises (${plain(allowances)}) au niveau du document, de cette catégorie${test.byRate ? ' et de ce taux' : ''}, donne ${plain(expected)}`,
    en: `the line net amounts (${plain(lines)}) plus the document level charges (${plain(charges)}) minus the allowances (${plain(allowances)}) of that category${test.byRate ? ' and rate' : ''} give ${plain(expected)}`,
  };
  if (test.needs === 'rate' && computed.matched + computed.others === 0) {
    return {
      at: breakdown.rateAt,
      message: {
        fr: `Aucune ligne, remise ou frais n'a la catégorie et le taux de ${where.fr} : corrigez le taux de la ventilation (BT-119) ou celui des lignes (BT-152).`,
        en: `No line, allowance or charge has the category and rate of ${where.en}: correct the breakdown's rate (BT-119) or the lines' rate (BT-152).`,
      },
    };
  }
  const taxable = test.untypedTaxable ? asDouble(breakdown.taxable) : breakdown.taxable;
  if (taxable.state !== 'value') {
    return {
      at: breakdown.taxableAt,
      message:
        taxable.state === 'absent'
          ? {
              fr: `Le montant imposable (BT-116) de ${where.fr} manque ; ${explain.fr}.`,
              en: `The taxable amount (BT-116) of ${where.en} is missing; ${explain.en}.`,
            }
          : {
              fr: `Le montant imposable (BT-116) de ${where.fr}, ${shown(taxable)}, n'est pas un nombre ; ${explain.fr}.`,
              en: `The taxable amount (BT-116) of ${where.en}, ${shown(taxable)}, is not a number; ${explain.en}.`,
            },
    };
  }
  // UBL, S: the sums of an invoice's lines, or (credit note branch, no lines of that kind) of the
  // allowances and charges alone; either one may match.
  const matches =
    close(taxable.value, expected, test) ||
    (test.needs === 'rate' &&
      computed.others > 0 &&
      close(taxable.value, charges.minus(allowances), test));
  if (matches) return undefined;
  return {
    at: breakdown.taxableAt,
    message: {
      fr: `Le montant imposable (BT-116) de ${where.fr} vaut ${taxable.text}, mais ${explain.fr}.`,
      en: `The taxable amount (BT-116) of ${where.en} is ${taxable.text}, but ${explain.en}.`,
    },
  };
}

/** A refused amount that is still an xs:double (`1e2`), as its exact decimal value. */
function asDouble(term: NumberTerm): NumberTerm {
  if (term.state !== 'malformed') return term;
  let value: number | undefined;
  try {
    value = xsDouble({ at: '', found: term.found });
  } catch {
    return term;
  }
  const exact = value === undefined ? undefined : decimalOfDouble(value);
  return exact === undefined ? term : new DecimalTerm(exact.toFixed());
}

export function taxableAmountRule(category: VatCategory): Rule {
  const label = categoryLabel(category);
  const byRate = BY_RATE.has(category.code);
  return vatRule(
    category,
    8,
    [
      'BT-116',
      'BT-118',
      ...(byRate ? ['BT-119', 'BT-152', 'BT-96', 'BT-103'] : []),
      'BT-131',
      'BT-151',
      'BT-92',
      'BT-95',
      'BT-99',
      'BT-102',
    ],
    {
      fr: `Le montant imposable (BT-116) de la ventilation en ${label.fr}${byRate ? ', pour chaque taux,' : ''} doit être la somme des montants nets des lignes (BT-131), plus les frais (BT-99), moins les remises (BT-92) au niveau du document, de cette catégorie${byRate ? ' et de ce taux' : ''}.`,
      en: `The taxable amount (BT-116) of the breakdown in ${label.en}${byRate ? ', for each rate,' : ''} must be the sum of the line net amounts (BT-131), plus the document level charges (BT-99), minus the document level allowances (BT-92), of that category${byRate ? ' and rate' : ''}.`,
    },
    (context: RuleContext) => {
      const test = testOf(category.code, dialectOf(context));
      if (test === 'never-fails') return [];
      const dialect = dialectOf(context);
      const all = vatUsage(context);
      const summed = sumMatch(dialect);
      const match = breakdownMatch(dialect, category.code);
      const inputs = {
        usage: all.of(category.code, summed),
        rateOf: (item: TaxedItem) => item.rateIn(category.code, summed),
        lineCount: all.lineCount,
      };
      const out: Violation[] = [];
      for (const breakdown of all.of(category.code, match).breakdowns) {
        const breakdownRate = breakdown.rateIn(category.code, match);
        const found = check(category, { ...inputs, breakdown, breakdownRate }, test);
        if (found) out.push(found);
      }
      return out;
    },
  );
}
