/**
 * The filters of the CII binding (binding.ts), by name: conditions the official EN 16931 CII
 * schematron (validation 1.3.16) puts on a node before it counts as a business term, which the
 * path language of select.ts cannot say by itself (XML Schema booleans, upper-cased codes, a
 * comparison with another term). Each gives the XPath it reproduces and what a writer must produce
 * for the filter to select the node.
 */
import { child, normalizeSpace, textOf, type XmlElement } from '../../xml';
import { NS } from '../namespaces';

/** What a filter may need besides the node it tests. */
export interface CiiPredicateContext {
  /** `ram:InvoiceCurrencyCode` (BT-5) as written, surrounding spaces removed. */
  readonly invoiceCurrency: string | undefined;
  /** `ram:TaxCurrencyCode` (BT-6) as written, surrounding spaces removed. */
  readonly taxCurrency: string | undefined;
  /** The element read as BT-110, so that it is not read again as BT-111 when BT-6 = BT-5. */
  readonly invoiceCurrencyVat: XmlElement | undefined;
}

export interface CiiPredicate {
  /** The schematron's XPath predicate this filter reproduces, on the node it tests. */
  readonly xpath: string;
  /** What a writer puts in the document so that the filter selects the node. */
  readonly write: string;
  readonly test: (element: XmlElement, context: CiiPredicateContext) => boolean;
}

/**
 * `ram:ChargeIndicator/udt:Indicator` as XPath 2 compares it with `true()` / `false()`: cast to
 * xs:boolean, which knows `true`, `false`, `1` and `0` only. `undefined` for any other text or when
 * the indicator is absent: such an allowance or charge is neither.
 */
export function chargeIndicatorOf(allowanceCharge: XmlElement): boolean | undefined {
  const indicator = child(allowanceCharge, NS.ram, 'ChargeIndicator');
  const value = indicator && child(indicator, NS.udt, 'Indicator');
  const text = value === undefined ? undefined : normalizeSpace(value.text);
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

/** `upper-case(ram:TypeCode) = 'VAT'` on a `ram:ApplicableTradeTax` or `ram:CategoryTradeTax`. */
export function isVatTax(tax: XmlElement | undefined): boolean {
  return textOf(tax && child(tax, NS.ram, 'TypeCode'))?.toUpperCase() === 'VAT';
}

function currencyOf(amount: XmlElement): string | undefined {
  for (const attribute of amount.attributes) {
    if (attribute.localName === 'currencyID' && attribute.namespace === '') {
      return attribute.value.trim();
    }
  }
  return undefined;
}

export const PREDICATES = {
  /** BG-20, BG-27 (schematron contexts of BR-31…33, BR-41, BR-42). */
  allowance: {
    xpath: '[ram:ChargeIndicator/udt:Indicator = false()]',
    write: 'ram:ChargeIndicator/udt:Indicator = false',
    test: (element) => chargeIndicatorOf(element) === false,
  },
  /** BG-21, BG-28 (BR-36…38, BR-43, BR-44). */
  charge: {
    xpath: '[ram:ChargeIndicator/udt:Indicator = true()]',
    write: 'ram:ChargeIndicator/udt:Indicator = true',
    test: (element) => chargeIndicatorOf(element) === true,
  },
  /** BG-30 when a line has several taxes: the VAT one (BR-CO-04). */
  'vat-tax': {
    xpath: "[upper-case(ram:TypeCode) = 'VAT']",
    write: 'ram:TypeCode = VAT',
    test: (element) => isVatTax(element),
  },
  /** VAT category codes and rates: BT-95, BT-96, BT-102, BT-103, BT-118, BT-119, BT-151, BT-152 (BR-32, BR-47, BR-48…). */
  'in-vat-tax': {
    xpath: "[upper-case(../ram:TypeCode) = 'VAT']",
    write: 'ram:TypeCode = VAT in the same tax element',
    test: (element) => isVatTax(element.parent),
  },
  /** BT-147: the price discount is an allowance on the gross price (CII-SR-119). */
  'in-price-discount': {
    xpath: '[not(../ram:ChargeIndicator/udt:Indicator = true())]',
    write: 'ram:ChargeIndicator/udt:Indicator = false in the same ram:AppliedTradeAllowanceCharge',
    test: (element) => element.parent !== undefined && chargeIndicatorOf(element.parent) !== true,
  },
  /**
   * BG-24: the additional documents that are neither the tender or lot (BT-17, type 50) nor the
   * invoiced object (BT-18, type 130). The schematron applies the BG-24 rules (BR-52) to every
   * `ram:AdditionalReferencedDocument`; a writer gives type 916, which CII-DT-018 expects.
   */
  'supporting-document': {
    xpath: "[not(normalize-space(ram:TypeCode) = ('50', '130'))]",
    write: 'ram:TypeCode = 916',
    test: (element) => {
      const type = textOf(child(element, NS.ram, 'TypeCode'));
      return type !== '50' && type !== '130';
    },
  },
  /** BT-110: the total VAT in the invoice currency (BR-CO-15, the Tax_Total context). */
  'invoice-currency': {
    xpath: '[@currencyID = /rsm:CrossIndustryInvoice/…/ram:InvoiceCurrencyCode]',
    write: '@currencyID = BT-5',
    test: (element, context) => {
      const currency = currencyOf(element);
      return currency !== undefined && currency === context.invoiceCurrency;
    },
  },
  /** BT-111: the total VAT in the VAT accounting currency (BR-53), another element than BT-110. */
  'tax-currency': {
    xpath: '[@currencyID = /rsm:CrossIndustryInvoice/…/ram:TaxCurrencyCode]',
    write: '@currencyID = BT-6, in a second ram:TaxTotalAmount',
    test: (element, context) => {
      const currency = currencyOf(element);
      return (
        currency !== undefined &&
        currency === context.taxCurrency &&
        element !== context.invoiceCurrencyVat
      );
    },
  },
} as const satisfies Record<string, CiiPredicate>;

export type CiiPredicateName = keyof typeof PREDICATES;
