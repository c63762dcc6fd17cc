import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';

/**
 * What some assertions look for across the whole document (`//…` or an absolute path inside the
 * test), gathered during the one walk of the tree, before any assertion is evaluated.
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
   * has a `@unitCode` (CII-DT-033).
   */
  billedQuantityHasUnitCode: boolean;
}

export function emptyFacts(): DocumentFacts {
  return {
    dueDateTypeCodes: [],
    paymentMeansTypeCodes: [],
    paymentMeansInformation: [],
    headerPaymentReferences: [],
    billedQuantityHasUnitCode: false,
  };
}

/** Records what `element` contributes to the facts. Called once per element of the document. */
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
    case 'BilledQuantity':
      if (
        !facts.billedQuantityHasUnitCode &&
        element.attributes.some((a) => a.localName === 'unitCode' && a.namespace === '') &&
        isBilledQuantityOfALine(element)
      ) {
        facts.billedQuantityHasUnitCode = true;
      }
      return;
  }
}

function isRam(element: XmlElement | undefined, localName: string): boolean {
  return element?.namespace === NS.ram && element.localName === localName;
}

function isBilledQuantityOfALine(quantity: XmlElement): boolean {
  const delivery = quantity.parent;
  const line = delivery?.parent;
  const transaction = line?.parent;
  const root = transaction?.parent;
  return (
    isRam(delivery, 'SpecifiedLineTradeDelivery') &&
    isRam(line, 'IncludedSupplyChainTradeLineItem') &&
    transaction?.namespace === NS.rsm &&
    transaction.localName === 'SupplyChainTradeTransaction' &&
    root?.namespace === NS.rsm &&
    root.localName === 'CrossIndustryInvoice' &&
    root.parent === undefined
  );
}
