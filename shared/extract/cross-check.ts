/**
 * Amounts checked against each other (lines → VAT breakdown → totals) with exact decimals: what
 * adds up is surer, what does not is less sure and said. Two sign rules: a credit note printed
 * with negative amounts is brought to EN 16931's positive amounts, and a total whose sign alone
 * disagrees with the others (`Taxes 14,99` under negative totals) takes the sign they imply.
 */
import { type Decimal, dec, decimalsOf, formatDecimal, sum } from '../model/decimal';
import { adjust, type Candidate } from './candidate';
import type { LineReading } from './line-table';
import type { TotalTerm } from './totals';
import type { ExtractionWarning } from './types';
import type { VatRowReading } from './vat-table';

export interface AmountsState {
  totals: Partial<Record<TotalTerm, Candidate>>;
  rows: ScoredRow<VatRowReading>[];
  lines: ScoredRow<LineReading>[];
}

export interface ScoredRow<T> {
  readonly reading: T;
  confidence: number;
}

const CENT = 0.01;

function near(a: Decimal, b: Decimal, tolerance = CENT): boolean {
  return a.minus(b).abs().lte(tolerance);
}

function negate(value: string): string {
  return formatDecimal(dec(value).negated(), decimalsOf(value));
}

/** EN 16931 credit notes carry positive amounts: negative printed ones are turned round. */
export function normaliseCreditNote(
  state: AmountsState,
  type: string | undefined,
): ExtractionWarning[] {
  if (type !== '381') return [];
  const reference = state.totals['BT-112'] ?? state.totals['BT-109'];
  const negative = reference
    ? dec(reference.value).isNegative()
    : state.lines.length > 0 && sum(state.lines.map((line) => line.reading.net)).isNegative();
  if (!negative) return [];
  for (const term of Object.keys(state.totals) as TotalTerm[]) {
    const candidate = state.totals[term];
    if (candidate) state.totals[term] = { ...candidate, value: negate(candidate.value) };
  }
  state.rows = state.rows.map((row) => ({
    ...row,
    reading: {
      ...row.reading,
      ...(row.reading.base === undefined ? {} : { base: negate(row.reading.base) }),
      amount: negate(row.reading.amount),
    },
  }));
  state.lines = state.lines.map((line) => ({
    ...line,
    reading: { ...line.reading, net: negate(line.reading.net) },
  }));
  return [
    {
      code: 'credit-note-signs',
      message: {
        fr: "Avoir imprimé avec des montants négatifs : montants repris en positif, comme l'exige EN 16931 pour un avoir (type 381).",
        en: 'Credit note printed with negative amounts: amounts taken as positive, as EN 16931 requires for a credit note (type 381).',
      },
    },
  ];
}

/** A VAT total (or a VAT row amount) whose sign alone disagrees takes the implied sign. */
export function repairSigns(state: AmountsState): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  const { 'BT-109': net, 'BT-110': vat, 'BT-112': gross } = state.totals;
  if (net && vat && gross) {
    const implied = dec(gross.value).minus(dec(net.value));
    const printed = dec(vat.value);
    if (!implied.isZero() && near(implied.abs(), printed.abs()) && !near(implied, printed)) {
      state.totals['BT-110'] = {
        ...vat,
        value: negate(vat.value),
        confidence: vat.confidence - 0.1,
      };
      warnings.push(signWarning('BT-110'));
    }
  }
  state.rows = state.rows.map((row) => {
    if (row.reading.base === undefined) return row;
    const base = dec(row.reading.base);
    const amount = dec(row.reading.amount);
    if (amount.isZero() || base.isZero() || base.isNegative() === amount.isNegative()) return row;
    warnings.push(signWarning('BT-117'));
    return {
      ...row,
      reading: { ...row.reading, amount: negate(row.reading.amount) },
      confidence: row.confidence - 0.1,
    };
  });
  return warnings;
}

function signWarning(term: string): ExtractionWarning {
  return {
    code: 'sign-corrected',
    term,
    message: {
      fr: `${term} : signe imprimé contraire à celui des autres montants ; signe corrigé d'après les totaux.`,
      en: `${term}: printed sign contradicts the other amounts; sign corrected from the totals.`,
    },
  };
}

/** Raises or lowers confidences from the sums; returns what does not add up. */
export function crossCheck(state: AmountsState): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  const totals = state.totals;
  const { 'BT-109': net, 'BT-110': vat, 'BT-112': gross, 'BT-113': paid, 'BT-115': due } = totals;

  if (net && vat && gross) {
    const holds = near(dec(net.value).plus(dec(vat.value)), dec(gross.value));
    const delta = holds ? 0.08 : -0.15;
    totals['BT-109'] = adjust(net, delta);
    totals['BT-110'] = adjust(vat, delta);
    totals['BT-112'] = adjust(gross, delta);
    if (!holds) warnings.push(inconsistency('BT-109 + BT-110 ≠ BT-112', 'BT-112'));
  }
  const grossNow = totals['BT-112'];
  if (grossNow && due) {
    const expected = dec(grossNow.value).minus(paid ? dec(paid.value) : dec('0'));
    const holds = near(expected, dec(due.value));
    if (holds) totals['BT-115'] = adjust(due, 0.05);
    else if (paid) {
      totals['BT-115'] = adjust(due, -0.1);
      warnings.push(inconsistency('BT-112 − BT-113 ≠ BT-115', 'BT-115'));
    }
  }

  if (state.rows.length > 0) {
    for (const row of state.rows) {
      const { rate, base, amount } = row.reading;
      if (rate === undefined || base === undefined) continue;
      const computed = dec(base).times(dec(rate)).dividedBy(100);
      // Rounding per row may differ by a cent; more is a misreading.
      row.confidence += near(computed, dec(amount), 0.011) ? 0.05 : -0.15;
    }
    const netNow = totals['BT-109'];
    const vatNow = totals['BT-110'];
    const bases = sum(state.rows.map((row) => row.reading.base ?? '0'));
    const amounts = sum(state.rows.map((row) => row.reading.amount));
    if (netNow && state.rows.every((row) => row.reading.base !== undefined)) {
      const holds = near(bases, dec(netNow.value));
      for (const row of state.rows) row.confidence += holds ? 0.1 : -0.1;
      if (holds) totals['BT-109'] = adjust(netNow, 0.04);
      else warnings.push(inconsistency('Σ BT-116 ≠ BT-109', 'BG-23'));
    }
    if (vatNow) {
      const holds = near(amounts, dec(vatNow.value));
      for (const row of state.rows) row.confidence += holds ? 0.1 : -0.1;
      if (holds) totals['BT-110'] = adjust(vatNow, 0.04);
      else warnings.push(inconsistency('Σ BT-117 ≠ BT-110', 'BG-23'));
    }
  }

  if (state.lines.length > 0) {
    const lineSum = sum(state.lines.map((line) => line.reading.net));
    const reference = totals['BT-109'];
    const holds = reference ? near(lineSum, dec(reference.value)) : false;
    for (const line of state.lines) {
      line.confidence += holds ? 0.1 : 0;
      const { quantity, unitPrice, net: lineNet, discountPercent } = line.reading;
      if (quantity === undefined || unitPrice === undefined) continue;
      let computed = dec(quantity).times(dec(unitPrice));
      if (discountPercent !== undefined)
        computed = computed.times(dec('100').minus(dec(discountPercent))).dividedBy(100);
      line.confidence += near(computed, dec(lineNet), 0.011) ? 0.1 : -0.1;
    }
  }
  return warnings;
}

function inconsistency(what: string, term: string): ExtractionWarning {
  return {
    code: 'amounts-inconsistent',
    term,
    message: {
      fr: `Montants incohérents (${what}) : vérifiez la lecture de ces montants.`,
      en: `Amounts do not add up (${what}): check how these amounts were read.`,
    },
  };
}

/**
 * With no paid amount printed, the amount due is the total with VAT (EN 16931 BR-CO-16 with
 * BT-113 and BT-114 absent). Marked derived, never presented as printed.
 */
export function deriveAmountDue(state: AmountsState): ExtractionWarning[] {
  const { 'BT-112': gross, 'BT-113': paid, 'BT-115': due } = state.totals;
  if (due || paid || !gross) return [];
  state.totals['BT-115'] = {
    ...gross,
    confidence: gross.confidence * 0.7,
    source: `= BT-112 (${gross.source})`,
    derived: true,
  };
  return [
    {
      code: 'derived-value',
      term: 'BT-115',
      message: {
        fr: "Montant à payer non imprimé : repris du total TTC, aucun acompte n'étant imprimé.",
        en: 'Amount due not printed: taken from the total with VAT, as no prepayment is printed.',
      },
    },
  ];
}

/**
 * VAT printed as total lines (`TVA 20 % : 20,00 €`): a single line without its base applies to the
 * whole total without VAT; the VAT total, when not printed, is the single line's amount, or the
 * sum of the lines (derived).
 */
export function completeVatLines(state: AmountsState): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  const [only] = state.rows;
  const net = state.totals['BT-109'];
  if (state.rows.length === 1 && only && only.reading.base === undefined && net) {
    state.rows = [
      { reading: { ...only.reading, base: net.value }, confidence: only.confidence - 0.1 },
    ];
    warnings.push({
      code: 'derived-value',
      term: 'BT-116',
      message: {
        fr: 'Base de TVA non imprimée : taux unique, base reprise du total HT.',
        en: 'VAT base not printed: single rate, base taken from the total without VAT.',
      },
    });
  }
  if (!state.totals['BT-110'] && state.rows.length > 0) {
    const first = state.rows[0] as ScoredRow<VatRowReading>;
    const amounts = state.rows.map((row) => row.reading.amount);
    const derived = state.rows.length > 1;
    state.totals['BT-110'] = {
      value: derived ? formatDecimal(sum(amounts), 2) : first.reading.amount,
      confidence: derived ? 0.5 : 0.7,
      segments: state.rows.flatMap((row) => row.reading.segments),
      source: state.rows.map((row) => row.reading.source).join(' + '),
      ...(derived ? { derived: true } : {}),
    };
    if (derived) {
      warnings.push({
        code: 'derived-value',
        term: 'BT-110',
        message: {
          fr: 'Total de TVA non imprimé : somme des lignes de TVA.',
          en: 'VAT total not printed: sum of the VAT lines.',
        },
      });
    }
  }
  return warnings;
}
