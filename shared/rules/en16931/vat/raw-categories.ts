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
 * The place's element is found from the reader's source map (the start tag's line and column),
 * by descending the tree with a binary search among children, which are in document order.
 */

import { isVatTax } from '../../../syntax/cii/predicates';
import { NS } from '../../../syntax/namespaces';
import { PREDICATES } from '../../../syntax/ubl/predicates';
import { child, children, type XmlElement } from '../../../xml';
import type { SourceLocation } from '../../finding';
import type { RuleContext } from '../../rule';

export interface RawCategory {
  /** String value of `cbc:ID` / `ram:CategoryCode`, untouched; undefined without the element. */
  readonly raw: string | undefined;
  /** UBL: a tax scheme `VAT`; CII: `ram:TypeCode` VAT. */
  readonly vat: boolean;
}

export type PlaceKind = 'line' | 'allowance' | 'charge' | 'breakdown';

/** Returns the raw categories of a place, or undefined when the model did not come from XML. */
export type RawCategoryReader = (kind: PlaceKind, at: string) => readonly RawCategory[] | undefined;

function ublCategories(kind: PlaceKind, element: XmlElement): RawCategory[] {
  const holder = kind === 'line' ? child(element, NS.cac, 'Item') : element;
  if (!holder) return [];
  const name = kind === 'line' ? 'ClassifiedTaxCategory' : 'TaxCategory';
  return children(holder, NS.cac, name).map((category) => ({
    raw: child(category, NS.cbc, 'ID')?.text,
    vat: PREDICATES['vat-scheme'].test(category),
  }));
}

function ciiCategories(kind: PlaceKind, element: XmlElement): RawCategory[] {
  let taxes: XmlElement[];
  if (kind === 'breakdown') taxes = [element];
  else if (kind === 'line') {
    const settlement = child(element, NS.ram, 'SpecifiedLineTradeSettlement');
    taxes = settlement ? children(settlement, NS.ram, 'ApplicableTradeTax') : [];
  } else taxes = children(element, NS.ram, 'CategoryTradeTax');
  return taxes.map((tax) => ({
    raw: child(tax, NS.ram, 'CategoryCode')?.text,
    vat: isVatTax(tax),
  }));
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

export function rawCategoryReader(context: RuleContext): RawCategoryReader {
  const { xml, sources } = context;
  if (!xml) return () => undefined;
  const read = xml.syntax === 'ubl' ? ublCategories : ciiCategories;
  return (kind, at) => {
    const location = sources.get(at);
    const element = location && elementAt(xml.document.root, location);
    return element ? read(kind, element) : undefined;
  };
}
