/**
 * Readings of UBL parts that occur both at document level and in lines (references, deliveries,
 * VAT categories, allowances and charges), for ubl.ts and ubl-lines.ts.
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import { normalizeSpace } from '../lexical';
import { addChildValuesFrom, type Checked, checkedElement, vatCategoryOf } from './checked';
import type {
  CheckedValue,
  ObjectReference,
  PartyFacts,
  PrecedingReference,
  VatCategoryFacts,
} from './types';
import {
  attribute,
  first,
  firstChild,
  nextChild,
  optionalValue,
  schemedAt,
  stringValue,
  valuesAt,
} from './walk';

export const CAC = NS.cac;
export const CBC = NS.cbc;

export function chargeIndicatorOf(charge: XmlElement): string | undefined {
  const indicator = first(charge, 'cbc:ChargeIndicator');
  return indicator === undefined ? undefined : normalizeSpace(stringValue(indicator));
}

/**
 * A VAT category, and each of its rates for BR-FR-DEC-04. UBL: an absent category passes
 * (`not($categoryCode) or …`) and an empty cbc:Percent element is still checked (`not($vatRate)`
 * is false for an element).
 */
export function addVatCategory(
  vatCategories: VatCategoryFacts[],
  rates: CheckedValue[],
  kind: VatCategoryFacts['kind'],
  category: XmlElement,
  checked: Checked,
): void {
  const firstPercent = nextChild(category, 0, CBC, 'Percent');
  // The first rate is BR-FR-16's and the first of DEC-04's: one value for both.
  const rate =
    firstPercent === -1
      ? undefined
      : checkedElement(checked, category.children[firstPercent] as XmlElement);
  const code = optionalValue(firstChild(category, CBC, 'ID'));
  vatCategories.push(vatCategoryOf(kind, category, code, true, rate?.value));
  if (rate === undefined) return;
  rates.push(rate);
  const next = nextChild(category, firstPercent + 1, CBC, 'Percent');
  addChildValuesFrom(rates, category, next, CBC, 'Percent', checked);
}

export function precedingReference(reference: XmlElement): PrecedingReference {
  return {
    place: { node: reference },
    numbers: valuesAt(reference, 'cac:InvoiceDocumentReference/cbc:ID'),
    dates: valuesAt(reference, 'cac:InvoiceDocumentReference/cbc:IssueDate'),
    typeCodes: valuesAt(reference, 'cac:InvoiceDocumentReference/cbc:DocumentTypeCode'),
  };
}

export function objectReference(reference: XmlElement): ObjectReference {
  const id = first(reference, 'cbc:ID');
  const typeCode = first(reference, 'cbc:DocumentTypeCode');
  return {
    place: { node: reference },
    scheme: id === undefined ? undefined : attribute(id, 'schemeID'),
    typeCode: typeCode === undefined ? undefined : stringValue(typeCode),
    ids: valuesAt(reference, 'cbc:ID'),
  };
}

/**
 * A deliver-to place: its identifiers are `cac:DeliveryLocation/cbc:ID`, its SIREN the delivery
 * party's. The official line-level version looks one `cac:DeliveryLocation` too deep and never
 * runs (« intent »: read like the header one).
 */
export function deliveryParty(
  role: 'shipTo' | 'lineShipTo',
  delivery: XmlElement,
  line?: string,
): PartyFacts | undefined {
  const location = first(delivery, 'cac:DeliveryLocation');
  const legalIds = schemedAt(delivery, 'cac:DeliveryParty/cac:PartyLegalEntity/cbc:CompanyID');
  if (location === undefined && legalIds.length === 0) return undefined;
  return {
    role,
    place: { node: location ?? delivery },
    ...(line === undefined ? {} : { line }),
    ids: schemedAt(location, 'cbc:ID'),
    legalIds,
    endpoints: [],
  };
}
