/**
 * Document totals (BG-22): total without VAT (BT-109), VAT (BT-110), total with VAT (BT-112), paid
 * (BT-113) and amount due (BT-115). Every label reading is a candidate; among the best few of each,
 * the choice where BT-109 + BT-110 = BT-112 wins, so a line-table column headed « Total HT » does
 * not pass for the invoice's total.
 */

import { dec } from '../model/decimal';
import { type Candidate, fromHit } from './candidate';
import { findLabeled, type Hit, label, modeConfidence, type PageIndex, type Parsed } from './find';
import { type NumberStyle, parseAmountAt } from './numbers';

export type TotalTerm = 'BT-109' | 'BT-110' | 'BT-112' | 'BT-113' | 'BT-115';

const LABELS: Readonly<Record<TotalTerm, readonly RegExp[]>> = {
  'BT-109': [
    label('total\\s+net\\s+h\\.?t\\.?|net\\s+h\\.?t\\.?|total\\s+h\\.?t\\.?\\s+net'),
    label(
      'montant\\s+total\\s+h\\.?t\\.?|total\\s+h\\.?t\\.?|total\\s+hors\\s+taxes?|montant\\s+hors\\s+taxes?|total\\s+(?:excl\\.?|excluding|before|without|w/o)\\s+(?:vat|tax(?:es)?)|net\\s+total|total\\s+net',
    ),
    label(
      'montant\\s+h\\.?t\\.?|sous[- ]total(?:\\s+h\\.?t\\.?)?|subtotal|total\\s+amount\\s+excl',
    ),
  ],
  'BT-110': [
    label(
      'total\\s+(?:de\\s+la\\s+)?t\\.?v\\.?a\\.?|montant\\s+(?:total\\s+)?(?:de\\s+(?:la\\s+)?)?t\\.?v\\.?a\\.?|total\\s+(?:vat|tax(?:es)?)|vat\\s+total|tax\\s+total',
    ),
    label('taxes|tva|vat|tax'),
  ],
  'BT-112': [
    label(
      'total\\s+t\\.?t\\.?c\\.?|montant\\s+(?:total\\s+)?t\\.?t\\.?c\\.?|total\\s+toutes\\s+taxes\\s+comprises|total\\s+(?:incl\\.?|including|with)\\s+(?:vat|tax(?:es)?)|invoice\\s+total|total\\s+amount',
    ),
    label('total|montant\\s+total'),
  ],
  'BT-113': [
    label(
      'montant\\s+d[ée]j[àa]\\s+(?:pay[ée]|vers[ée]|r[ée]gl[ée])|d[ée]j[àa]\\s+(?:pay[ée]|vers[ée]|r[ée]gl[ée])|acomptes?\\s+(?:vers[ée]s?|re[çc]us?|d[ée]duits?)|paid\\s+amount|amount\\s+paid|prepaid(?:\\s+amount)?',
    ),
  ],
  'BT-115': [
    label(
      'net\\s+[àa]\\s+payer|reste\\s+[àa]\\s+payer|solde\\s+[àa]\\s+payer|montant\\s+[àa]\\s+payer|total\\s+[àa]\\s+payer|montant\\s+d[ûu]|amount\\s+due|balance\\s+due|total\\s+due|amount\\s+to\\s+pay|residual',
    ),
    label('[àa]\\s+payer|solde|balance'),
  ],
};

export interface TotalsReading {
  readonly fields: Partial<Record<TotalTerm, Candidate>>;
  /** True when BT-109 + BT-110 = BT-112 held for the chosen readings. */
  readonly consistent: boolean;
}

interface Scored {
  readonly candidate: Candidate;
  readonly score: number;
}

const KEEP = 4;

export function readTotals(
  index: PageIndex,
  style: NumberStyle,
  skip: ReadonlySet<number>,
): TotalsReading {
  const parse = (text: string): Parsed<string> | undefined => {
    const amount = parseAmountAt(text, style);
    return amount ? { value: amount.value, length: amount.length } : undefined;
  };
  const lastPage = index.layout.pages[index.layout.pages.length - 1]?.number ?? 1;
  const scoredOf = (term: TotalTerm): Scored[] =>
    dedupe(
      findLabeled(index, LABELS[term], parse, { skip })
        .map((hit) => ({
          candidate: fromHit(hit, confidenceOf(hit)),
          score: scoreOf(hit, index, lastPage),
        }))
        .sort((a, b) => b.score - a.score),
    ).slice(0, KEEP);

  const net = scoredOf('BT-109');
  const vat = scoredOf('BT-110');
  const gross = scoredOf('BT-112');
  const choice = chooseTriple(net, vat, gross);
  const fields: Partial<Record<TotalTerm, Candidate>> = {};
  if (choice.net) fields['BT-109'] = choice.net;
  if (choice.vat) fields['BT-110'] = choice.vat;
  if (choice.gross) fields['BT-112'] = choice.gross;
  const paid = scoredOf('BT-113')[0];
  if (paid) fields['BT-113'] = paid.candidate;
  const due = scoredOf('BT-115')[0];
  if (due) fields['BT-115'] = due.candidate;
  return { fields, consistent: choice.consistent };
}

function confidenceOf(hit: Hit<string>): number {
  return modeConfidence(hit.mode) - 0.1 * hit.rank;
}

/** Labels of higher rank first; then totals printed low on the last page. */
function scoreOf(hit: Hit<string>, index: PageIndex, lastPage: number): number {
  const { height } = index.pageSize(hit.label.page);
  const low = hit.label.page === lastPage ? (hit.label.baseline / height) * 0.1 : 0;
  return confidenceOf(hit) + low;
}

/** The same value read twice (label inline and in a column header) counts once. */
function dedupe(scored: readonly Scored[]): Scored[] {
  const seen = new Set<string>();
  return scored.filter(({ candidate }) => {
    const key = candidate.value;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function chooseTriple(
  net: readonly Scored[],
  vat: readonly Scored[],
  gross: readonly Scored[],
): { net?: Candidate; vat?: Candidate; gross?: Candidate; consistent: boolean } {
  const best = {
    ...(net[0] ? { net: net[0].candidate } : {}),
    ...(vat[0] ? { vat: vat[0].candidate } : {}),
    ...(gross[0] ? { gross: gross[0].candidate } : {}),
  };
  let chosen: { net?: Candidate; vat?: Candidate; gross?: Candidate; consistent: boolean } = {
    ...best,
    consistent: false,
  };
  let chosenScore = Number.NEGATIVE_INFINITY;
  for (const n of net) {
    for (const v of vat) {
      for (const g of gross) {
        const sumMatches = dec(n.candidate.value)
          .plus(dec(v.candidate.value))
          .minus(dec(g.candidate.value))
          .abs()
          .lte(0.01);
        // An unsigned VAT total printed beside negative amounts (credit notes) still adds up.
        const magnitudeMatches = dec(n.candidate.value)
          .abs()
          .plus(dec(v.candidate.value).abs())
          .minus(dec(g.candidate.value).abs())
          .abs()
          .lte(0.01);
        if (!sumMatches && !magnitudeMatches) continue;
        const score = n.score + v.score + g.score;
        if (score > chosenScore) {
          chosenScore = score;
          chosen = { net: n.candidate, vat: v.candidate, gross: g.candidate, consistent: true };
        }
      }
    }
  }
  return chosen;
}
