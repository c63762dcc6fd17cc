import type { RuleContext } from '../../rule';
import type { CategoryMatch } from './usage';

/**
 * Whose reading of a rule applies. The official UBL and CII schematrons do not test the VAT
 * category rules the same way (tolerances, rounding, which elements count, a few tests that are
 * always true): a document keeps the verdict of its own syntax's artefact. A model that did not
 * come from XML (JSON, the portal form) is checked against the norm's wording, `model`.
 */
export type Dialect = 'ubl' | 'cii' | 'model';

export function dialectOf(context: RuleContext): Dialect {
  return context.xml?.syntax ?? 'model';
}

/**
 * Which places a rule's context takes in a category: UBL's contexts filter on the VAT scheme and
 * normalise the code's spaces; CII's compare `ram:CategoryCode` as written, within a VAT tax.
 */
export function contextMatch(dialect: Dialect): CategoryMatch {
  return dialect === 'cii' ? 'vat-as-written' : 'vat';
}

/** Which places the sums of BR-x-08 take: neither artefact filters them on the tax scheme. */
export function sumMatch(dialect: Dialect): CategoryMatch {
  switch (dialect) {
    case 'ubl':
      return 'any';
    case 'cii':
      return 'any-as-written';
    case 'model':
      return 'vat';
  }
}

/**
 * Which breakdowns BR-x-08, BR-x-09 and BR-x-10 check: as `contextMatch`, except that the CII
 * contexts of S and Z are `ram:CategoryCode[. = 'S']` alone, without the tax type.
 */
export function breakdownMatch(dialect: Dialect, code: string): CategoryMatch {
  if (dialect === 'cii' && (code === 'S' || code === 'Z')) return 'any-as-written';
  return contextMatch(dialect);
}
