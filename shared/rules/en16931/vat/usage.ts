/**
 * What the VAT category rules read, gathered once per document (RuleContext.memo): every place a
 * VAT category is given (line, document level allowance, document level charge, VAT breakdown)
 * with its rate and amount already parsed, grouped by category code. About a hundred rules look
 * at the same few terms; walking 1,000 lines a hundred times would not do.
 */
import type { LocalizedText } from '../../../i18n/text';
import { Decimal, isDecimalString, pointer } from '../../../model';
import { normalizeSpace } from '../../../xml';
import type { RuleContext } from '../../rule';
import { type PlaceKind, type RawCategory, rawCategoryReader } from './raw-categories';

/** A decimal term as the rules see it: absent, present but unreadable, or a number. */
export type NumberTerm =
  | { readonly state: 'absent' }
  | { readonly state: 'malformed'; readonly found: string }
  | { readonly state: 'value'; readonly value: Decimal; readonly text: string };

const ABSENT: NumberTerm = { state: 'absent' };

export type ItemKind = 'line' | 'allowance' | 'charge';

/**
 * How a rule tells which places are in a category; the artefacts differ (see raw-categories.ts):
 * - `vat`: a category of the VAT scheme whose code, space-normalised, is the code (the usual UBL
 *   filter, and the model's own reading);
 * - `any`: the same, whatever the tax scheme;
 * - `vat-as-written`, `any-as-written`: the code compared as written (CII).
 */
export type CategoryMatch = 'vat' | 'any' | 'vat-as-written' | 'any-as-written';

/** A line (BG-25/BG-30), a document level allowance (BG-20) or charge (BG-21). */
export interface TaxedItem {
  readonly kind: ItemKind;
  readonly index: number;
  /** « la ligne 3 » / "line 3", for messages. */
  readonly label: LocalizedText;
  /** BT-151, BT-95 or BT-102. */
  readonly code: string | undefined;
  readonly codeAt: string;
  /** Every category element of the place as written (from the model when there is no XML). */
  readonly categories: readonly RawCategory[];
  /** BT-152, BT-96 or BT-103. */
  readonly rate: NumberTerm;
  readonly rateAt: string;
  /** BT-131, BT-92 or BT-99. */
  readonly amount: NumberTerm;
  readonly amountAt: string;
}

/** One VAT breakdown (BG-23). */
export interface Breakdown {
  readonly index: number;
  /** BT-118 */
  readonly code: string | undefined;
  readonly codeAt: string;
  readonly categories: readonly RawCategory[];
  /** BT-119 */
  readonly rate: NumberTerm;
  readonly rateAt: string;
  /** BT-116 */
  readonly taxable: NumberTerm;
  readonly taxableAt: string;
  /** BT-117 */
  readonly tax: NumberTerm;
  readonly taxAt: string;
  /** BT-120 or BT-121 given. */
  readonly exemptionGiven: boolean;
  /** The reason given (the text first), or where it belongs. */
  readonly exemptionAt: string;
}

/** Everything of one category code. */
export interface CategoryUsage {
  readonly lines: readonly TaxedItem[];
  readonly allowances: readonly TaxedItem[];
  readonly charges: readonly TaxedItem[];
  readonly breakdowns: readonly Breakdown[];
}

export interface VatUsage {
  readonly lineCount: number;
  readonly lines: readonly TaxedItem[];
  readonly allowances: readonly TaxedItem[];
  readonly charges: readonly TaxedItem[];
  readonly breakdowns: readonly Breakdown[];
  /** The places in one category (codes are case-sensitive), by default as the model reads them. */
  of(code: string, match?: CategoryMatch): CategoryUsage;
}

const MEMO_KEY = 'en16931/vat:usage';

export function vatUsage(context: RuleContext): VatUsage {
  const cached = context.memo.get(MEMO_KEY) as VatUsage | undefined;
  if (cached) return cached;
  const usage = buildUsage(context);
  context.memo.set(MEMO_KEY, usage);
  return usage;
}

/** A term counts as present when the model has it or the reader found it malformed. */
export function isPresent(context: RuleContext, at: string, value: unknown): boolean {
  return value !== undefined || context.rejected.has(at);
}

export function numberTerm(context: RuleContext, at: string, value: unknown): NumberTerm {
  if (typeof value === 'string' && isDecimalString(value)) {
    return { state: 'value', value: new Decimal(value), text: value };
  }
  const rejected = context.rejected.get(at);
  if (rejected) return { state: 'malformed', found: rejected.found };
  // A model built by hand may hold a string the schema would refuse: unreadable, not absent.
  if (value !== undefined) return { state: 'malformed', found: String(value) };
  return ABSENT;
}

const EMPTY: CategoryUsage = { lines: [], allowances: [], charges: [], breakdowns: [] };

function buildUsage(context: RuleContext): VatUsage {
  const { invoice } = context;
  const raw = rawCategoryReader(context);
  const categoriesOf = (kind: PlaceKind, at: string, code: string | undefined) =>
    raw(kind, at) ?? (code === undefined ? [] : [{ raw: code, vat: true }]);
  const lines: TaxedItem[] = [];
  const allowances: TaxedItem[] = [];
  const charges: TaxedItem[] = [];
  const breakdowns: Breakdown[] = [];

  (invoice['BG-25'] ?? []).forEach((line, index) => {
    const id = line['BT-126'];
    const codeAt = pointer('BG-25', index, 'BG-30', 'BT-151');
    const rateAt = pointer('BG-25', index, 'BG-30', 'BT-152');
    const amountAt = pointer('BG-25', index, 'BT-131');
    lines.push({
      kind: 'line',
      index,
      label:
        id === undefined
          ? { fr: `la ligne n° ${index + 1}`, en: `line no. ${index + 1}` }
          : { fr: `la ligne ${id}`, en: `line ${id}` },
      code: line['BG-30']?.['BT-151'],
      codeAt,
      categories: categoriesOf('line', pointer('BG-25', index), line['BG-30']?.['BT-151']),
      rate: numberTerm(context, rateAt, line['BG-30']?.['BT-152']),
      rateAt,
      amount: numberTerm(context, amountAt, line['BT-131']),
      amountAt,
    });
  });

  (invoice['BG-20'] ?? []).forEach((allowance, index) => {
    const codeAt = pointer('BG-20', index, 'BT-95');
    const rateAt = pointer('BG-20', index, 'BT-96');
    const amountAt = pointer('BG-20', index, 'BT-92');
    allowances.push({
      kind: 'allowance',
      index,
      label: {
        fr: `la remise n° ${index + 1} au niveau du document`,
        en: `document level allowance no. ${index + 1}`,
      },
      code: allowance['BT-95'],
      codeAt,
      categories: categoriesOf('allowance', pointer('BG-20', index), allowance['BT-95']),
      rate: numberTerm(context, rateAt, allowance['BT-96']),
      rateAt,
      amount: numberTerm(context, amountAt, allowance['BT-92']),
      amountAt,
    });
  });

  (invoice['BG-21'] ?? []).forEach((charge, index) => {
    const codeAt = pointer('BG-21', index, 'BT-102');
    const rateAt = pointer('BG-21', index, 'BT-103');
    const amountAt = pointer('BG-21', index, 'BT-99');
    charges.push({
      kind: 'charge',
      index,
      label: {
        fr: `les frais n° ${index + 1} au niveau du document`,
        en: `document level charge no. ${index + 1}`,
      },
      code: charge['BT-102'],
      codeAt,
      categories: categoriesOf('charge', pointer('BG-21', index), charge['BT-102']),
      rate: numberTerm(context, rateAt, charge['BT-103']),
      rateAt,
      amount: numberTerm(context, amountAt, charge['BT-99']),
      amountAt,
    });
  });

  (invoice['BG-23'] ?? []).forEach((breakdown, index) => {
    const at = (term: string) => pointer('BG-23', index, term);
    const reasonText = isPresent(context, at('BT-120'), breakdown['BT-120']);
    const reasonCode = isPresent(context, at('BT-121'), breakdown['BT-121']);
    breakdowns.push({
      index,
      code: breakdown['BT-118'],
      codeAt: at('BT-118'),
      categories: categoriesOf('breakdown', pointer('BG-23', index), breakdown['BT-118']),
      rate: numberTerm(context, at('BT-119'), breakdown['BT-119']),
      rateAt: at('BT-119'),
      taxable: numberTerm(context, at('BT-116'), breakdown['BT-116']),
      taxableAt: at('BT-116'),
      tax: numberTerm(context, at('BT-117'), breakdown['BT-117']),
      taxAt: at('BT-117'),
      exemptionGiven: reasonText || reasonCode,
      exemptionAt: at(reasonCode && !reasonText ? 'BT-121' : 'BT-120'),
    });
  });

  const index = new Map<string, MutableUsage>();
  const file = <K extends keyof MutableUsage>(
    place: { readonly categories: readonly RawCategory[] },
    list: K,
    entry: MutableUsage[K][number],
  ) => {
    const keys = new Set<string>();
    for (const { raw: written, vat } of place.categories) {
      if (written === undefined) continue;
      const normalized = normalizeSpace(written);
      keys.add(key('any', normalized));
      keys.add(key('any-as-written', written));
      if (vat) {
        keys.add(key('vat', normalized));
        keys.add(key('vat-as-written', written));
      }
    }
    for (const k of keys) {
      let usage = index.get(k);
      if (!usage) {
        usage = { lines: [], allowances: [], charges: [], breakdowns: [] };
        index.set(k, usage);
      }
      (usage[list] as MutableUsage[K][number][]).push(entry);
    }
  };
  for (const line of lines) file(line, 'lines', line);
  for (const allowance of allowances) file(allowance, 'allowances', allowance);
  for (const charge of charges) file(charge, 'charges', charge);
  for (const breakdown of breakdowns) file(breakdown, 'breakdowns', breakdown);

  return {
    lineCount: lines.length,
    lines,
    allowances,
    charges,
    breakdowns,
    of: (code, match = 'vat') => index.get(key(match, code)) ?? EMPTY,
  };
}

interface MutableUsage {
  lines: TaxedItem[];
  allowances: TaxedItem[];
  charges: TaxedItem[];
  breakdowns: Breakdown[];
}

function key(match: CategoryMatch, code: string): string {
  return `${match} ${code}`;
}
