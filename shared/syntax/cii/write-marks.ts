/**
 * The writer's side of the CII binding's filters: for each named filter of predicates.ts (`where`,
 * `prefer`) and each literal predicate of a path (`[ram:TypeCode='130']`, `[@schemeID='VA']`),
 * what an element must hold for the reader to select it. `predicates.ts` says it in words
 * (`write`); this says it as data the tree builder applies.
 *
 * The filters that test an element's parent (`in-vat-tax`, `in-price-discount`) become a mark on
 * that parent: see `parentMarkOf`.
 */
import type { Invoice } from '../../model';
import type { Mark } from '../write-tree';
import type { CiiPredicateName } from './predicates';

/** The type code of a supporting document (BG-24), which CII-DT-018 expects. */
export const SUPPORTING_DOCUMENT_TYPE = '916';

const CHARGE_INDICATOR = ['ram:ChargeIndicator', 'udt:Indicator'];

type ElementFilter = Exclude<CiiPredicateName, 'in-vat-tax' | 'in-price-discount'>;

export function ciiMarks(invoice: Invoice): Readonly<Record<ElementFilter, Mark>> {
  return {
    allowance: { key: 'allowance', children: [[CHARGE_INDICATOR, 'false']] },
    charge: { key: 'charge', children: [[CHARGE_INDICATOR, 'true']] },
    'vat-tax': { key: 'vat-tax', children: [[['ram:TypeCode'], 'VAT']] },
    'supporting-document': {
      key: 'supporting-document',
      children: [[['ram:TypeCode'], SUPPORTING_DOCUMENT_TYPE]],
    },
    'invoice-currency': {
      key: 'invoice-currency',
      attributes: [['currencyID', invoice['BT-5']]],
    },
    'tax-currency': { key: 'tax-currency', attributes: [['currencyID', invoice['BT-6']]] },
  };
}

/** The filters on a value's parent element, as the mark that parent must carry. */
export function parentMarkOf(
  where: CiiPredicateName,
): Extract<ElementFilter, 'vat-tax' | 'allowance'> | undefined {
  if (where === 'in-vat-tax') return 'vat-tax';
  // BT-147: the price discount is read unless its indicator is true; a writer says false.
  if (where === 'in-price-discount') return 'allowance';
  return undefined;
}

/** A literal predicate of a binding path: `[p:Name='v']` (a child) or `[@name='v']` (an attribute). */
export function literalMark(predicate: {
  readonly on: 'attribute' | 'child';
  readonly name: string;
  readonly literal: string;
}): Mark {
  const key = `${predicate.on === 'attribute' ? '@' : ''}${predicate.name}=${predicate.literal}`;
  return predicate.on === 'attribute'
    ? { key, attributes: [[predicate.name, predicate.literal]] }
    : { key, children: [[[predicate.name], predicate.literal]] };
}
