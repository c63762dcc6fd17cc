/**
 * Readings of CII parts that occur both at document level and in line items (references, parties,
 * VAT categories, allowances and charges), for cii.ts and cii-lines.ts.
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import { normalizeSpace } from '../lexical';
import { addChildValuesFrom, type Checked, checkedElement, vatCategoryOf } from './checked';
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
  checked: Checked,
): void {
  const firstRate = nextChild(tax, 0, RAM, 'RateApplicablePercent');
  // The first rate is BR-FR-16's and the first of DEC-04's: one value for both.
  const rate =
    firstRate === -1 ? undefined : checkedElement(checked, tax.children[firstRate] as XmlElement);
  const code = optionalValue(firstChild(tax, RAM, 'CategoryCode'));
  const frenchRate = rate === undefined || rate.value.text === '' ? undefined : rate.value;
  vatCategories.push(vatCategoryOf(kind, tax, code, categoryMayBeAbsent, frenchRate));
  if (rate === undefined) return;
  rates.push(rate);
  const next = nextChild(tax, firstRate + 1, RAM, 'RateApplicablePercent');
  addChildValuesFrom(rates, tax, next, RAM, 'RateApplicablePercent', checked);
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
