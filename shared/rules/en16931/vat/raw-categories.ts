/**
 * The VAT category elements of a line, allowance, charge or breakdown as the document writes them.
 *
 * The model keeps one category per place, trimmed, and only from a tax category of the VAT
 * scheme (the reader applies the schematron's usual filter). Several VAT category rules look
 * wider: the UBL sums of BR-x-08 and the whole of BR-S-01 take categories of any tax scheme, the
 * CII artefact compares `ram:CategoryCode` as written (no normalize-space) and often without its
 * `ram:TypeCode`, BR-AF-01 compares the UBL breakdown's `cbc:ID` as written. So, for a document
 * read from XML, each place also gets every category element it has: the code as written (or
 * none when the element has no code) and whether it belongs to VAT.
 *
 * The places' elements are enumerated as the reader's binding does (see rawCategoryReader).
 */

import {
  chargeIndicatorOf as ciiChargeIndicatorOf,
  isVatTax,
} from '../../../syntax/cii/predicates';
import { NS } from '../../../syntax/namespaces';
import {
  PREDICATES,
  chargeIndicatorOf as ublChargeIndicatorOf,
} from '../../../syntax/ubl/predicates';
import { child, children, type XmlElement } from '../../../xml';
import type { SourceLocation } from '../../finding';
import type { RuleContext } from '../../rule';
import { ABSENT, type NumberTerm, writtenRate } from './number-term';

export interface RawCategory {
  /** String value of `cbc:ID` / `ram:CategoryCode`, untouched; undefined without the element. */
  readonly raw: string | undefined;
  /** UBL: a tax scheme `VAT`; CII: `ram:TypeCode` VAT. */
  readonly vat: boolean;
  /**
   * Read from the document: the rate and exemption below are the elements' (an empty element is
   * there, as XPath sees it). Otherwise the category is the model's own and those come from it.
   */
  readonly written: boolean;
  /** String value of the rate beside it (`cbc:Percent` / `ram:RateApplicablePercent`), if any. */
  readonly rate?: string | undefined;
  /**
   * That rate as a number, read once for all the rules that ask (absent without a rate element,
   * or when the category is the model's own).
   */
  readonly rateTerm: NumberTerm;
  /** An exemption reason element beside it, text or code (breakdowns). */
  readonly exemption?: boolean;
}

export type PlaceKind = 'line' | 'allowance' | 'charge' | 'breakdown';

/** Returns the raw categories of a place, or undefined when the model did not come from XML. */
export type RawCategoryReader = (
  kind: PlaceKind,
  index: number,
) => readonly RawCategory[] | undefined;

/** A category the model holds, for a place not read from XML. */
export function modelCategory(code: string): RawCategory {
  return { raw: code, vat: true, written: false, rateTerm: ABSENT };
}

const NO_CATEGORIES: readonly RawCategory[] = [];

/** A category read from the document. */
function writtenCategory(
  raw: string | undefined,
  vat: boolean,
  rate: string | undefined,
  exemption: boolean,
): RawCategory {
  const rateTerm = rate === undefined ? ABSENT : writtenRate(rate);
  return { raw, vat, written: true, rate, rateTerm, exemption };
}

/**
 * The category lists of one document. Consecutive places mostly have the same single category
 * (every line in S at 20 %): such a place shares the previous one's list, so that a 1,000-line
 * invoice holds a few lists rather than a thousand, and its rate is read once.
 */
class CategoryLists {
  private last: readonly [RawCategory] | undefined;

  /** The list of a place with this one category (a property: passed around, bound once). */
  readonly single = (
    raw: string | undefined,
    vat: boolean,
    rate: string | undefined,
    exemption: boolean,
  ): readonly RawCategory[] => {
    const last = this.last?.[0];
    if (
      last !== undefined &&
      last.raw === raw &&
      last.vat === vat &&
      last.rate === rate &&
      last.exemption === exemption
    ) {
      return this.last as readonly [RawCategory];
    }
    const list: [RawCategory] = [writtenCategory(raw, vat, rate, exemption)];
    this.last = list;
    return list;
  };
}

/**
 * UBL `cac:TaxScheme/normalize-space(upper-case(cbc:ID)) = 'VAT'`, the reader's filter; the plain
 * `VAT` is answered without building strings.
 */
function isUblVatScheme(scheme: XmlElement): boolean {
  const id = child(scheme, NS.cbc, 'ID');
  if (id === undefined) return false;
  return id.text === 'VAT' || PREDICATES['vat-scheme'].test(scheme.parent as XmlElement);
}

/** Builds a category, or the list of a place with that one category, from what was read. */
type CategoryMaker<T> = (
  raw: string | undefined,
  vat: boolean,
  rate: string | undefined,
  exemption: boolean,
) => T;

/** One pass over a UBL tax category's children. */
function ublCategory<T>(category: XmlElement, make: CategoryMaker<T>): T {
  let raw: string | undefined;
  let rate: string | undefined;
  let vat = false;
  let exemption = false;
  const list = category.children;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as XmlElement;
    if (c.namespace === NS.cbc) {
      if (c.localName === 'ID') raw ??= c.text;
      else if (c.localName === 'Percent') rate ??= c.text;
      else if (c.localName === 'TaxExemptionReason' || c.localName === 'TaxExemptionReasonCode')
        exemption = true;
    } else if (c.namespace === NS.cac && c.localName === 'TaxScheme' && !vat) {
      vat = isUblVatScheme(c);
    }
  }
  return make(raw, vat, rate, exemption);
}

function ublCategories(
  kind: PlaceKind,
  element: XmlElement,
  lists: CategoryLists,
): readonly RawCategory[] {
  const holder = kind === 'line' ? lastChild(element, NS.cac, 'Item') : element;
  if (!holder) return NO_CATEGORIES;
  const name = kind === 'line' ? 'ClassifiedTaxCategory' : 'TaxCategory';
  const list = holder.children;
  let first: XmlElement | undefined;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as XmlElement;
    if (c.localName !== name || c.namespace !== NS.cac) continue;
    if (first !== undefined) {
      return children(holder, NS.cac, name).map((e) => ublCategory(e, writtenCategory));
    }
    first = c;
  }
  return first === undefined ? NO_CATEGORIES : ublCategory(first, lists.single);
}

/** `cac:Item` comes near the end of a line: searched from there. */
function lastChild(element: XmlElement, ns: string, local: string): XmlElement | undefined {
  const list = element.children;
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i] as XmlElement;
    if (c.localName === local && c.namespace === ns) return c;
  }
  return undefined;
}

function ciiCategories(
  kind: PlaceKind,
  element: XmlElement,
  lists: CategoryLists,
): readonly RawCategory[] {
  let taxes: XmlElement[];
  if (kind === 'breakdown') taxes = [element];
  else if (kind === 'line') {
    const settlement = child(element, NS.ram, 'SpecifiedLineTradeSettlement');
    taxes = settlement ? children(settlement, NS.ram, 'ApplicableTradeTax') : [];
  } else taxes = children(element, NS.ram, 'CategoryTradeTax');
  if (taxes.length === 1) return ciiCategory(taxes[0] as XmlElement, lists.single);
  return taxes.map((tax) => ciiCategory(tax, writtenCategory));
}

function ciiCategory<T>(tax: XmlElement, make: CategoryMaker<T>): T {
  return make(
    child(tax, NS.ram, 'CategoryCode')?.text,
    isVatTax(tax),
    child(tax, NS.ram, 'RateApplicablePercent')?.text,
    child(tax, NS.ram, 'ExemptionReason') !== undefined ||
      child(tax, NS.ram, 'ExemptionReasonCode') !== undefined,
  );
}

function before(element: XmlElement, line: number, column: number): boolean {
  return element.line < line || (element.line === line && element.column <= column);
}

/** The element whose start tag is at this place, if any. */
export function elementAt(root: XmlElement, location: SourceLocation): XmlElement | undefined {
  const { line, column } = location;
  if (line === undefined || column === undefined) return undefined;
  let current = root;
  for (;;) {
    if (current.line === line && current.column === column) return current;
    const list = current.children;
    // Last child starting at or before the place: the only one that can contain it.
    let low = 0;
    let high = list.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (before(list[middle] as XmlElement, line, column)) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found < 0) return undefined;
    current = list[found] as XmlElement;
  }
}

type Places = Record<PlaceKind, XmlElement[]>;

function emptyPlaces(): Places {
  return { line: [], allowance: [], charge: [], breakdown: [] };
}

/** UBL: the elements of BG-25, BG-20, BG-21 and BG-23, as the binding table reads them. */
function ublPlaces(root: XmlElement): Places {
  const places = emptyPlaces();
  const lineName = root.localName === 'CreditNote' ? 'CreditNoteLine' : 'InvoiceLine';
  const list = root.children;
  for (let i = 0; i < list.length; i++) {
    const element = list[i] as XmlElement;
    if (element.namespace !== NS.cac) continue;
    if (element.localName === lineName) places.line.push(element);
    else if (element.localName === 'AllowanceCharge') {
      const charge = ublChargeIndicatorOf(element);
      if (charge !== undefined) places[charge ? 'charge' : 'allowance'].push(element);
    } else if (element.localName === 'TaxTotal') {
      places.breakdown.push(...children(element, NS.cac, 'TaxSubtotal'));
    }
  }
  return places;
}

/** CII: the same groups, from the transaction and its header settlement. */
function ciiPlaces(root: XmlElement): Places {
  const places = emptyPlaces();
  for (const transaction of children(root, NS.rsm, 'SupplyChainTradeTransaction')) {
    places.line.push(...children(transaction, NS.ram, 'IncludedSupplyChainTradeLineItem'));
    for (const settlement of children(transaction, NS.ram, 'ApplicableHeaderTradeSettlement')) {
      for (const element of settlement.children) {
        if (element.namespace !== NS.ram) continue;
        if (element.localName === 'ApplicableTradeTax') places.breakdown.push(element);
        else if (element.localName === 'SpecifiedTradeAllowanceCharge') {
          const charge = ciiChargeIndicatorOf(element);
          if (charge !== undefined) places[charge ? 'charge' : 'allowance'].push(element);
        }
      }
    }
  }
  return places;
}

const GROUP_OF: Readonly<Record<PlaceKind, string>> = {
  line: 'BG-25',
  allowance: 'BG-20',
  charge: 'BG-21',
  breakdown: 'BG-23',
};

/**
 * The raw categories of each place, by the model's index. The group elements are enumerated the
 * way the reader's binding does, which gives one element per model group in the same order; when
 * the counts disagree (a reader that skipped an element), each place is found through the source
 * map instead.
 */
export function rawCategoryReader(
  context: RuleContext,
  counts: Readonly<Record<PlaceKind, number>>,
): RawCategoryReader {
  const { xml, sources } = context;
  if (!xml) return () => undefined;
  const { root } = xml.document;
  const ubl = xml.syntax === 'ubl';
  const read = ubl ? ublCategories : ciiCategories;
  const lists = new CategoryLists();
  const places = ubl ? ublPlaces(root) : ciiPlaces(root);
  return (kind, index) => {
    const listed = places[kind];
    let element: XmlElement | undefined;
    if (listed.length === counts[kind]) element = listed[index];
    else {
      const location = sources.get(`/${GROUP_OF[kind]}/${index}`);
      element = location && elementAt(root, location);
    }
    return element ? read(kind, element, lists) : undefined;
  };
}
