/**
 * Readings of CII parts that occur both at document level and in line items (references, parties,
 * VAT categories, allowances and charges), for cii.ts and cii-lines.ts.
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import { normalizeSpace } from '../lexical';
import type {
  CheckedValue,
  ObjectReference,
  PartyFacts,
  PartyRole,
  PrecedingReference,
  VatCategoryFacts,
} from './types';
import {
  first,
  firstChild,
  nextChild,
  optionalValue,
  schemedAt,
  stringValue,
  valueOfElement,
  valuesAt,
} from './walk';

export const RAM = NS.ram;

export function chargeIndicatorOf(charge: XmlElement): string | undefined {
  const indicator = first(charge, 'ram:ChargeIndicator/udt:Indicator');
  return indicator === undefined ? undefined : normalizeSpace(stringValue(indicator));
}

/**
 * A VAT category, and each of its rates for BR-FR-DEC-04. `string(ram:RateApplicablePercent)`:
 * an empty rate is no rate for BR-FR-16, but DEC-04 still checks it.
 */
export function addVatCategory(
  vatCategories: VatCategoryFacts[],
  rates: CheckedValue[],
  kind: VatCategoryFacts['kind'],
  tax: XmlElement,
  categoryMayBeAbsent: boolean,
  check: string,
  term: string,
): void {
  const firstRate = nextChild(tax, 0, RAM, 'RateApplicablePercent');
  // The first rate is BR-FR-16's and the first of DEC-04's: one value for both.
  const rate = firstRate === -1 ? undefined : valueOfElement(tax.children[firstRate] as XmlElement);
  vatCategories.push({
    kind,
    place: { node: tax },
    category: optionalValue(firstChild(tax, RAM, 'CategoryCode')),
    categoryMayBeAbsent,
    rate: rate === undefined || rate.text === '' ? undefined : rate,
  });
  if (rate === undefined) return;
  rates.push({ check, term, value: rate });
  for (let i = nextChild(tax, firstRate + 1, RAM, 'RateApplicablePercent'); i !== -1; ) {
    rates.push({ check, term, value: valueOfElement(tax.children[i] as XmlElement) });
    i = nextChild(tax, i + 1, RAM, 'RateApplicablePercent');
  }
}

export function precedingReference(reference: XmlElement): PrecedingReference {
  return {
    place: { node: reference },
    numbers: valuesAt(reference, 'ram:IssuerAssignedID'),
    dates: valuesAt(reference, 'ram:FormattedIssueDateTime/qdt:DateTimeString'),
    typeCodes: valuesAt(reference, 'ram:TypeCode'),
  };
}

export function objectReference(document: XmlElement): ObjectReference {
  const scheme = first(document, 'ram:ReferenceTypeCode');
  const typeCode = first(document, 'ram:TypeCode');
  return {
    place: { node: document },
    scheme: scheme === undefined ? undefined : stringValue(scheme),
    typeCode: typeCode === undefined ? undefined : stringValue(typeCode),
    ids: valuesAt(document, 'ram:IssuerAssignedID'),
  };
}

export function party(
  role: PartyRole,
  element: XmlElement | undefined,
  line?: string,
): PartyFacts | undefined {
  if (element === undefined) return undefined;
  return {
    role,
    place: { node: element },
    ...(line === undefined ? {} : { line }),
    ids: schemedAt(element, 'ram:GlobalID'),
    legalIds: schemedAt(element, 'ram:SpecifiedLegalOrganization/ram:ID'),
    endpoints: schemedAt(element, 'ram:URIUniversalCommunication/ram:URIID'),
  };
}
