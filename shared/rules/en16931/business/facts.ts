/**
 * What the business rules ask of the model, in the terms of the official schematron: whether a
 * term "exists", which syntax's variant of a rule applies, and the facts several rules share
 * (computed once per document through `context.memo`).
 */
import type { Invoice } from '../../../model';
import type { RuleContext } from '../../rule';

/**
 * Which schematron a rule follows. The UBL and CII artefacts sometimes test the same rule in
 * different ways (another context, another comparison): a document read from XML is judged as
 * its own schematron would; a model that came from JSON or a form follows the norm's intent,
 * which is the UBL variant unless a rule says otherwise.
 */
export type Variant = 'ubl' | 'cii' | 'model';

export function variantOf(context: RuleContext): Variant {
  return context.xml?.syntax ?? 'model';
}

/**
 * `exists(x)` / `normalize-space(x) != ''` on the model: the term has a value, or the document had
 * one the model could not hold (a malformed date is still there for the schematron).
 * `at` is the term's pointer; a repeatable term's rejected values are kept without an index.
 */
export function isPresent(context: RuleContext, at: string, value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 || context.rejected.has(at);
  return value !== undefined || context.rejected.has(at);
}

/**
 * `exists(x)` alone: as isPresent, and also when the element (or attribute) is there but blank,
 * which `normalize-space(x) != ''` would count as absent.
 */
export function exists(context: RuleContext, at: string, value: unknown): boolean {
  return isPresent(context, at, value) || context.blank?.has(at) === true;
}

/**
 * A currency code as the schematron compares it: the model's value, or the text the model refused
 * (`eur` is still compared with the amounts' `@currencyID`), or '' for a blank element (no amount
 * has that currency).
 */
export function currencyOf(context: RuleContext, term: 'BT-5' | 'BT-6'): string | undefined {
  const at = `/${term}`;
  return (
    context.invoice[term] ??
    context.rejected.get(at)?.found ??
    (context.blank?.has(at) === true ? '' : undefined)
  );
}

/** Occurrences of a repeatable group with their pointers, from its parent's pointer. */
export function occurrences<T>(
  items: readonly T[] | undefined,
  parentAt: string,
  group: string,
): readonly { readonly at: string; readonly item: T }[] {
  return (items ?? []).map((item, index) => ({ at: `${parentAt}/${group}/${index}`, item }));
}

const CATEGORIES_KEY = 'business:vat-categories';

/**
 * Every VAT category code the document uses: breakdown (BT-118), document allowances (BT-95) and
 * charges (BT-102), lines (BT-151). Shared by the split-payment rules.
 */
export function vatCategoriesUsed(context: RuleContext): ReadonlySet<string> {
  const cached = context.memo.get(CATEGORIES_KEY);
  if (cached instanceof Set) return cached as ReadonlySet<string>;
  const { invoice } = context;
  const codes = new Set<string>();
  const add = <T>(groups: readonly T[] | undefined, codeOf: (group: T) => string | undefined) => {
    if (groups === undefined) return;
    // Indexed: a loop run once per document may not be optimised, and for…of then allocates at
    // every line.
    for (let i = 0; i < groups.length; i++) {
      const code = codeOf(groups[i] as T);
      if (code !== undefined) codes.add(code);
    }
  };
  add(invoice['BG-23'], (breakdown) => breakdown['BT-118']);
  add(invoice['BG-20'], (allowance) => allowance['BT-95']);
  add(invoice['BG-21'], (charge) => charge['BT-102']);
  add(invoice['BG-25'], (line) => line['BG-30']?.['BT-151']);
  context.memo.set(CATEGORIES_KEY, codes);
  return codes;
}

/**
 * The CII schematron gives the header taxes of categories L, M and O (VAT) to the rules of those
 * categories, which come first in its pattern: in Schematron a node is checked by the first rule
 * whose context matches, so BR-45…BR-48, BR-CO-03, BR-CO-17, BR-DEC-19 and BR-DEC-20 never see
 * such a tax in a CII document. The UBL schematron has no such overlap.
 */
const CII_SHADOWED_CATEGORIES: ReadonlySet<string> = new Set(['L', 'M', 'O']);

/** The VAT breakdowns a BG-23 rule looks at, with their pointers. */
export function breakdownsFor(
  context: RuleContext,
): readonly { readonly at: string; readonly item: NonNullable<Invoice['BG-23']>[number] }[] {
  const all = occurrences(context.invoice['BG-23'], '', 'BG-23');
  if (variantOf(context) !== 'cii') return all;
  return all.filter(({ item }) => !CII_SHADOWED_CATEGORIES.has(item['BT-118'] ?? ''));
}
