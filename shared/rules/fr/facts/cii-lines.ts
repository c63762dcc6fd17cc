/**
 * The BR-FR facts of the line items of a CII invoice (see cii.ts): each line's own facts, and what
 * it adds to the document's dates, amounts, quantities, prices, rates, VAT categories and parties.
 * Long invoices have thousands of lines: each part of a line is looked up once, its children are
 * walked without collecting them in lists, and nothing is built that no check reads.
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import { addChildValues, addGrandchildValues, type QualifiedName } from './checked';
import {
  addVatCategory,
  chargeIndicatorOf,
  objectReference,
  party,
  precedingReference,
  RAM,
} from './cii-parts';
import { lineLabel } from './labels';
import {
  ALLOWANCE,
  ALLOWANCE_BASE,
  BASE_QUANTITY,
  CHARGE,
  CHARGE_BASE,
  DELIVERY_DATE,
  GROSS_PRICE,
  NET,
  NET_PRICE,
  PERIOD_END,
  PERIOD_START,
  PRECEDING_DATE,
  PRICE_DISCOUNT,
  QUANTITY,
  RATE,
} from './line-checks';
import type {
  CheckedValue,
  ItemAttributeFacts,
  LineFacts,
  ObjectReference,
  PartyFacts,
  Place,
  PrecedingReference,
  Value,
  VatCategoryFacts,
} from './types';
import {
  all,
  attribute,
  childrenOf,
  countChildren,
  firstChild,
  mapChildren,
  nextChild,
  optionalValue,
  stringValue,
  valueAt,
  valuesAt,
} from './walk';

/** Where the lines' contributions to the document's facts go. */
export interface LineSink {
  readonly dates: CheckedValue[];
  readonly amounts: CheckedValue[];
  readonly quantities: CheckedValue[];
  readonly prices: CheckedValue[];
  readonly rates: CheckedValue[];
  readonly vatCategories: VatCategoryFacts[];
  readonly parties: PartyFacts[];
}

// Qualified names of the two-step paths (`a/b`) the lines read, made once.
const SUMMATION: QualifiedName = [RAM, 'SpecifiedTradeSettlementLineMonetarySummation'];
const LINE_TOTAL: QualifiedName = [RAM, 'LineTotalAmount'];
const OCCURRENCE: QualifiedName = [RAM, 'OccurrenceDateTime'];
const START: QualifiedName = [RAM, 'StartDateTime'];
const END: QualifiedName = [RAM, 'EndDateTime'];
const DATE_TIME: QualifiedName = [NS.udt, 'DateTimeString'];
const PRICE_CHARGE: QualifiedName = [RAM, 'AppliedTradeAllowanceCharge'];
const CHARGE_AMOUNT: QualifiedName = [RAM, 'ActualAmount'];

/** The parts of a line item (the first of each name), which the facts and the lazy getters read. */
interface LineParts {
  readonly item: XmlElement;
  readonly document: XmlElement | undefined;
  readonly agreement: XmlElement | undefined;
  readonly delivery: XmlElement | undefined;
  readonly settlement: XmlElement | undefined;
}

/**
 * One line's facts. Its contributions to the document's go to `sink` in the order of the official
 * contexts: dates, amounts (net, allowances and charges), quantities, prices, VAT category,
 * ship-to party.
 */
export function readLine(item: XmlElement, index: number, sink: LineSink): LineFacts {
  const parts: LineParts = {
    item,
    document: firstChild(item, RAM, 'AssociatedDocumentLineDocument'),
    agreement: firstChild(item, RAM, 'SpecifiedLineTradeAgreement'),
    delivery: firstChild(item, RAM, 'SpecifiedLineTradeDelivery'),
    settlement: firstChild(item, RAM, 'SpecifiedLineTradeSettlement'),
  };
  const line = lineFacts(parts, firstChild(item, RAM, 'SpecifiedTradeProduct'), index);
  const { agreement, delivery, settlement } = parts;
  addDates(line, parts, sink.dates);
  if (settlement !== undefined) {
    addGrandchildValues(sink.amounts, settlement, SUMMATION, LINE_TOTAL, NET);
    addCharges(settlement, sink.amounts);
  }
  if (delivery !== undefined)
    addChildValues(sink.quantities, delivery, RAM, 'BilledQuantity', QUANTITY);
  if (agreement !== undefined) addPrices(agreement, sink);
  if (settlement !== undefined) {
    const summaryLine = isSummaryLine(parts.document);
    for (let i = nextChild(settlement, 0, RAM, 'ApplicableTradeTax'); i !== -1; ) {
      const tax = settlement.children[i] as XmlElement;
      addVatCategory(sink.vatCategories, sink.rates, 'line', tax, summaryLine, RATE);
      i = nextChild(settlement, i + 1, RAM, 'ApplicableTradeTax');
    }
  }
  const shipTo = party('lineShipTo', firstChild(delivery, RAM, 'ShipToTradeParty'), line.label);
  if (shipTo) sink.parties.push(shipTo);
  return line;
}

/** The dates of the line's references to other invoices, delivery events and periods. */
function addDates(line: LineFacts, parts: LineParts, dates: CheckedValue[]): void {
  const { precedingInvoices } = line;
  for (let i = 0; i < precedingInvoices.length; i++) {
    const reference = precedingInvoices[i] as PrecedingReference;
    for (let j = 0; j < reference.dates.length; j++) {
      const value = reference.dates[j] as Value;
      dates.push({ check: PRECEDING_DATE.check, term: PRECEDING_DATE.term, value });
    }
  }
  const { delivery, settlement } = parts;
  if (delivery !== undefined) {
    for (let i = nextChild(delivery, 0, RAM, 'ActualDeliverySupplyChainEvent'); i !== -1; ) {
      const event = delivery.children[i] as XmlElement;
      addGrandchildValues(dates, event, OCCURRENCE, DATE_TIME, DELIVERY_DATE);
      i = nextChild(delivery, i + 1, RAM, 'ActualDeliverySupplyChainEvent');
    }
  }
  if (settlement !== undefined) {
    for (let i = nextChild(settlement, 0, RAM, 'BillingSpecifiedPeriod'); i !== -1; ) {
      const period = settlement.children[i] as XmlElement;
      addGrandchildValues(dates, period, START, DATE_TIME, PERIOD_START);
      addGrandchildValues(dates, period, END, DATE_TIME, PERIOD_END);
      i = nextChild(settlement, i + 1, RAM, 'BillingSpecifiedPeriod');
    }
  }
}

function addCharges(settlement: XmlElement, amounts: CheckedValue[]): void {
  for (let i = nextChild(settlement, 0, RAM, 'SpecifiedTradeAllowanceCharge'); i !== -1; ) {
    const charge = settlement.children[i] as XmlElement;
    const isCharge = chargeIndicatorOf(charge) === 'true';
    addChildValues(amounts, charge, RAM, 'ActualAmount', isCharge ? CHARGE : ALLOWANCE);
    addChildValues(amounts, charge, RAM, 'BasisAmount', isCharge ? CHARGE_BASE : ALLOWANCE_BASE);
    i = nextChild(settlement, i + 1, RAM, 'SpecifiedTradeAllowanceCharge');
  }
}

/** Net prices, then gross prices with their discounts. */
function addPrices(agreement: XmlElement, { quantities, prices }: LineSink): void {
  for (let i = nextChild(agreement, 0, RAM, 'NetPriceProductTradePrice'); i !== -1; ) {
    const price = agreement.children[i] as XmlElement;
    addChildValues(quantities, price, RAM, 'BasisQuantity', BASE_QUANTITY);
    addChildValues(prices, price, RAM, 'ChargeAmount', NET_PRICE);
    i = nextChild(agreement, i + 1, RAM, 'NetPriceProductTradePrice');
  }
  for (let i = nextChild(agreement, 0, RAM, 'GrossPriceProductTradePrice'); i !== -1; ) {
    const price = agreement.children[i] as XmlElement;
    addGrandchildValues(prices, price, PRICE_CHARGE, CHARGE_AMOUNT, PRICE_DISCOUNT);
    addChildValues(prices, price, RAM, 'ChargeAmount', GROSS_PRICE);
    i = nextChild(agreement, i + 1, RAM, 'GrossPriceProductTradePrice');
  }
}

/** A GROUP or INFORMATION line may leave its VAT category out (BR-FR-15_BT-95_BT-151). */
function isSummaryLine(document: XmlElement | undefined): boolean {
  if (document === undefined) return false;
  for (let i = nextChild(document, 0, RAM, 'LineStatusReasonCode'); i !== -1; ) {
    const status = stringValue(document.children[i] as XmlElement);
    if (status === 'GROUP' || status === 'INFORMATION') return true;
    i = nextChild(document, i + 1, RAM, 'LineStatusReasonCode');
  }
  return false;
}

function lineFacts(parts: LineParts, product: XmlElement | undefined, index: number): LineFacts {
  const { document, settlement } = parts;
  const id = optionalValue(firstChild(document, RAM, 'LineID'));
  return new CiiLine(
    lineLabel(id?.text, index),
    id,
    optionalValue(firstChild(document, RAM, 'LineStatusReasonCode')),
    optionalValue(firstChild(document, RAM, 'ParentLineID')),
    mapChildren(settlement, RAM, 'InvoiceReferencedDocument', precedingReference),
    mapChildren(settlement, RAM, 'AdditionalReferencedDocument', objectReference),
    mapChildren(product, RAM, 'ApplicableProductCharacteristic', itemAttribute),
    parts,
  );
}

/** A line item; what only the multi-vendor rules read is read when they ask. */
class CiiLine implements LineFacts {
  constructor(
    readonly label: string,
    readonly id: Value | undefined,
    readonly subType: Value | undefined,
    readonly parentId: Value | undefined,
    readonly precedingInvoices: readonly PrecedingReference[],
    readonly objectReferences: readonly ObjectReference[],
    readonly attributes: readonly ItemAttributeFacts[],
    private readonly parts: LineParts,
  ) {}

  /** Made when asked for, which only a finding about the line does. */
  get place(): Place {
    return { node: this.parts.item };
  }

  private get summation(): XmlElement | undefined {
    return firstChild(this.parts.settlement, RAM, 'SpecifiedTradeSettlementLineMonetarySummation');
  }

  private get seller(): XmlElement | undefined {
    return firstChild(this.parts.agreement, RAM, 'ItemSellerTradeParty');
  }

  get netAmount(): Value | undefined {
    return valueAt(this.summation, 'ram:LineTotalAmount');
  }

  get grossTotal(): Value | undefined {
    return valueAt(this.summation, 'ram:GrandTotalAmount');
  }

  get vatTotals(): LineFacts['vatTotals'] {
    return all(this.summation, 'ram:TaxTotalAmount').map((e) => ({
      text: stringValue(e),
      place: { node: e },
      currency: attribute(e, 'currencyID'),
    }));
  }

  get exemptionReason(): Value | undefined {
    for (const tax of childrenOf(this.parts.settlement, RAM, 'ApplicableTradeTax')) {
      const reason = valueAt(tax, 'ram:ExemptionReason');
      if (reason !== undefined) return reason;
    }
    return undefined;
  }

  get sellerName(): Value | undefined {
    return valueAt(this.seller, 'ram:Name');
  }

  get sellerLegalIds(): readonly Value[] {
    return valuesAt(this.seller, 'ram:SpecifiedLegalOrganization/ram:ID');
  }

  get sellerCountry(): Value | undefined {
    return valueAt(this.seller, 'ram:PostalTradeAddress/ram:CountryID');
  }
}

function itemAttribute(characteristic: XmlElement): ItemAttributeFacts {
  return {
    place: { node: characteristic },
    names: valuesAt(characteristic, 'ram:Description'),
    codes: valuesAt(characteristic, 'ram:TypeCode'),
    valueCount: countChildren(characteristic, RAM, 'Value'),
    measureUnits: mapChildren(characteristic, RAM, 'ValueMeasure', unitCodeOf),
  };
}

function unitCodeOf(quantity: XmlElement): string | undefined {
  return attribute(quantity, 'unitCode');
}
