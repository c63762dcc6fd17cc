/**
 * The filters of the UBL binding, by name (see path.ts). Each one gives the XPath of the official
 * EN 16931 UBL schematron (validation 1.3.16) it reproduces, so that a business term read here
 * means what the business rules expect, and says what a writer must produce to satisfy it.
 */

import { normalizeSpace } from '../../xml/chars';
import { child } from '../../xml/navigate';
import type { XmlElement } from '../../xml/tree';
import { NS } from '../namespaces';

export type UblDocumentType = 'invoice' | 'credit-note';

/** What a filter may need besides the element it tests. */
export interface PredicateContext {
  readonly documentType: UblDocumentType;
  /** String value of `cbc:DocumentCurrencyCode` (BT-5), as written. */
  readonly documentCurrency: string | undefined;
  /** String value of `cbc:TaxCurrencyCode` (BT-6), as written. */
  readonly taxCurrency: string | undefined;
}

export interface Predicate {
  /** The schematron's XPath predicate this filter reproduces. */
  readonly xpath: string;
  /** What a writer puts in the element so that the filter selects it. */
  readonly write: string;
  readonly test: (element: XmlElement, context: PredicateContext) => boolean;
}

/**
 * `cbc:ChargeIndicator` as XPath 2 compares it with `true()` / `false()`: the text is cast to
 * xs:boolean, which collapses surrounding whitespace and knows `true`, `false`, `1` and `0` only.
 * `undefined` for any other text, or when the element is absent: such an allowance or charge is
 * neither (the schematron's comparison fails or raises an error on it).
 */
export function chargeIndicatorOf(allowanceCharge: XmlElement): boolean | undefined {
  const indicator = child(allowanceCharge, NS.cbc, 'ChargeIndicator');
  if (indicator === undefined) return undefined;
  const value = normalizeSpace(indicator.text);
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

/**
 * Whether the element has a tax scheme, and whether one of them is VAT:
 * `cac:TaxScheme/normalize-space(upper-case(cbc:ID))` compared with 'VAT'.
 */
function taxSchemes(element: XmlElement): 'none' | 'vat' | 'other' {
  let found: 'none' | 'vat' | 'other' = 'none';
  for (const scheme of element.children) {
    if (scheme.localName !== 'TaxScheme' || scheme.namespace !== NS.cac) continue;
    const id = child(scheme, NS.cbc, 'ID');
    if (id === undefined) continue;
    if (id.text === 'VAT' || normalizeSpace(id.text.toUpperCase()) === 'VAT') return 'vat';
    found = 'other';
  }
  return found;
}

function documentTypeCode(reference: XmlElement): string | undefined {
  return child(reference, NS.cbc, 'DocumentTypeCode')?.text;
}

function isProjectReference(reference: XmlElement, context: PredicateContext): boolean {
  return context.documentType === 'credit-note' && documentTypeCode(reference) === '50';
}

export const PREDICATES = {
  /** BT-31, BT-48, BT-63, and every VAT category (BT-95, BT-102, BT-118, BG-30). */
  'vat-scheme': {
    xpath: "[cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']",
    write: 'cac:TaxScheme/cbc:ID = VAT',
    test: (element) => taxSchemes(element) === 'vat',
  },
  /** BT-32: a tax registration under another scheme than VAT (UBL-SR-13). */
  'other-tax-scheme': {
    xpath: "[cac:TaxScheme/upper-case(cbc:ID)!='VAT']",
    write: 'cac:TaxScheme/cbc:ID = a scheme other than VAT, e.g. TAX',
    test: (element) => taxSchemes(element) === 'other',
  },
  /** BG-20, BG-27. */
  allowance: {
    xpath: '[cbc:ChargeIndicator = false()]',
    write: 'cbc:ChargeIndicator = false',
    test: (element) => chargeIndicatorOf(element) === false,
  },
  /** BG-21, BG-28. */
  charge: {
    xpath: '[cbc:ChargeIndicator = true()]',
    write: 'cbc:ChargeIndicator = true',
    test: (element) => chargeIndicatorOf(element) === true,
  },
  /** BT-90: the SEPA creditor identifier is a party identifier of scheme SEPA. */
  sepa: {
    xpath: "[@schemeID = 'SEPA']",
    write: '@schemeID = SEPA',
    test: (element) => element.attributes.some(isSepaScheme),
  },
  /** BT-29, BT-60: party identifiers other than the SEPA creditor identifier (BR-CO-26). */
  'not-sepa': {
    xpath: "[not(@schemeID = 'SEPA')]",
    write: 'no @schemeID, or one other than SEPA',
    test: (element) => !element.attributes.some(isSepaScheme),
  },
  /** BT-18, BT-128: a document reference of type 130 (UBL-SR-04, BR-CL-07). */
  'invoiced-object': {
    xpath: "[cbc:DocumentTypeCode = '130']",
    write: 'cbc:DocumentTypeCode = 130',
    test: (element) => documentTypeCode(element) === '130',
  },
  /**
   * BT-11 in a credit note: UBL 2.1 CreditNote has no cac:ProjectReference, so the project is an
   * additional document reference of type 50 (UBL-SR-43).
   */
  'project-reference': {
    xpath: "[local-name(/*) = 'CreditNote'][cbc:DocumentTypeCode = '50']",
    write: 'cbc:DocumentTypeCode = 50 (credit notes only)',
    test: isProjectReference,
  },
  /** BG-24: the additional document references that are neither BT-18 nor (credit note) BT-11. */
  'supporting-document': {
    xpath:
      "[not(cbc:DocumentTypeCode = '130')][not(local-name(/*) = 'CreditNote' and cbc:DocumentTypeCode = '50')]",
    write: 'no cbc:DocumentTypeCode (UBL-SR-43)',
    test: (element, context) =>
      documentTypeCode(element) !== '130' && !isProjectReference(element, context),
  },
  /** BT-110: the total VAT in the invoice currency (BR-CO-15). */
  'document-currency': {
    xpath: '[@currencyID = /*/cbc:DocumentCurrencyCode]',
    write: '@currencyID = BT-5',
    test: (element, context) =>
      context.documentCurrency !== undefined &&
      element.attributes.some(
        (a) =>
          a.localName === 'currencyID' &&
          a.namespace === '' &&
          a.value === context.documentCurrency,
      ),
  },
  /** BT-111: the total VAT in the VAT accounting currency (BR-53). */
  'tax-currency': {
    xpath: '[@currencyID = /*/cbc:TaxCurrencyCode]',
    write: '@currencyID = BT-6',
    test: (element, context) =>
      context.taxCurrency !== undefined &&
      element.attributes.some(
        (a) =>
          a.localName === 'currencyID' && a.namespace === '' && a.value === context.taxCurrency,
      ),
  },
  /**
   * BG-14. The document's `cac:InvoicePeriod` also carries BT-8 (`cbc:DescriptionCode`), and the
   * schematron (BR-CO-19) takes a period holding only that code for no invoicing period at all:
   * such an element is BT-8's container, not BG-14.
   */
  'invoicing-period': {
    xpath: '[exists(cbc:StartDate) or exists(cbc:EndDate) or not(exists(cbc:DescriptionCode))]',
    write: 'cbc:StartDate and/or cbc:EndDate',
    test: (element) =>
      child(element, NS.cbc, 'StartDate') !== undefined ||
      child(element, NS.cbc, 'EndDate') !== undefined ||
      child(element, NS.cbc, 'DescriptionCode') === undefined,
  },
} as const satisfies Record<string, Predicate>;

export type PredicateName = keyof typeof PREDICATES;

export function isPredicateName(name: string): name is PredicateName {
  return Object.hasOwn(PREDICATES, name);
}

function isSepaScheme(attribute: { localName: string; namespace: string; value: string }): boolean {
  return (
    attribute.localName === 'schemeID' && attribute.namespace === '' && attribute.value === 'SEPA'
  );
}
