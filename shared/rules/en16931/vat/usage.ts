/**
 * What the VAT category rules read, gathered once per document (RuleContext.memo): every place a
 * VAT category is given (line, document level allowance, document level charge, VAT breakdown)
 * with its rate and amount, indexed by category code. About a hundred rules look at the same few
 * terms; walking 1,000 lines a hundred times would not do. Numbers are parsed, and pointers and
 * labels built, only when a rule asks for them.
 */
import type { LocalizedText } from '../../../i18n/text';
import {
  type DocumentAllowance,
  type DocumentCharge,
  type InvoiceLine,
  isDecimalString,
  type VatBreakdown,
} from '../../../model';
import { normalizeSpace } from '../../../xml';
import { isXmlSpace } from '../../../xml/chars';
import type { RuleContext } from '../../rule';
import { ABSENT, DecimalTerm, type NumberTerm } from './number-term';
import {
  modelCategory,
  type PlaceKind,
  type RawCategory,
  rawCategoryReader,
} from './raw-categories';

/**
 * How a rule tells which places are in a category; the artefacts differ (see raw-categories.ts):
 * - `vat`: a category of the VAT scheme whose code, space-normalised, is the code (the usual UBL
 *   filter, and the model's own reading);
 * - `any`: the same, whatever the tax scheme;
 * - `vat-as-written`, `any-as-written`: the code compared as written (CII).
 */
export type CategoryMatch = 'vat' | 'any' | 'vat-as-written' | 'any-as-written';

/** `normalize-space()`, without building a new string for a code that has no space. */
function normalized(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (isXmlSpace(text.charCodeAt(i))) return normalizeSpace(text);
  }
  return text;
}

/** Whether a category element is in `code` for this way of matching. */
export function matches(category: RawCategory, code: string, match: CategoryMatch): boolean {
  const { raw, vat } = category;
  if (raw === undefined) return false;
  switch (match) {
    case 'vat':
      return vat && normalized(raw) === code;
    case 'any':
      return normalized(raw) === code;
    case 'vat-as-written':
      return vat && raw === code;
    case 'any-as-written':
      return raw === code;
  }
}

/**
 * The rate of a place in a category: the one written beside the first category element that
 * matches (an empty element is a rate that is not a number, as for XPath), or the model's when the
 * categories are the model's own.
 */
function rateIn(
  place: {
    readonly code: string | undefined;
    readonly rate: NumberTerm;
    readonly categories: readonly RawCategory[];
  },
  code: string,
  match: CategoryMatch,
): NumberTerm {
  const { categories } = place;
  for (let i = 0; i < categories.length; i++) {
    const category = categories[i] as RawCategory;
    if (!matches(category, code, match)) continue;
    return category.written ? category.rateTerm : place.rate;
  }
  return ABSENT;
}

export type ItemKind = 'line' | 'allowance' | 'charge';

/** Where each kind of place keeps its terms in the model. */
const TERMS = {
  line: { group: 'BG-25', code: 'BG-30/BT-151', rate: 'BG-30/BT-152', amount: 'BT-131' },
  allowance: { group: 'BG-20', code: 'BT-95', rate: 'BT-96', amount: 'BT-92' },
  charge: { group: 'BG-21', code: 'BT-102', rate: 'BT-103', amount: 'BT-99' },
} as const;

/** A decimal from the model, or what the reader found instead (by the pointer it would have). */
function numberTerm(
  context: RuleContext,
  value: unknown,
  group: string,
  index: number,
  term: string,
): NumberTerm {
  if (typeof value === 'string' && isDecimalString(value)) return new DecimalTerm(value);
  const rejected =
    context.rejected.size > 0 ? context.rejected.get(`/${group}/${index}/${term}`) : undefined;
  if (rejected) return { state: 'malformed', found: rejected.found };
  // A model built by hand may hold a string the schema would refuse: unreadable, not absent.
  if (value !== undefined) return { state: 'malformed', found: String(value) };
  return ABSENT;
}

/** A line (BG-25 with BG-30), a document level allowance (BG-20) or charge (BG-21). */
export class TaxedItem {
  constructor(
    readonly kind: ItemKind,
    readonly index: number,
    /** BT-151, BT-95 or BT-102, as the model has it. */
    readonly code: string | undefined,
    /** Every category element of the place as written (from the model when there is no XML). */
    readonly categories: readonly RawCategory[],
    /** BT-152, BT-96 or BT-103. */
    readonly rate: NumberTerm,
    /** BT-131, BT-92 or BT-99. */
    readonly amount: NumberTerm,
    private readonly lineId: string | undefined,
  ) {}

  /** The rate of this place in a category (see `rateIn`). */
  rateIn(code: string, match: CategoryMatch): NumberTerm {
    return rateIn(this, code, match);
  }

  get at(): string {
    return `/${TERMS[this.kind].group}/${this.index}`;
  }
  get codeAt(): string {
    return `${this.at}/${TERMS[this.kind].code}`;
  }
  get rateAt(): string {
    return `${this.at}/${TERMS[this.kind].rate}`;
  }
  get amountAt(): string {
    return `${this.at}/${TERMS[this.kind].amount}`;
  }

  /** « la ligne 3 » / "line 3", for messages. */
  get label(): LocalizedText {
    const n = this.index + 1;
    if (this.kind === 'allowance') {
      return {
        fr: `la remise n° ${n} au niveau du document`,
        en: `document level allowance no. ${n}`,
      };
    }
    if (this.kind === 'charge') {
      return {
        fr: `les frais n° ${n} au niveau du document`,
        en: `document level charge no. ${n}`,
      };
    }
    return this.lineId === undefined
      ? { fr: `la ligne n° ${n}`, en: `line no. ${n}` }
      : { fr: `la ligne ${this.lineId}`, en: `line ${this.lineId}` };
  }
}

/** One VAT breakdown (BG-23). */
export class Breakdown {
  constructor(
    readonly index: number,
    /** BT-118 */
    readonly code: string | undefined,
    readonly categories: readonly RawCategory[],
    /** BT-119 */
    readonly rate: NumberTerm,
    /** BT-116 */
    readonly taxable: NumberTerm,
    /** BT-117 */
    readonly tax: NumberTerm,
    private readonly reasonText: boolean,
    private readonly reasonCode: boolean,
  ) {}

  /** The rate of this breakdown in a category (see `rateIn`). */
  rateIn(code: string, match: CategoryMatch): NumberTerm {
    return rateIn(this, code, match);
  }

  get at(): string {
    return `/BG-23/${this.index}`;
  }
  get codeAt(): string {
    return `${this.at}/BT-118`;
  }
  get rateAt(): string {
    return `${this.at}/BT-119`;
  }
  get taxableAt(): string {
    return `${this.at}/BT-116`;
  }
  get taxAt(): string {
    return `${this.at}/BT-117`;
  }
  /** BT-120 or BT-121 given (an empty element counts when the document has one). */
  exemptionIn(code: string, match: CategoryMatch): boolean {
    const category = this.categories.find((c) => matches(c, code, match));
    if (category?.written) return category.exemption === true;
    return this.reasonText || this.reasonCode;
  }
  /** The reason given (the text first), or where it belongs. */
  get exemptionAt(): string {
    return `${this.at}/${this.reasonCode && !this.reasonText ? 'BT-121' : 'BT-120'}`;
  }
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

/**
 * A term counts as present when the model has it, or the reader found it malformed or blank: the
 * VAT rules test identifiers, dates and exemption reasons with `exists()` (or a bare path) only.
 */
export function isPresent(context: RuleContext, at: string, value: unknown): boolean {
  return value !== undefined || context.rejected.has(at) || context.blank?.has(at) === true;
}

const EMPTY: CategoryUsage = { lines: [], allowances: [], charges: [], breakdowns: [] };

interface MutableUsage {
  lines: TaxedItem[];
  allowances: TaxedItem[];
  charges: TaxedItem[];
  breakdowns: Breakdown[];
}

type Group = InvoiceLine | DocumentAllowance | DocumentCharge;

type CategoriesOf = (
  kind: PlaceKind,
  index: number,
  code: string | undefined,
) => readonly RawCategory[];

function buildUsage(context: RuleContext): VatUsage {
  const { invoice } = context;
  const raw = rawCategoryReader(context, {
    line: invoice['BG-25']?.length ?? 0,
    allowance: invoice['BG-20']?.length ?? 0,
    charge: invoice['BG-21']?.length ?? 0,
    breakdown: invoice['BG-23']?.length ?? 0,
  });
  const categoriesOf: CategoriesOf = (kind, index, code) =>
    raw(kind, index) ?? (code === undefined ? [] : [modelCategory(code)]);

  const places: MutableUsage = {
    lines: items(context, 'line', invoice['BG-25'], categoriesOf),
    allowances: items(context, 'allowance', invoice['BG-20'], categoriesOf),
    charges: items(context, 'charge', invoice['BG-21'], categoriesOf),
    breakdowns: (invoice['BG-23'] ?? []).map((breakdown: VatBreakdown, index) => {
      const at = `/BG-23/${index}`;
      return new Breakdown(
        index,
        breakdown['BT-118'],
        categoriesOf('breakdown', index, breakdown['BT-118']),
        numberTerm(context, breakdown['BT-119'], 'BG-23', index, 'BT-119'),
        numberTerm(context, breakdown['BT-116'], 'BG-23', index, 'BT-116'),
        numberTerm(context, breakdown['BT-117'], 'BG-23', index, 'BT-117'),
        isPresent(context, `${at}/BT-120`, breakdown['BT-120']),
        isPresent(context, `${at}/BT-121`, breakdown['BT-121']),
      );
    }),
  };

  // One map per way of matching, code → places, built when a rule first asks for it; ways that
  // give the same places in this document share one map (see sameWay).
  const indexes = new Map<CategoryMatch, Map<string, MutableUsage>>();
  const way = sameWay(places);
  return {
    lineCount: places.lines.length,
    lines: places.lines,
    allowances: places.allowances,
    charges: places.charges,
    breakdowns: places.breakdowns,
    of: (code, match = 'vat') => {
      const shared = way(match);
      let index = indexes.get(shared);
      if (index === undefined) {
        index = indexFor(places, shared);
        indexes.set(shared, index);
      }
      return index.get(code) ?? EMPTY;
    },
  };
}

/** The lines, allowances or charges of the model, with their categories, rates and amounts. */
function items(
  context: RuleContext,
  kind: ItemKind,
  groups: readonly Group[] | undefined,
  categoriesOf: CategoriesOf,
): TaxedItem[] {
  const terms = TERMS[kind];
  if (!groups) return [];
  // Places mostly repeat a rate: they share its term (and the number it parses to).
  let lastRate: DecimalTerm | undefined;
  // Mapped: the list is made at its size, where pushing would grow it step by step.
  return groups.map((group, index) => {
    let code: string | undefined;
    let rate: string | undefined;
    let amount: string | undefined;
    if (kind === 'line') {
      const line = group as InvoiceLine;
      code = line['BG-30']?.['BT-151'];
      rate = line['BG-30']?.['BT-152'];
      amount = line['BT-131'];
    } else if (kind === 'allowance') {
      const allowance = group as DocumentAllowance;
      code = allowance['BT-95'];
      rate = allowance['BT-96'];
      amount = allowance['BT-92'];
    } else {
      const charge = group as DocumentCharge;
      code = charge['BT-102'];
      rate = charge['BT-103'];
      amount = charge['BT-99'];
    }
    let rateTerm: NumberTerm;
    if (lastRate !== undefined && rate === lastRate.text) rateTerm = lastRate;
    else {
      rateTerm = numberTerm(context, rate, terms.group, index, terms.rate);
      if (rateTerm instanceof DecimalTerm) lastRate = rateTerm;
    }
    return new TaxedItem(
      kind,
      index,
      code,
      categoriesOf(kind, index, code),
      rateTerm,
      numberTerm(context, amount, terms.group, index, terms.amount),
      kind === 'line' ? (group as InvoiceLine)['BT-126'] : undefined,
    );
  });
}

/**
 * The way of matching whose places are the same as `match`'s in this document: when no code has
 * a space to normalise, `as-written` gives what the normalised reading gives; when every category
 * is of the VAT scheme, `any` gives what `vat` gives. Most documents need one map for all four.
 */
function sameWay(places: MutableUsage): (match: CategoryMatch) => CategoryMatch {
  let plainCodes = true;
  let allVat = true;
  const look = (list: readonly { readonly categories: readonly RawCategory[] }[]) => {
    for (let i = 0; i < list.length; i++) {
      const { categories } = list[i] as { readonly categories: readonly RawCategory[] };
      for (let j = 0; j < categories.length; j++) {
        const { raw, vat } = categories[j] as RawCategory;
        if (raw === undefined) continue;
        if (plainCodes && normalized(raw) !== raw) plainCodes = false;
        if (!vat) allVat = false;
      }
    }
  };
  look(places.lines);
  look(places.allowances);
  look(places.charges);
  look(places.breakdowns);
  return (match) => {
    let way = match;
    if (plainCodes) way = way === 'any-as-written' ? 'any' : way === 'vat-as-written' ? 'vat' : way;
    if (allVat) way = way === 'any' ? 'vat' : way === 'any-as-written' ? 'vat-as-written' : way;
    return way;
  };
}

/** Code → places for one way of matching; a place is filed once under each of its codes. */
function indexFor(places: MutableUsage, match: CategoryMatch): Map<string, MutableUsage> {
  const index = new Map<string, MutableUsage>();
  const asWritten = match === 'vat-as-written' || match === 'any-as-written';
  const vatOnly = match === 'vat' || match === 'vat-as-written';
  const file = <K extends keyof MutableUsage>(list: K): void => {
    const filed = places[list];
    for (let i = 0; i < filed.length; i++) {
      const place = filed[i] as MutableUsage[K][number];
      const { categories } = place;
      for (let j = 0; j < categories.length; j++) {
        const { raw: written, vat } = categories[j] as RawCategory;
        if (written === undefined || (vatOnly && !vat)) continue;
        add(index, asWritten ? written : normalized(written), list, place);
      }
    }
  };
  file('lines');
  file('allowances');
  file('charges');
  file('breakdowns');
  return index;
}

function add<K extends keyof MutableUsage>(
  index: Map<string, MutableUsage>,
  code: string,
  list: K,
  place: MutableUsage[K][number],
): void {
  let usage = index.get(code);
  if (!usage) {
    usage = { lines: [], allowances: [], charges: [], breakdowns: [] };
    index.set(code, usage);
  }
  const places = usage[list] as MutableUsage[K][number][];
  // A place with two categories of the same code is filed once.
  if (places[places.length - 1] !== place) places.push(place);
}
