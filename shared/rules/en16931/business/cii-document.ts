/**
 * Where the CII schematron tests the document rather than a value the model can hold, the rule
 * reads the document: the issue date only in format 102 (BR-03), periods compared as the texts
 * written in format 102 (BR-29, BR-30). The paths are the schematron's, from the invoice element.
 */
import { NS } from '../../../syntax/namespaces';
import { attr, select, type XmlElement } from '../../../xml';
import type { RuleContext } from '../../rule';

const TRANSACTION = '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction';
const HEADER_SETTLEMENT = `${TRANSACTION}/ram:ApplicableHeaderTradeSettlement`;

function rootOf(c: RuleContext): XmlElement | undefined {
  return c.xml?.syntax === 'cii' ? c.xml.document.root : undefined;
}

/** XPath's `normalize-space(x) != ''`: only XML white space is blank. */
function isBlankXml(text: string): boolean {
  return /^[ \t\r\n]*$/.test(text);
}

/**
 * `normalize-space(rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString[@format='102'])
 * != ''`: a date in another format, or with `format=" 102"`, is no issue date for BR-03.
 */
export function ciiIssueDateGiven(c: RuleContext): boolean {
  const root = rootOf(c);
  if (root === undefined) return false;
  const dates = select(
    root,
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString[@format='102']",
  );
  return dates.some((date) => !isBlankXml(date.text));
}

/** A `ram:BillingSpecifiedPeriod` as BR-29 and BR-30 see it. */
export interface CiiPeriod {
  readonly element: XmlElement;
  readonly hasStart: boolean;
  readonly hasEnd: boolean;
  /** Texts of the format-102 dates, as written (the comparison is on strings). */
  readonly starts: readonly string[];
  readonly ends: readonly string[];
}

/** The invoicing period (BR-29) or the line periods (BR-30). */
export function ciiPeriods(c: RuleContext, level: 'header' | 'line'): readonly CiiPeriod[] {
  const root = rootOf(c);
  if (root === undefined) return [];
  const path =
    level === 'header'
      ? `${HEADER_SETTLEMENT}/ram:BillingSpecifiedPeriod`
      : `${TRANSACTION}/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod`;
  return select(root, path).map(periodOf);
}

const NO_DATES: readonly string[] = [];

/**
 * A period read child by child, `ram:StartDateTime` and `ram:EndDateTime` with their
 * `udt:DateTimeString[@format='102']` texts in document order: four path selections per line of a
 * long invoice cost more than the rest of BR-30.
 */
function periodOf(element: XmlElement): CiiPeriod {
  let hasStart = false;
  let hasEnd = false;
  let starts: string[] | undefined;
  let ends: string[] | undefined;
  for (const c of element.children) {
    if (c.namespace !== NS.ram) continue;
    if (c.localName === 'StartDateTime') {
      hasStart = true;
      starts = dates102(c, starts);
    } else if (c.localName === 'EndDateTime') {
      hasEnd = true;
      ends = dates102(c, ends);
    }
  }
  return { element, hasStart, hasEnd, starts: starts ?? NO_DATES, ends: ends ?? NO_DATES };
}

/** Adds the texts of the `udt:DateTimeString[@format='102']` children of a date element. */
function dates102(dateTime: XmlElement, into: string[] | undefined): string[] | undefined {
  for (const d of dateTime.children) {
    if (d.localName !== 'DateTimeString' || d.namespace !== NS.udt) continue;
    if (attr(d, 'format') !== '102') continue;
    if (into === undefined) into = [d.text];
    else into.push(d.text);
  }
  return into;
}

/** Code point order, as XPath compares strings (JS `<` compares UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * `(End/DateTimeString[@format='102']) >= (Start/DateTimeString[@format='102']) or not(End) or
 * not(Start)`: untyped texts compare as strings, and a side with no format-102 date makes the
 * comparison false.
 */
export function ciiPeriodInOrder(period: CiiPeriod): boolean {
  if (!period.hasStart || !period.hasEnd) return true;
  return period.ends.some((end) =>
    period.starts.some((start) => compareCodePoints(end, start) >= 0),
  );
}
