/**
 * The BR-FR facts of the lines of a UBL invoice (see ubl.ts): each line's own facts, and what it
 * adds to the document's dates, amounts, quantities, prices, rates, VAT categories and parties.
 * Long invoices have thousands of lines: a line is read in one pass over its children, with
 * indexed loops, and nothing is built that no check reads.
 */
import type { XmlElement } from '../../../xml';
import { normalizeSpace } from '../lexical';
import { addChildValues, addChildValuesFrom, type Checked, checkedElement } from './checked';
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
  addVatCategory,
  CAC,
  CBC,
  chargeIndicatorOf,
  deliveryParty,
  objectReference,
  precedingReference,
} from './ubl-parts';
import {
  all,
  attribute,
  childrenOf,
  countChildren,
  first,
  firstChild,
  mapChildren,
  nextChild,
  optionalValue,
  stringValue,
  valueAt,
  valueOfElement,
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
  /** `cac:AllowanceCharge/cac:TaxCategory`, read alike in the header and the lines. */
  readonly taxCategoryOfCharge: (charge: XmlElement) => void;
  /** `cac:TaxTotal` below `from`, read alike in the header and the lines. */
  readonly taxTotals: (from: XmlElement, header: boolean) => void;
}

/**
 * Where a line's children of each name the facts read are, found in one pass instead of one scan
 * per name: a single one itself, a repeated one by the index of its first occurrence (-1: none),
 * from which `nextChild` walks the others. A document refills one instance for each line.
 */
export class LineChildren {
  /** The first of each. */
  id: XmlElement | undefined;
  item: XmlElement | undefined;
  price: XmlElement | undefined;
  hasTaxTotal = false;
  lineExtensionAmount = -1;
  invoicedQuantity = -1;
  creditedQuantity = -1;
  billingReference = -1;
  delivery = -1;
  invoicePeriod = -1;
  allowanceCharge = -1;

  fill(line: XmlElement): void {
    this.id = undefined;
    this.item = undefined;
    this.price = undefined;
    this.hasTaxTotal = false;
    this.lineExtensionAmount = -1;
    this.invoicedQuantity = -1;
    this.creditedQuantity = -1;
    this.billingReference = -1;
    this.delivery = -1;
    this.invoicePeriod = -1;
    this.allowanceCharge = -1;
    const { children } = line;
    for (let i = children.length - 1; i >= 0; i--) {
      // Backwards, so that the last assignment of each name is its first occurrence.
      const child = children[i] as XmlElement;
      if (child.namespace === CBC) this.basic(child, i);
      else if (child.namespace === CAC) this.aggregate(child, i);
    }
  }

  private basic(child: XmlElement, at: number): void {
    switch (child.localName) {
      case 'ID':
        this.id = child;
        break;
      case 'LineExtensionAmount':
        this.lineExtensionAmount = at;
        break;
      case 'InvoicedQuantity':
        this.invoicedQuantity = at;
        break;
      case 'CreditedQuantity':
        this.creditedQuantity = at;
        break;
    }
  }

  private aggregate(child: XmlElement, at: number): void {
    switch (child.localName) {
      case 'Item':
        this.item = child;
        break;
      case 'Price':
        this.price = child;
        break;
      case 'TaxTotal':
        this.hasTaxTotal = true;
        break;
      case 'BillingReference':
        this.billingReference = at;
        break;
      case 'Delivery':
        this.delivery = at;
        break;
      case 'InvoicePeriod':
        this.invoicePeriod = at;
        break;
      case 'AllowanceCharge':
        this.allowanceCharge = at;
        break;
    }
  }
}

/**
 * One line's facts. Its contributions to the document's go to `sink` in the order of the official
 * contexts: dates, amounts (net, allowances and charges, VAT totals), quantities, price, VAT
 * category, ship-to party.
 */
export function readLine(
  element: XmlElement,
  index: number,
  ownNumbers: ReadonlySet<string>,
  children: LineChildren,
  sink: LineSink,
): LineFacts {
  children.fill(element);
  const line = lineFacts(element, children, index, ownNumbers);
  addDates(element, children, line, sink.dates);
  addValuesFrom(sink.amounts, element, children.lineExtensionAmount, 'LineExtensionAmount', NET);
  addCharges(element, children.allowanceCharge, sink);
  if (children.hasTaxTotal) sink.taxTotals(element, false);
  addValuesFrom(sink.quantities, element, children.invoicedQuantity, 'InvoicedQuantity', QUANTITY);
  addValuesFrom(sink.quantities, element, children.creditedQuantity, 'CreditedQuantity', QUANTITY);
  const { price, item } = children;
  if (price !== undefined) addPrice(price, sink);
  if (item !== undefined) {
    for (let i = nextChild(item, 0, CAC, 'ClassifiedTaxCategory'); i !== -1; ) {
      const category = item.children[i] as XmlElement;
      addVatCategory(sink.vatCategories, sink.rates, 'line', category, RATE);
      i = nextChild(item, i + 1, CAC, 'ClassifiedTaxCategory');
    }
  }
  for (let i = children.delivery; i !== -1; i = nextChild(element, i + 1, CAC, 'Delivery')) {
    const shipTo = deliveryParty('lineShipTo', element.children[i] as XmlElement, line.label);
    if (shipTo) sink.parties.push(shipTo);
  }
  return line;
}

/** The dates of the line's references to other invoices, deliveries and periods. */
function addDates(
  element: XmlElement,
  children: LineChildren,
  line: LineFacts,
  dates: CheckedValue[],
): void {
  const { precedingInvoices } = line;
  for (let i = 0; i < precedingInvoices.length; i++) {
    const reference = precedingInvoices[i] as PrecedingReference;
    for (let j = 0; j < reference.dates.length; j++) {
      const value = reference.dates[j] as Value;
      dates.push({ check: PRECEDING_DATE.check, term: PRECEDING_DATE.term, value });
    }
  }
  for (let i = children.delivery; i !== -1; i = nextChild(element, i + 1, CAC, 'Delivery')) {
    addValues(dates, element.children[i] as XmlElement, 'ActualDeliveryDate', DELIVERY_DATE);
  }
  for (let i = children.invoicePeriod; i !== -1; ) {
    const period = element.children[i] as XmlElement;
    addValues(dates, period, 'StartDate', PERIOD_START);
    addValues(dates, period, 'EndDate', PERIOD_END);
    i = nextChild(element, i + 1, CAC, 'InvoicePeriod');
  }
}

/** The line's allowances and charges, from index `from` (-1: none) of its children on. */
function addCharges(element: XmlElement, from: number, sink: LineSink): void {
  for (let i = from; i !== -1; i = nextChild(element, i + 1, CAC, 'AllowanceCharge')) {
    const charge = element.children[i] as XmlElement;
    const isCharge = chargeIndicatorOf(charge) === 'true';
    addValues(sink.amounts, charge, 'Amount', isCharge ? CHARGE : ALLOWANCE);
    addValues(sink.amounts, charge, 'BaseAmount', isCharge ? CHARGE_BASE : ALLOWANCE_BASE);
    sink.taxCategoryOfCharge(charge);
  }
}

/** DEC-02 BT-149 and DEC-03 skip an empty value in UBL (`not($quantity) or …`). */
function addPrice(price: XmlElement, sink: LineSink): void {
  const { quantities, prices } = sink;
  const baseQuantity = firstChild(price, CBC, 'BaseQuantity');
  addUnlessBlank(quantities, BASE_QUANTITY, baseQuantity);
  addUnlessBlank(prices, NET_PRICE, firstChild(price, CBC, 'PriceAmount'));
  for (let i = nextChild(price, 0, CAC, 'AllowanceCharge'); i !== -1; ) {
    const charge = price.children[i] as XmlElement;
    addUnlessBlank(prices, PRICE_DISCOUNT, firstChild(charge, CBC, 'Amount'));
    for (let j = nextChild(charge, 0, CBC, 'BaseAmount'); j !== -1; ) {
      addUnlessBlank(prices, GROSS_PRICE, charge.children[j]);
      j = nextChild(charge, j + 1, CBC, 'BaseAmount');
    }
    sink.taxCategoryOfCharge(charge);
    i = nextChild(price, i + 1, CAC, 'AllowanceCharge');
  }
}

/** The element's value, unless it is absent or blank. */
function addUnlessBlank(
  into: CheckedValue[],
  checked: Checked,
  element: XmlElement | undefined,
): void {
  if (element !== undefined && normalizeSpace(stringValue(element)) !== '')
    into.push(checkedElement(checked, element));
}

/** The value of each cbc child of `parent` with this name, from index `from` (-1: none) on. */
function addValuesFrom(
  into: CheckedValue[],
  parent: XmlElement,
  from: number,
  localName: string,
  checked: Checked,
): void {
  addChildValuesFrom(into, parent, from, CBC, localName, checked);
}

/** The value of each cbc child of `parent` with this name. */
function addValues(
  into: CheckedValue[],
  parent: XmlElement,
  localName: string,
  checked: Checked,
): void {
  addChildValues(into, parent, CBC, localName, checked);
}

const NO_PRECEDING_REFERENCES: readonly PrecedingReference[] = [];

function lineFacts(
  element: XmlElement,
  children: LineChildren,
  index: number,
  ownNumbers: ReadonlySet<string>,
): LineFacts {
  // The first self-reference gives the sub-type and the parent line; a later one is neither read
  // as such nor a preceding invoice.
  let self: XmlElement | undefined;
  let preceding: PrecedingReference[] | undefined;
  for (let i = children.billingReference; i !== -1; ) {
    const reference = element.children[i] as XmlElement;
    if (isSelfReference(reference, ownNumbers)) self ??= reference;
    else if (preceding === undefined) preceding = [precedingReference(reference)];
    else preceding.push(precedingReference(reference));
    i = nextChild(element, i + 1, CAC, 'BillingReference');
  }
  const status = valueAt(self, 'cac:InvoiceDocumentReference/cbc:DocumentStatusCode');
  const { id, item } = children;
  return new UblLine(
    lineLabel(id === undefined ? undefined : stringValue(id), index),
    optionalValue(id),
    // A self-reference without a status is a line with a blank sub-type, not a line without one.
    self === undefined ? undefined : (status ?? { text: '', place: { node: self } }),
    valueAt(self, 'cac:BillingReferenceLine/cbc:ID'),
    // « intent »: EXT-FR-FE-136…138 are the line's references to other invoices (the official
    // BR-FR-01/02/03 read cac:DocumentReference, which is BT-128).
    preceding ?? NO_PRECEDING_REFERENCES,
    mapChildren(element, CAC, 'DocumentReference', objectReference),
    mapChildren(item, CAC, 'AdditionalItemProperty', itemAttribute),
    element,
    item,
  );
}

function isSelfReference(reference: XmlElement, ownNumbers: ReadonlySet<string>): boolean {
  return all(reference, 'cac:InvoiceDocumentReference/cbc:ID').some((id) =>
    ownNumbers.has(stringValue(id)),
  );
}

/** A line; what only the multi-vendor rules read is read when they ask. */
class UblLine implements LineFacts {
  #seller: Pick<LineFacts, 'sellerName' | 'sellerLegalIds' | 'sellerCountry'> | undefined;

  constructor(
    readonly label: string,
    readonly id: Value | undefined,
    readonly subType: Value | undefined,
    readonly parentId: Value | undefined,
    readonly precedingInvoices: readonly PrecedingReference[],
    readonly objectReferences: readonly ObjectReference[],
    readonly attributes: readonly ItemAttributeFacts[],
    private readonly element: XmlElement,
    /** The line's first cac:Item. */
    private readonly item: XmlElement | undefined,
  ) {}

  /** Made when asked for, which only a finding about the line does. */
  get place(): Place {
    return { node: this.element };
  }

  get netAmount(): Value | undefined {
    return optionalValue(firstChild(this.element, CBC, 'LineExtensionAmount'));
  }

  get grossTotal(): Value | undefined {
    return optionalValue(firstChild(this.element, CBC, 'TaxInclusiveLineExtensionAmount'));
  }

  get exemptionReason(): Value | undefined {
    for (const category of childrenOf(this.item, CAC, 'ClassifiedTaxCategory')) {
      const reason = first(category, 'cbc:TaxExemptionReason');
      if (reason !== undefined) return valueOfElement(reason);
    }
    return undefined;
  }

  get vatTotals(): LineFacts['vatTotals'] {
    return childrenOf(this.element, CAC, 'TaxTotal').flatMap((total) =>
      all(total, 'cbc:TaxAmount').map((e) => ({
        text: stringValue(e),
        place: { node: e },
        currency: attribute(e, 'currencyID'),
      })),
    );
  }

  get sellerName(): Value | undefined {
    return this.seller().sellerName;
  }

  get sellerLegalIds(): readonly Value[] {
    return this.seller().sellerLegalIds;
  }

  get sellerCountry(): Value | undefined {
    return this.seller().sellerCountry;
  }

  private seller(): Pick<LineFacts, 'sellerName' | 'sellerLegalIds' | 'sellerCountry'> {
    if (this.#seller === undefined) {
      const manufacturer = firstChild(this.item, CAC, 'ManufacturerParty');
      this.#seller = {
        sellerName: valueAt(manufacturer, 'cac:PartyLegalEntity/cbc:RegistrationName'),
        sellerLegalIds: valuesAt(manufacturer, 'cac:PartyLegalEntity/cbc:CompanyID'),
        sellerCountry: valueAt(
          manufacturer,
          'cac:PostalAddress/cac:Country/cbc:IdentificationCode',
        ),
      };
    }
    return this.#seller;
  }
}

/** « intent »: the official BR-FR-27 contexts miss the line step; BR-FR-28's are right. */
function itemAttribute(property: XmlElement): ItemAttributeFacts {
  return {
    place: { node: property },
    names: valuesAt(property, 'cbc:Name'),
    codes: valuesAt(property, 'cbc:NameCode'),
    valueCount: countChildren(property, CBC, 'Value'),
    measureUnits: mapChildren(property, CBC, 'ValueQuantity', unitCodeOf),
  };
}

function unitCodeOf(quantity: XmlElement): string | undefined {
  return attribute(quantity, 'unitCode');
}
