import { NS } from '../../../syntax/namespaces';
import type { XmlAttribute, XmlElement } from '../../../xml';

/**
 * What some assertions look for across the whole document (`//…` or an absolute path inside the
 * test). The lists are gathered during the walk that checks the table, element by element, so
 * they are complete only once it is over: the assertions that read them wait until then (their
 * contexts are the root and the header settlement, one node each). The one fact the line items
 * need is found on demand, along its absolute path.
 */
export interface DocumentFacts {
  /** `//ram:ApplicableTradeTax/ram:DueDateTypeCode`, in document order (CII-SR-462). */
  readonly dueDateTypeCodes: XmlElement[];
  /** `//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode` (CII-SR-467). */
  readonly paymentMeansTypeCodes: XmlElement[];
  /** `//ram:SpecifiedTradeSettlementPaymentMeans/ram:Information` (CII-SR-468). */
  readonly paymentMeansInformation: XmlElement[];
  /** `//ram:ApplicableHeaderTradeSettlement/ram:PaymentReference` (CII-SR-469). */
  readonly headerPaymentReferences: XmlElement[];
  /**
   * Some `/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/
   * ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity`
   * of the checked tree has a `@unitCode` (CII-DT-033).
   */
  readonly billedQuantityHasUnitCode: boolean;
}

/** The facts of the tree under `root` (the element the table is checked from). */
export function emptyFacts(root: XmlElement): DocumentFacts {
  return new Facts(root);
}

class Facts implements DocumentFacts {
  readonly dueDateTypeCodes: XmlElement[] = [];
  readonly paymentMeansTypeCodes: XmlElement[] = [];
  readonly paymentMeansInformation: XmlElement[] = [];
  readonly headerPaymentReferences: XmlElement[] = [];
  #billedQuantityHasUnitCode: boolean | undefined;

  constructor(private readonly root: XmlElement) {}

  get billedQuantityHasUnitCode(): boolean {
    this.#billedQuantityHasUnitCode ??= someLineQuantityHasUnit(this.root);
    return this.#billedQuantityHasUnitCode;
  }
}

/** Records what `element` contributes to the lists of facts. Called once per element. */
export function collectFact(element: XmlElement, facts: DocumentFacts): void {
  if (element.namespace !== NS.ram) return;
  const parent = element.parent;
  if (parent === undefined) return;
  switch (element.localName) {
    case 'DueDateTypeCode':
      if (isRam(parent, 'ApplicableTradeTax')) facts.dueDateTypeCodes.push(element);
      return;
    case 'TypeCode':
      if (isRam(parent, 'SpecifiedTradeSettlementPaymentMeans')) {
        facts.paymentMeansTypeCodes.push(element);
      }
      return;
    case 'Information':
      if (isRam(parent, 'SpecifiedTradeSettlementPaymentMeans')) {
        facts.paymentMeansInformation.push(element);
      }
      return;
    case 'PaymentReference':
      if (isRam(parent, 'ApplicableHeaderTradeSettlement')) {
        facts.headerPaymentReferences.push(element);
      }
      return;
  }
}

function isRam(element: XmlElement, localName: string): boolean {
  return element.namespace === NS.ram && element.localName === localName;
}

function isRsm(element: XmlElement, localName: string): boolean {
  return element.namespace === NS.rsm && element.localName === localName;
}

/**
 * The billed quantities of the lines, from the tree's root down the absolute path (the first one
 * with a unit is usually on the first line), kept to those inside the checked tree.
 */
function someLineQuantityHasUnit(root: XmlElement): boolean {
  let top = root;
  while (top.parent !== undefined) top = top.parent;
  if (!isRsm(top, 'CrossIndustryInvoice')) return false;
  // Indexed loops: this runs once per document, before V8 optimises it.
  const transactions = top.children;
  for (let t = 0; t < transactions.length; t++) {
    const transaction = transactions[t] as XmlElement;
    if (!isRsm(transaction, 'SupplyChainTradeTransaction')) continue;
    const lines = transaction.children;
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l] as XmlElement;
      if (isRam(line, 'IncludedSupplyChainTradeLineItem') && lineQuantityHasUnit(line, root)) {
        return true;
      }
    }
  }
  return false;
}

function lineQuantityHasUnit(line: XmlElement, root: XmlElement): boolean {
  const parts = line.children;
  for (let p = 0; p < parts.length; p++) {
    const delivery = parts[p] as XmlElement;
    if (!isRam(delivery, 'SpecifiedLineTradeDelivery')) continue;
    const quantities = delivery.children;
    for (let q = 0; q < quantities.length; q++) {
      const quantity = quantities[q] as XmlElement;
      if (isRam(quantity, 'BilledQuantity') && hasUnit(quantity) && isWithin(quantity, root)) {
        return true;
      }
    }
  }
  return false;
}

function hasUnit(quantity: XmlElement): boolean {
  const { attributes } = quantity;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i] as XmlAttribute;
    if (attribute.localName === 'unitCode' && attribute.namespace === '') return true;
  }
  return false;
}

function isWithin(element: XmlElement, root: XmlElement): boolean {
  for (let node: XmlElement | undefined = element; node !== undefined; node = node.parent) {
    if (node === root) return true;
  }
  return false;
}
