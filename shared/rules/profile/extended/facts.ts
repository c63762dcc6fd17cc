/**
 * What the EXTENDED calculation rules read, gathered once per document: the lines with their
 * sub-type (BT-X-8), the document-level allowances and charges, the logistics service charges
 * (BT-X-272) and the header summation, all as the Factur-X 1.09 EXTENDED schematron addresses
 * them (`/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/…`).
 */
import { Decimal } from '../../../model';
import type { XmlElement } from '../../../xml';
import type { RuleContext } from '../../rule';
import {
  along,
  booleanOf,
  decimalKey,
  equalsSome,
  kid,
  kids,
  normalized,
  stringValue,
  sumDecimals,
  transactionOf,
  UncastableValue,
  udtKids,
} from '../xpath';

/** Something with a VAT category and an amount: a line, an allowance or charge, a logistics charge. */
export interface Taxed {
  /** The element reported when a rule about it fails. */
  readonly node: XmlElement;
  /** `ram:ApplicableTradeTax`, `ram:CategoryTradeTax` or `ram:AppliedTradeTax`. */
  readonly taxes: readonly XmlElement[];
  /** BT-131, BT-92/99 or BT-X-272 elements. */
  readonly amounts: readonly XmlElement[];
}

export interface AllowanceCharge extends Taxed {
  /** `ram:ChargeIndicator/udt:Indicator` elements. */
  readonly indicators: readonly XmlElement[];
}

export interface ExtendedFacts {
  readonly transaction: XmlElement | undefined;
  /** `ram:ApplicableHeaderTradeSettlement` of the transaction. */
  readonly settlement: XmlElement | undefined;
  /** Every `ram:IncludedSupplyChainTradeLineItem` of the transaction. */
  readonly lines: readonly XmlElement[];
  /** Lines without sub-type or with sub-type `DETAIL`: the ones the totals add up. */
  readonly detailLines: readonly Taxed[];
  /** Every line as a taxed item (for the rules compiled without the sub-type filter). */
  readonly allLines: readonly Taxed[];
  readonly allowanceCharges: readonly AllowanceCharge[];
  readonly logistics: readonly Taxed[];
  /**
   * Totals of the VAT groupings already computed, by grouping: the -08b, -08ini, -08rev and
   * S-09b rules of a category ask for the same ones.
   */
  readonly groupTotals: Map<string, unknown>;
}

const MEMO_KEY = 'profile/extended/facts';

export function extendedFacts(root: XmlElement, context: RuleContext): ExtendedFacts {
  const known = context.memo.get(MEMO_KEY) as ExtendedFacts | undefined;
  if (known !== undefined) return known;
  const transaction = transactionOf(root);
  const settlement = kid(transaction, 'ApplicableHeaderTradeSettlement');
  const lines = kids(transaction, 'IncludedSupplyChainTradeLineItem');
  const allLines = lines.map(
    (line): Taxed => ({
      node: line,
      taxes: along(line, 'SpecifiedLineTradeSettlement', 'ApplicableTradeTax'),
      amounts: along(
        line,
        'SpecifiedLineTradeSettlement',
        'SpecifiedTradeSettlementLineMonetarySummation',
        'LineTotalAmount',
      ),
    }),
  );
  const facts: ExtendedFacts = {
    transaction,
    settlement,
    lines,
    detailLines: allLines.filter((l) => isDetailLine(l.node)),
    allLines,
    allowanceCharges: kids(settlement, 'SpecifiedTradeAllowanceCharge').map((ac) => ({
      node: ac,
      taxes: kids(ac, 'CategoryTradeTax'),
      amounts: kids(ac, 'ActualAmount'),
      indicators: udtKids(kid(ac, 'ChargeIndicator'), 'Indicator'),
    })),
    logistics: kids(settlement, 'SpecifiedLogisticsServiceCharge').map((charge) => ({
      node: charge,
      taxes: kids(charge, 'AppliedTradeTax'),
      amounts: kids(charge, 'AppliedAmount'),
    })),
    groupTotals: new Map(),
  };
  context.memo.set(MEMO_KEY, facts);
  return facts;
}

/**
 * `not(ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode) or
 * ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode = 'DETAIL'`.
 */
export function isDetailLine(line: XmlElement): boolean {
  const codes = along(line, 'AssociatedDocumentLineDocument', 'LineStatusReasonCode');
  return codes.length === 0 || equalsSome(codes, 'DETAIL');
}

/** `ram:ChargeIndicator/udt:Indicator = 'true'` (or `'false'`): compared as text, exactly. */
export function indicatorIs(item: AllowanceCharge, literal: 'true' | 'false'): boolean {
  return equalsSome(item.indicators, literal);
}

/** `ram:ChargeIndicator/udt:Indicator = true()` (or `false()`): cast to xs:boolean. */
export function indicatorMeans(item: AllowanceCharge, value: boolean): boolean {
  return item.indicators.some((i) => booleanOf(i) === value);
}

/** A VAT grouping: category code, and for the rate-based categories the rate, and the reasons. */
export interface Grouping {
  readonly code: string;
  /** The rate as `decimalKey` writes it (equal numbers, equal keys). */
  readonly rate?: string;
  /** Normalised exemption reason code (BT-121) and text (BT-120); absent for the 2017 grouping. */
  readonly reasons?: { readonly code: string; readonly text: string };
}

/** A value read once per item, or the reason it cannot be read (raised only when it is used). */
type Read<T> = { readonly value: T } | { readonly error: UncastableValue };

function read<T>(compute: () => T): Read<T> {
  try {
    return { value: compute() };
  } catch (error) {
    if (error instanceof UncastableValue) return { error };
    throw error;
  }
}

function unwrap<T>(result: Read<T>): T {
  if ('error' in result) throw result.error;
  return result.value;
}

/** What the grouping predicates and sums read of one item, read once. */
interface TaxReading {
  /** Category codes as written (compared with `=`, exactly). */
  readonly codes: readonly string[];
  /** Rates as `decimalKey` writes them. */
  readonly rates: Read<readonly string[]>;
  readonly reasonCode: Read<string>;
  readonly reasonText: Read<string>;
  /** `sum(xs:decimal(amount))` of the item's amounts. */
  readonly amount: Read<Decimal>;
}

const readings = new WeakMap<Taxed, TaxReading>();

function readingOf(item: Taxed): TaxReading {
  let reading = readings.get(item);
  if (reading === undefined) {
    reading = {
      codes: childrenOfAll(item.taxes, 'CategoryCode').map(stringValue),
      rates: read(() => childrenOfAll(item.taxes, 'RateApplicablePercent').map(decimalKey)),
      reasonCode: read(() => normalized(childrenOfAll(item.taxes, 'ExemptionReasonCode'))),
      reasonText: read(() => normalized(childrenOfAll(item.taxes, 'ExemptionReason'))),
      amount: read(() => sumDecimals(item.amounts)),
    };
    readings.set(item, reading);
  }
  return reading;
}

/**
 * Whether an item falls in a grouping, as the schematron's predicates say:
 * `…Tax/ram:CategoryCode = 'S' and …Tax/xs:decimal(ram:RateApplicablePercent) = $rate and
 * normalize-space(…Tax/ram:ExemptionReasonCode) = $code and normalize-space(…Tax/ram:ExemptionReason)
 * = $text`, each over all the item's tax elements, evaluated left to right.
 */
export function inGrouping(item: Taxed, grouping: Grouping): boolean {
  const reading = readingOf(item);
  if (!reading.codes.includes(grouping.code)) return false;
  const { rate, reasons } = grouping;
  if (rate !== undefined && !unwrap(reading.rates).includes(rate)) return false;
  if (reasons !== undefined) {
    if (unwrap(reading.reasonCode) !== reasons.code) return false;
    if (unwrap(reading.reasonText) !== reasons.text) return false;
  }
  return true;
}

/** `sum(xs:decimal(amount))` over items. */
export function sumOfItems(items: readonly Taxed[]): Decimal {
  let total = new Decimal(0);
  for (const item of items) total = total.plus(unwrap(readingOf(item).amount));
  return total;
}

export function childrenOfAll(
  elements: readonly XmlElement[],
  local: string,
): readonly XmlElement[] {
  if (elements.length === 1) return kids(elements[0], local);
  return elements.flatMap((e) => kids(e, local));
}

/** `upper-case(ram:TypeCode) = 'VAT'` on a tax element. */
export function isVatTax(tax: XmlElement): boolean {
  return kids(tax, 'TypeCode').some((t) => stringValue(t).toUpperCase() === 'VAT');
}
