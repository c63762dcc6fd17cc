/**
 * EXTENDED 1.09 document totals (BR-FXEXT-CO-10…16, replacing BR-CO-10…16): each total may differ
 * from what its parts give by 0.01 per amount added, only DETAIL lines count, logistics service
 * charges (BT-X-272) count as charges, and the amount due adds third-party amounts.
 *
 * The sums of untyped amounts are doubles in the schematron (`sum(ram:ActualAmount) * 10 * 10`),
 * rounded and then cast with `xs:decimal()` (the exact value of the binary number); the casts
 * written `xs:decimal(x)` are exact decimals. Both are reproduced.
 */
import type { LocalizedText } from '../../../i18n/text';
import { Decimal } from '../../../model';
import type { XmlElement } from '../../../xml';
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { profileRule, text } from '../define';
import {
  decimalOfDouble,
  kid,
  kids,
  optionalDecimal,
  roundCentsDouble,
  shown,
  stringValue,
  sumDecimals,
  sumDoubles,
  UncastableValue,
} from '../xpath';
import { type AllowanceCharge, type ExtendedFacts, extendedFacts, indicatorIs } from './facts';

const CENT = new Decimal('0.01');

/**
 * `xs:decimal(round(sum(x) * 100) div 100)` (or `* 10 * 10`) with x untyped: in doubles, then
 * cast.
 */
function roundedDoubleSum(nodes: readonly XmlElement[], by: 100 | '10*10'): Decimal {
  const value = decimalOfDouble(roundCentsDouble(sumDoubles(nodes), by));
  if (value !== undefined) return value;
  // An infinite sum (`1e400`, `INF`) cannot be cast to xs:decimal: an XPath error.
  const [culprit = nodes[0]] = nodes.filter((n) => !Number.isFinite(sumDoubles([n])));
  if (culprit === undefined) throw new Error('An empty sum is 0, never infinite.');
  throw new UncastableValue(culprit, 'nombre infini', 'infinite number');
}

function amountsOf(items: readonly { readonly amounts: readonly XmlElement[] }[]): XmlElement[] {
  return items.flatMap((i) => i.amounts);
}

function allowancesOf(facts: ExtendedFacts): AllowanceCharge[] {
  return facts.allowanceCharges.filter((a) => indicatorIs(a, 'false'));
}

function chargesOf(facts: ExtendedFacts): AllowanceCharge[] {
  return facts.allowanceCharges.filter((a) => indicatorIs(a, 'true'));
}

/** `//ram:SpecifiedTradeSettlementHeaderMonetarySummation` of the transaction. */
function summationOf(facts: ExtendedFacts): XmlElement | undefined {
  return kid(facts.settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
}

interface TotalCheck {
  readonly declared: Decimal | undefined;
  readonly computed: Decimal;
  readonly count: number;
}

function totalRule(
  id: string,
  bt: readonly string[],
  message: LocalizedText,
  term: {
    readonly id: string;
    readonly fr: string;
    readonly en: string;
    readonly parts: LocalizedText;
  },
  compute: (facts: ExtendedFacts, summation: XmlElement) => TotalCheck | 'not-applicable',
): Rule {
  return profileRule({
    id,
    bt,
    message,
    check: (root, context: RuleContext) => {
      const facts = extendedFacts(root, context);
      const summation = summationOf(facts);
      if (summation === undefined) return NONE;
      const result = compute(facts, summation);
      if (result === 'not-applicable') return NONE;
      return gapViolation(summation, term, result);
    },
  });
}

function gapViolation(
  summation: XmlElement,
  term: {
    readonly id: string;
    readonly fr: string;
    readonly en: string;
    readonly parts: LocalizedText;
  },
  { declared, computed, count }: TotalCheck,
): readonly Violation[] {
  const node = kids(summation, localOf(term.id))[0] ?? summation;
  if (declared === undefined) {
    return [
      {
        node,
        message: text(
          `${capitalised(term.fr)} (${term.id}) manque : indiquez-le.`,
          `${capitalised(term.en)} (${term.id}) is missing: give it.`,
        ),
      },
    ];
  }
  const gap = declared.minus(computed).abs();
  const tolerance = CENT.times(count);
  if (gap.lte(tolerance)) return NONE;
  return [
    {
      node,
      message: text(
        `${capitalised(term.fr)} (${term.id}) vaut ${shown(declared)}, mais ${term.parts.fr} donnent ${shown(computed)} : l'écart de ${shown(gap)} dépasse la tolérance de ${shown(tolerance)} (0,01 par montant).`,
        `${capitalised(term.en)} (${term.id}) is ${shown(declared)}, but ${term.parts.en} give ${shown(computed)}: the gap of ${shown(gap)} exceeds the tolerance of ${shown(tolerance)} (0.01 per amount).`,
      ),
    },
  ];
}

const ELEMENT_OF_TERM: Readonly<Record<string, string>> = {
  'BT-106': 'LineTotalAmount',
  'BT-107': 'AllowanceTotalAmount',
  'BT-108': 'ChargeTotalAmount',
  'BT-109': 'TaxBasisTotalAmount',
  'BT-112': 'GrandTotalAmount',
};

function localOf(term: string): string {
  return ELEMENT_OF_TERM[term] ?? '';
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** BR-FXEXT-CO-10: BT-106 = Σ BT-131 of DETAIL lines; tolerance counts every line. */
const CO_10 = totalRule(
  'BR-FXEXT-CO-10',
  ['BT-106', 'BT-131'],
  text(
    'La somme des montants nets des lignes (BT-106) doit égaler la somme des montants nets des lignes de détail (BT-131), à 0,01 près par ligne.',
    'The sum of invoice line net amounts (BT-106) must equal the sum of the net amounts of the detail lines (BT-131), within 0.01 per line.',
  ),
  {
    id: 'BT-106',
    fr: 'la somme des montants nets des lignes',
    en: 'the sum of invoice line net amounts',
    parts: { fr: 'les lignes de détail', en: 'the detail lines' },
  },
  (facts, summation) => ({
    declared: optionalDecimal(kids(summation, 'LineTotalAmount')),
    computed: roundedDoubleSum(amountsOf(facts.detailLines), 100),
    count: facts.lines.length,
  }),
);

/** BR-FXEXT-CO-11: BT-107 = Σ BT-92. */
const CO_11 = totalRule(
  'BR-FXEXT-CO-11',
  ['BT-107', 'BT-92'],
  text(
    'Le total des remises au niveau du document (BT-107) doit égaler la somme des remises (BT-92), à 0,01 près par remise.',
    'The sum of document-level allowances (BT-107) must equal the sum of the allowance amounts (BT-92), within 0.01 per allowance.',
  ),
  {
    id: 'BT-107',
    fr: 'le total des remises',
    en: 'the sum of allowances',
    parts: { fr: 'les remises du document', en: 'the document allowances' },
  },
  (facts, summation) => {
    const allowances = allowancesOf(facts);
    const declared = kids(summation, 'AllowanceTotalAmount');
    if (allowances.length === 0 && declared.length === 0) return 'not-applicable';
    return {
      declared: optionalDecimal(declared),
      computed: roundedDoubleSum(amountsOf(allowances), '10*10'),
      count: allowances.length,
    };
  },
);

/** Σ BT-99 and Σ BT-X-272, each rounded as a double sum, added as decimals. */
function chargesTotal(facts: ExtendedFacts): Decimal {
  return roundedDoubleSum(amountsOf(chargesOf(facts)), 100).plus(
    roundedDoubleSum(amountsOf(facts.logistics), '10*10'),
  );
}

/** BR-FXEXT-CO-12: BT-108 = Σ BT-99 + Σ BT-X-272. */
const CO_12 = totalRule(
  'BR-FXEXT-CO-12',
  ['BT-108', 'BT-99', 'BT-X-272'],
  text(
    'Le total des frais au niveau du document (BT-108) doit égaler la somme des frais (BT-99) et des frais de service logistique (BT-X-272), à 0,01 près par montant.',
    'The sum of document-level charges (BT-108) must equal the sum of the charges (BT-99) and logistics service charges (BT-X-272), within 0.01 per amount.',
  ),
  {
    id: 'BT-108',
    fr: 'le total des frais',
    en: 'the sum of charges',
    parts: {
      fr: 'les frais et frais logistiques du document',
      en: 'the document charges and logistics charges',
    },
  },
  (facts, summation) => {
    const charges = chargesOf(facts);
    const declared = kids(summation, 'ChargeTotalAmount');
    if (charges.length === 0 && declared.length === 0) return 'not-applicable';
    return {
      declared: optionalDecimal(declared),
      computed: chargesTotal(facts),
      count: charges.length + facts.logistics.length,
    };
  },
);

/** Lines (DETAIL), allowances, charges and logistics charges: the amounts CO-13 and CO-15 count. */
function documentCount(facts: ExtendedFacts): number {
  return (
    facts.detailLines.length +
    allowancesOf(facts).length +
    chargesOf(facts).length +
    facts.logistics.length
  );
}

/** BR-FXEXT-CO-13: BT-109 = Σ BT-131 (DETAIL) − Σ BT-92 + Σ BT-99 + Σ BT-X-272. */
const CO_13 = totalRule(
  'BR-FXEXT-CO-13',
  ['BT-109', 'BT-131', 'BT-92', 'BT-99', 'BT-X-272'],
  text(
    'Le total HT (BT-109) doit égaler la somme des lignes de détail (BT-131) moins les remises (BT-92) plus les frais (BT-99, BT-X-272) du document, à 0,01 près par montant.',
    'The total without VAT (BT-109) must equal the sum of the detail lines (BT-131) minus the allowances (BT-92) plus the charges (BT-99, BT-X-272) of the document, within 0.01 per amount.',
  ),
  {
    id: 'BT-109',
    fr: 'le total HT',
    en: 'the total without VAT',
    parts: {
      fr: 'les lignes de détail moins les remises plus les frais',
      en: 'the detail lines minus allowances plus charges',
    },
  },
  (facts, summation) => ({
    declared: optionalDecimal(kids(summation, 'TaxBasisTotalAmount')),
    computed: roundedDoubleSum(amountsOf(facts.detailLines), 100)
      .minus(roundedDoubleSum(amountsOf(allowancesOf(facts)), '10*10'))
      .plus(chargesTotal(facts)),
    count: documentCount(facts),
  }),
);

/**
 * BR-FXEXT-CO-15: BT-112 = BT-109 + BT-110 (the VAT total in the invoice currency, which must be
 * there once). The file binds BT-110 in a `for` clause: without it, nothing is returned and the
 * assertion fails, although its last branch was meant for that case.
 */
const CO_15 = profileRule({
  id: 'BR-FXEXT-CO-15',
  bt: ['BT-112', 'BT-109', 'BT-110'],
  message: text(
    'Le total TTC (BT-112) doit égaler le total HT (BT-109) plus le total de TVA dans la devise de la facture (BT-110), à 0,01 près par montant ; BT-110 doit figurer une fois.',
    'The total with VAT (BT-112) must equal the total without VAT (BT-109) plus the VAT total in the invoice currency (BT-110), within 0.01 per amount; BT-110 must be given once.',
  ),
  check: (root, context) => {
    const facts = extendedFacts(root, context);
    const summation = summationOf(facts);
    if (summation === undefined) return NONE;
    const currencies = kids(facts.settlement, 'InvoiceCurrencyCode');
    if (currencies.length === 0) return [{ node: summation, message: CURRENCY_MISSING }];
    const found: Violation[] = [];
    for (const currency of currencies) {
      const code = stringValue(currency);
      const base = optionalDecimal(kids(summation, 'TaxBasisTotalAmount'));
      const inCurrency = kids(summation, 'TaxTotalAmount').filter((t) =>
        t.attributes.some(
          (a) => a.localName === 'currencyID' && a.namespace === '' && a.value === code,
        ),
      );
      const vat = inCurrency.length === 1 ? optionalDecimal(inCurrency) : undefined;
      const grand = optionalDecimal(kids(summation, 'GrandTotalAmount'));
      if (base === undefined || grand === undefined || inCurrency.length === 0) {
        found.push({ node: summation, message: TOTALS_MISSING });
        continue;
      }
      if (vat === undefined) {
        // Several BT-110 in the invoice currency: xs:decimal() of two nodes is an XPath error.
        found.push({ node: inCurrency[1] ?? summation, message: TOTALS_MISSING });
        continue;
      }
      const gap = grand.minus(vat).minus(base).abs();
      const tolerance = CENT.times(documentCount(facts));
      if (gap.lte(tolerance)) continue;
      found.push({
        node: kids(summation, 'GrandTotalAmount')[0] ?? summation,
        message: text(
          `Le total TTC (BT-112) vaut ${shown(grand)}, mais total HT + TVA donne ${shown(base.plus(vat))} : l'écart de ${shown(gap)} dépasse la tolérance de ${shown(tolerance)} (0,01 par montant).`,
          `The total with VAT (BT-112) is ${shown(grand)}, but total without VAT + VAT gives ${shown(base.plus(vat))}: the gap of ${shown(gap)} exceeds the tolerance of ${shown(tolerance)} (0.01 per amount).`,
        ),
      });
    }
    return found;
  },
});

const CURRENCY_MISSING = text(
  'Le total TTC ne peut pas être contrôlé : la devise de la facture (BT-5) manque.',
  'The total with VAT cannot be checked: the invoice currency (BT-5) is missing.',
);

const TOTALS_MISSING = text(
  'Le total TTC ne peut pas être contrôlé : il faut le total HT (BT-109), le total TTC (BT-112) et un seul total de TVA dans la devise de la facture (BT-110).',
  'The total with VAT cannot be checked: it needs the total without VAT (BT-109), the total with VAT (BT-112) and a single VAT total in the invoice currency (BT-110).',
);

/**
 * BR-FXEXT-CO-16: BT-115 = BT-112 − BT-113 + BT-114 + Σ third-party amounts
 * (`../ram:SpecifiedFinancialAdjustment/ram:ActualAmount`), exactly, in decimals.
 */
const CO_16 = profileRule({
  id: 'BR-FXEXT-CO-16',
  bt: ['BT-115', 'BT-112', 'BT-113', 'BT-114'],
  message: text(
    "Le montant à payer (BT-115) doit égaler le total TTC (BT-112) moins le montant déjà payé (BT-113) plus l'arrondi (BT-114) plus les montants perçus pour le compte de tiers.",
    'The amount due for payment (BT-115) must equal the total with VAT (BT-112) minus the paid amount (BT-113) plus the rounding amount (BT-114) plus the amounts collected on behalf of third parties.',
  ),
  check: (root, context) => {
    const facts = extendedFacts(root, context);
    const summation = summationOf(facts);
    if (summation === undefined) return NONE;
    const due = optionalDecimal(kids(summation, 'DuePayableAmount'));
    const expected = sumDecimals(kids(summation, 'GrandTotalAmount'))
      .minus(sumDecimals(kids(summation, 'TotalPrepaidAmount')))
      .plus(sumDecimals(kids(summation, 'RoundingAmount')))
      .plus(
        sumDecimals(
          kids(facts.settlement, 'SpecifiedFinancialAdjustment').flatMap((a) =>
            kids(a, 'ActualAmount'),
          ),
        ),
      );
    if (due?.eq(expected)) return NONE;
    const node = kids(summation, 'DuePayableAmount')[0] ?? summation;
    return [
      {
        node,
        message:
          due === undefined
            ? text(
                'Le montant à payer (BT-115) manque : indiquez-le.',
                'The amount due for payment (BT-115) is missing: give it.',
              )
            : text(
                `Le montant à payer (BT-115) vaut ${shown(due)}, mais le total TTC moins le déjà payé plus l'arrondi et les montants pour compte de tiers donnent ${shown(expected)}.`,
                `The amount due for payment (BT-115) is ${shown(due)}, but the total with VAT minus the paid amount plus rounding and third-party amounts gives ${shown(expected)}.`,
              ),
      },
    ];
  },
});

export const EXTENDED_TOTAL_RULES: readonly Rule[] = [CO_10, CO_11, CO_12, CO_13, CO_15, CO_16];
