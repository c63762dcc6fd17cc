/**
 * How well a PDF reading matches the Factur-X XML embedded in the same file: the XML (read by
 * readInvoice) is the truth for what the page shows. Shared by the core test (a few samples) and
 * bench/extract.bench.ts (all of them).
 *
 * Comparison, per term: amounts as decimals, dates as ISO, identifiers without spaces, dots or
 * dashes, names case-insensitively with a trailing legal form ignored (« Au bon moulin SARL » is
 * « Au bon moulin »: the form is printed with the name and rarely kept in the XML), other text
 * with spaces collapsed. The VAT breakdown matches when its rows (rate, base, amount) are the same
 * multiset; the lines when their count and net amounts match in order.
 */

import type { ExtractionResult } from '../../../shared/extract';
import { equalDecimal, type Invoice, isDecimalString } from '../../../shared/model';

export const COMPARED = [
  'BT-1',
  'BT-2',
  'BT-3',
  'BT-5',
  'BT-9',
  'BT-10',
  'BT-12',
  'BT-13',
  'BT-20',
  'BT-27',
  'BT-30',
  'BT-31',
  'BT-44',
  'BT-47',
  'BT-48',
  'BT-84',
  'BT-86',
  'BT-109',
  'BT-110',
  'BT-112',
  'BT-115',
  'BG-23',
  'BG-25',
] as const;
export type Compared = (typeof COMPARED)[number];

/** Terms whose target (≥ 95 %) is counted only on documents that print them. */
export const WHEN_PRINTED: readonly Compared[] = ['BT-30', 'BT-47'];
/** Terms whose XML value can be looked for, compacted, in the page text. */
export const SEARCHABLE: readonly Compared[] = [
  'BT-1',
  'BT-10',
  'BT-12',
  'BT-13',
  'BT-30',
  'BT-31',
  'BT-47',
  'BT-48',
  'BT-84',
  'BT-86',
];

export type Outcome =
  /** The XML has the term and the reading equals it. */
  | 'exact'
  /** The XML has the term, the reading differs. */
  | 'wrong'
  /** The XML has the term, nothing was read. */
  | 'missed'
  /** The XML does not have the term but something was read. */
  | 'extra'
  /** Neither has it. */
  | 'absent';

export interface TermOutcome {
  readonly outcome: Outcome;
  readonly expected?: string;
  readonly found?: string;
  /** For identifiers: whether the expected value is printed on the page at all. */
  readonly printed?: boolean;
}

const LEGAL_FORMS = /\s+(?:sarl|sas|sasu|sa|eurl|sci|snc|selarl|gmbh|ltd|inc|bv|srl|sl)\.?$/u;

const normalise = {
  text: (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase(),
  name: (value: string) =>
    value
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(LEGAL_FORMS, '')
      .replace(/[.,;]+$/u, ''),
  id: (value: string) => value.replace(/[\s.-]/g, '').toUpperCase(),
};

function expectedOf(invoice: Invoice, term: Compared): string | undefined {
  const seller = invoice['BG-4'];
  const buyer = invoice['BG-7'];
  const totals = invoice['BG-22'];
  const transfer = invoice['BG-16']?.['BG-17']?.[0];
  switch (term) {
    case 'BT-1':
    case 'BT-2':
    case 'BT-3':
    case 'BT-5':
    case 'BT-9':
    case 'BT-10':
    case 'BT-12':
    case 'BT-13':
    case 'BT-20':
      return invoice[term];
    case 'BT-27':
      return seller?.['BT-27'];
    case 'BT-30':
      return seller?.['BT-30']?.id;
    case 'BT-31':
      return seller?.['BT-31'];
    case 'BT-44':
      return buyer?.['BT-44'];
    case 'BT-47':
      return buyer?.['BT-47']?.id;
    case 'BT-48':
      return buyer?.['BT-48'];
    case 'BT-84':
      return transfer?.['BT-84'];
    case 'BT-86':
      return transfer?.['BT-86'];
    case 'BT-109':
    case 'BT-110':
    case 'BT-112':
    case 'BT-115':
      return totals?.[term];
    case 'BG-23':
      return vatKey(invoice['BG-23']?.map((row) => [row['BT-119'], row['BT-116'], row['BT-117']]));
    case 'BG-25':
      return linesKey(invoice['BG-25']?.map((line) => line['BT-131']));
  }
}

function foundOf(result: ExtractionResult, term: Compared): string | undefined {
  if (term === 'BG-23') {
    return vatKey(result.vatBreakdown.map((row) => [row['BT-119'], row['BT-116'], row['BT-117']]));
  }
  if (term === 'BG-25') return linesKey(result.lines.map((line) => line['BT-131']));
  return result.fields[term]?.value;
}

function canonicalAmount(value: string | undefined): string {
  if (value === undefined || !isDecimalString(value)) return value ?? '';
  return Number(value).toFixed(2);
}

/** Rows as a sorted list of `rate/base/amount`, so that order does not matter. */
function vatKey(rows: (string | undefined)[][] | undefined): string | undefined {
  if (!rows || rows.length === 0) return undefined;
  return rows
    .map((row) => row.map(canonicalAmount).join('/'))
    .sort()
    .join(' ; ');
}

function linesKey(nets: (string | undefined)[] | undefined): string | undefined {
  if (!nets || nets.length === 0) return undefined;
  return nets.map(canonicalAmount).join(' ; ');
}

function equal(term: Compared, expected: string, found: string): boolean {
  switch (term) {
    case 'BT-109':
    case 'BT-110':
    case 'BT-112':
    case 'BT-115':
      return isDecimalString(expected) && isDecimalString(found) && equalDecimal(expected, found);
    case 'BT-27':
    case 'BT-44':
      return normalise.name(expected) === normalise.name(found);
    case 'BT-30':
    case 'BT-31':
    case 'BT-47':
    case 'BT-48':
    case 'BT-84':
    case 'BT-86':
      return normalise.id(expected) === normalise.id(found);
    case 'BT-20':
      return normalise.text(expected) === normalise.text(found);
    default:
      return expected.replace(/\s+/g, ' ').trim() === found.replace(/\s+/g, ' ').trim();
  }
}

/**
 * Compares one reading with the XML. `visible` is the page text, to tell whether an expected
 * identifier is printed at all.
 */
export function compare(
  result: ExtractionResult,
  truth: Invoice,
  visible: string,
): Record<Compared, TermOutcome> {
  const compactVisible = normalise.id(visible);
  const outcomes = {} as Record<Compared, TermOutcome>;
  for (const term of COMPARED) {
    const expected = expectedOf(truth, term);
    const found = foundOf(result, term);
    const printed =
      SEARCHABLE.includes(term) && expected !== undefined
        ? compactVisible.includes(normalise.id(expected))
        : undefined;
    const base = {
      ...(expected === undefined ? {} : { expected }),
      ...(found === undefined ? {} : { found }),
      ...(printed === undefined ? {} : { printed }),
    };
    if (expected === undefined)
      outcomes[term] = { ...base, outcome: found === undefined ? 'absent' : 'extra' };
    else if (found === undefined) outcomes[term] = { ...base, outcome: 'missed' };
    else outcomes[term] = { ...base, outcome: equal(term, expected, found) ? 'exact' : 'wrong' };
  }
  return outcomes;
}

export interface FieldStats {
  /** Documents whose XML has the term (and prints it, for WHEN_PRINTED terms). */
  expected: number;
  /** Of those, documents that print it (SEARCHABLE terms only; NaN otherwise). */
  printed: number;
  found: number;
  exact: number;
  wrong: number;
  extra: number;
}

/**
 * Per-term counts over documents; `excluded(document, term)` leaves a document out of a term's
 * counts (the bench leaves out samples whose XML contradicts an identical print).
 */
export function tally(
  comparisons: readonly Record<Compared, TermOutcome>[],
  excluded: (document: number, term: Compared) => boolean = () => false,
): Record<Compared, FieldStats> {
  const stats = {} as Record<Compared, FieldStats>;
  for (const term of COMPARED) {
    const entry: FieldStats = {
      expected: 0,
      printed: SEARCHABLE.includes(term) ? 0 : Number.NaN,
      found: 0,
      exact: 0,
      wrong: 0,
      extra: 0,
    };
    for (const [document, comparison] of comparisons.entries()) {
      if (excluded(document, term)) continue;
      const { outcome, printed } = comparison[term];
      if (outcome === 'extra') entry.extra++;
      if (outcome === 'absent' || outcome === 'extra') continue;
      if (printed === false && WHEN_PRINTED.includes(term)) continue;
      entry.expected++;
      if (printed === true) entry.printed++;
      if (outcome === 'exact') entry.exact++;
      if (outcome === 'wrong') entry.wrong++;
      if (outcome !== 'missed') entry.found++;
    }
    stats[term] = entry;
  }
  return stats;
}

export function rate(stats: FieldStats): number {
  return stats.expected === 0 ? Number.NaN : stats.exact / stats.expected;
}
