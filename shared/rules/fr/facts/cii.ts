/**
 * BR-FR facts of a CII D16B document (Factur-X, EXTENDED-CTC-FR), with the semantics of the
 * official `BR-FR-Flux2-Schematron-CII.sch` V1.4.0. The paths are those of its rule contexts and
 * `let` variables (docs/rules/br-fr.md, appendix A).
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import { BAR_TREATMENTS, SCHEME, SINGLE_VAT_GROUP_MENTION } from '../codes';
import { normalizeSpace } from '../lexical';
import { lineLabel } from './labels';
import type {
  CheckedValue,
  FrFacts,
  ItemAttributeFacts,
  LineFacts,
  NotesFacts,
  ObjectReference,
  PartyFacts,
  PartyRole,
  Place,
  PrecedingReference,
  SirenDeclaration,
  Value,
  VatBreakdownFacts,
  VatCategoryFacts,
} from './types';
import {
  all,
  attribute,
  type Children,
  childrenIn,
  first,
  firstNamed,
  named,
  schemedAt,
  stringValue,
  valueAt,
  valueOfElement,
  valuesAt,
} from './walk';

const DATE = 'udt:DateTimeString';

export function ciiFacts(root: XmlElement): FrFacts {
  const exchanged = first(root, 'rsm:ExchangedDocument');
  const context = first(root, 'rsm:ExchangedDocumentContext');
  const transaction = first(root, 'rsm:SupplyChainTradeTransaction');
  const agreement = first(transaction, 'ram:ApplicableHeaderTradeAgreement');
  const delivery = first(transaction, 'ram:ApplicableHeaderTradeDelivery');
  const settlement = first(transaction, 'ram:ApplicableHeaderTradeSettlement');
  const summation = first(settlement, 'ram:SpecifiedTradeSettlementHeaderMonetarySummation');
  const invoiceCurrencies = valuesAt(settlement, 'ram:InvoiceCurrencyCode');
  const accountingCurrencies = valuesAt(settlement, 'ram:TaxCurrencyCode');

  const dates: CheckedValue[] = [];
  const addDates = (from: XmlElement | undefined, path: string, term: string, check = term) => {
    for (const value of valuesAt(from, path))
      dates.push({ check: `BR-FR-03_${check}`, term, value });
  };
  addDates(exchanged, `ram:IssueDateTime/${DATE}`, 'BT-2');
  addDates(settlement, 'ram:ApplicableTradeTax/ram:TaxPointDate/udt:DateString', 'BT-7');
  addDates(settlement, `ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/${DATE}`, 'BT-9');
  addDates(
    settlement,
    'ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString',
    'BT-26',
  );
  addDates(delivery, `ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/${DATE}`, 'BT-72');
  addDates(settlement, `ram:BillingSpecifiedPeriod/ram:StartDateTime/${DATE}`, 'BT-73');
  addDates(settlement, `ram:BillingSpecifiedPeriod/ram:EndDateTime/${DATE}`, 'BT-74');

  const amounts: CheckedValue[] = [];
  const quantities: CheckedValue[] = [];
  const prices: CheckedValue[] = [];
  const rates: CheckedValue[] = [];
  const vatCategories: VatCategoryFacts[] = [];
  const invoiceCurrencyTexts = new Set(invoiceCurrencies.map((v) => v.text));

  for (const charge of all(settlement, 'ram:SpecifiedTradeAllowanceCharge')) {
    const isCharge = chargeIndicatorOf(charge) === 'true';
    for (const value of valuesAt(charge, 'ram:ActualAmount'))
      amounts.push({
        check: 'BR-FR-DEC-01_BT-92_BT-99',
        term: isCharge ? 'BT-99' : 'BT-92',
        value,
      });
    for (const value of valuesAt(charge, 'ram:BasisAmount'))
      amounts.push({
        check: 'BR-FR-DEC-01_BT-93_BT-100',
        term: isCharge ? 'BT-100' : 'BT-93',
        value,
      });
    for (const tax of all(charge, 'ram:CategoryTradeTax')) {
      vatCategories.push(vatCategory('allowance-charge', tax, false));
      for (const value of valuesAt(tax, 'ram:RateApplicablePercent'))
        rates.push({
          check: 'BR-FR-DEC-04_BT-96_BT-103',
          term: isCharge ? 'BT-103' : 'BT-96',
          value,
        });
    }
  }
  const totals: [string, string][] = [
    ['ram:LineTotalAmount', 'BT-106'],
    ['ram:AllowanceTotalAmount', 'BT-107'],
    ['ram:ChargeTotalAmount', 'BT-108'],
    ['ram:TaxBasisTotalAmount', 'BT-109'],
    ['ram:TaxTotalAmount', 'BT-110'],
    ['ram:GrandTotalAmount', 'BT-112'],
    ['ram:TotalPrepaidAmount', 'BT-113'],
    ['ram:RoundingAmount', 'BT-114'],
    ['ram:DuePayableAmount', 'BT-115'],
  ];
  for (const [path, term] of totals) {
    for (const element of all(summation, path)) {
      // BT-110 and BT-111 share the element and the check (the official BT-111 rule is shadowed
      // by the BT-110 one); the currency tells which term a message should name.
      const currency = attribute(element, 'currencyID');
      const named =
        term === 'BT-110' && currency !== undefined && !invoiceCurrencyTexts.has(currency)
          ? 'BT-111'
          : term;
      amounts.push({ check: `BR-FR-DEC-01_${term}`, term: named, value: valueOfElement(element) });
    }
  }
  const vatBreakdowns: VatBreakdownFacts[] = [];
  for (const tax of all(settlement, 'ram:ApplicableTradeTax')) {
    for (const value of valuesAt(tax, 'ram:BasisAmount'))
      amounts.push({ check: 'BR-FR-DEC-01_BT-116', term: 'BT-116', value });
    for (const value of valuesAt(tax, 'ram:CalculatedAmount'))
      amounts.push({ check: 'BR-FR-DEC-01_BT-117', term: 'BT-117', value });
    for (const value of valuesAt(tax, 'ram:RateApplicablePercent'))
      rates.push({ check: 'BR-FR-DEC-04_BT-119', term: 'BT-119', value });
    vatCategories.push(vatCategory('breakdown', tax, false));
    const reason = first(tax, 'ram:ExemptionReason');
    vatBreakdowns.push({
      isVat: all(tax, 'ram:TypeCode').some((e) => stringValue(e) === 'VAT'),
      exemptionReason: reason === undefined ? undefined : stringValue(reason),
      amounts: all(tax, 'ram:CalculatedAmount').map(stringValue),
    });
  }

  const parties: PartyFacts[] = [
    party('seller', first(agreement, 'ram:SellerTradeParty')),
    party('buyer', first(agreement, 'ram:BuyerTradeParty')),
    party('payee', first(settlement, 'ram:PayeeTradeParty')),
    party('buyerAgent', first(agreement, 'ram:BuyerAgentTradeParty')),
    party('payer', first(settlement, 'ram:PayerTradeParty')),
    party('sellerAgent', first(agreement, 'ram:SalesAgentTradeParty')),
    party('invoicee', first(settlement, 'ram:InvoiceeTradeParty')),
    party('invoicer', first(settlement, 'ram:InvoicerTradeParty')),
    party('shipTo', first(delivery, 'ram:ShipToTradeParty')),
  ].filter((p): p is PartyFacts => p !== undefined);

  const lines: LineFacts[] = [];
  for (const [index, item] of all(transaction, 'ram:IncludedSupplyChainTradeLineItem').entries()) {
    const parts = lineParts(item);
    const { settlement, agreement: lineAgreement, delivery: lineDelivery } = parts;
    const line = lineFacts(parts, index);
    lines.push(line);
    for (const reference of line.precedingInvoices)
      for (const value of reference.dates)
        dates.push({ check: 'BR-FR-03_EXT-FR-FE-138', term: 'EXT-FR-FE-138', value });
    for (const event of named(lineDelivery, 'ActualDeliverySupplyChainEvent'))
      addDates(event, `ram:OccurrenceDateTime/${DATE}`, 'EXT-FR-FE-158');
    for (const period of named(settlement, 'BillingSpecifiedPeriod')) {
      addDates(period, `ram:StartDateTime/${DATE}`, 'BT-134', 'EXT-FR-FE-134');
      addDates(period, `ram:EndDateTime/${DATE}`, 'BT-135', 'EXT-FR-FE-135');
    }
    for (const sum of named(settlement, 'SpecifiedTradeSettlementLineMonetarySummation'))
      for (const value of valuesAt(sum, 'ram:LineTotalAmount'))
        amounts.push({ check: 'BR-FR-DEC-01_BT-131', term: 'BT-131', value });
    for (const charge of named(settlement, 'SpecifiedTradeAllowanceCharge')) {
      const isCharge = chargeIndicatorOf(charge) === 'true';
      for (const value of valuesAt(charge, 'ram:ActualAmount'))
        amounts.push({
          check: 'BR-FR-DEC-01_BT-136_BT-141',
          term: isCharge ? 'BT-141' : 'BT-136',
          value,
        });
      for (const value of valuesAt(charge, 'ram:BasisAmount'))
        amounts.push({
          check: 'BR-FR-DEC-01_BT-137_BT-142',
          term: isCharge ? 'BT-142' : 'BT-137',
          value,
        });
    }
    for (const quantity of named(lineDelivery, 'BilledQuantity'))
      quantities.push({
        check: 'BR-FR-DEC-02_BT-129',
        term: 'BT-129',
        value: valueOfElement(quantity),
      });
    for (const price of named(lineAgreement, 'NetPriceProductTradePrice')) {
      for (const value of valuesAt(price, 'ram:BasisQuantity'))
        quantities.push({ check: 'BR-FR-DEC-02_BT-149', term: 'BT-149', value });
      for (const value of valuesAt(price, 'ram:ChargeAmount'))
        prices.push({ check: 'BR-FR-DEC-03_BT-146', term: 'BT-146', value });
    }
    for (const price of named(lineAgreement, 'GrossPriceProductTradePrice')) {
      for (const value of valuesAt(price, 'ram:AppliedTradeAllowanceCharge/ram:ActualAmount'))
        prices.push({ check: 'BR-FR-DEC-03_BT-147', term: 'BT-147', value });
      for (const value of valuesAt(price, 'ram:ChargeAmount'))
        prices.push({ check: 'BR-FR-DEC-03_BT-148', term: 'BT-148', value });
    }
    // A GROUP or INFORMATION line may leave its VAT category out (BR-FR-15_BT-95_BT-151).
    const statuses = all(parts.document, 'ram:LineStatusReasonCode').map(stringValue);
    const summaryLine = statuses.includes('GROUP') || statuses.includes('INFORMATION');
    for (const tax of named(settlement, 'ApplicableTradeTax')) {
      vatCategories.push(vatCategory('line', tax, summaryLine));
      for (const value of valuesAt(tax, 'ram:RateApplicablePercent'))
        rates.push({ check: 'BR-FR-DEC-04_BT-152', term: 'BT-152', value });
    }
    const shipTo = party('lineShipTo', firstNamed(lineDelivery, 'ShipToTradeParty'), line.label);
    if (shipTo) parties.push(shipTo);
  }

  const attachmentDescriptions = [];
  const readableCopies = [];
  for (const document of all(agreement, 'ram:AdditionalReferencedDocument')) {
    const names = all(document, 'ram:Name');
    if (names.some((n) => stringValue(n) === 'LISIBLE')) readableCopies.push({ node: document });
    if (!all(document, 'ram:TypeCode').some((t) => stringValue(t) === '916')) continue;
    const name = names[0];
    const code = name === undefined ? '' : normalizeSpace(stringValue(name));
    if (code !== '' && name !== undefined)
      attachmentDescriptions.push({ text: code, place: { node: name } });
  }

  const taxRepresentative = first(agreement, 'ram:SellerTaxRepresentativeTradeParty');
  const vatTotalInEuro = all(summation, 'ram:TaxTotalAmount').find(
    (e) => attribute(e, 'currencyID') === 'EUR',
  );

  return {
    source: 'cii',
    root: { node: root },
    invoiceNumbers: valuesAt(exchanged, 'ram:ID'),
    typeCodes: valuesAt(exchanged, 'ram:TypeCode'),
    frameContext: context === undefined ? undefined : { node: context },
    frames: valuesAt(context, 'ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID'),
    issueDate: valueAt(exchanged, `ram:IssueDateTime/${DATE}`),
    dueDate: valueAt(settlement, `ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/${DATE}`),
    dates,
    dateFormat: 'yyyymmdd',
    notes: notesOf(exchanged),
    precedingInvoices: all(settlement, 'ram:InvoiceReferencedDocument').map(precedingReference),
    parties,
    sirenDeclarations: sirenDeclarations(root),
    taxRepresentative: {
      present: taxRepresentative !== undefined,
      vatId: all(taxRepresentative, 'ram:SpecifiedTaxRegistration/ram:ID')
        .filter((e) => attribute(e, 'schemeID') === 'VA')
        .map(valueOfElement)[0],
    },
    vatCategories,
    attachmentDescriptions,
    readableCopies,
    objectReferences: all(agreement, 'ram:AdditionalReferencedDocument').map(objectReference),
    contractReference: valueAt(agreement, 'ram:ContractReferencedDocument/ram:IssuerAssignedID'),
    periodStart: valueAt(settlement, `ram:BillingSpecifiedPeriod/ram:StartDateTime/${DATE}`),
    periodEnd: valueAt(settlement, `ram:BillingSpecifiedPeriod/ram:EndDateTime/${DATE}`),
    paidAmount: valueAt(summation, 'ram:TotalPrepaidAmount'),
    totalWithVat: valueAt(summation, 'ram:GrandTotalAmount'),
    amountDue: valueAt(summation, 'ram:DuePayableAmount'),
    invoiceCurrencies,
    accountingCurrencies,
    vatTotalInEuro: vatTotalInEuro === undefined ? undefined : valueOfElement(vatTotalInEuro),
    amounts,
    quantities,
    prices,
    rates,
    lines,
    vatBreakdowns,
  };
}

function chargeIndicatorOf(charge: XmlElement): string | undefined {
  const indicator = first(charge, 'ram:ChargeIndicator/udt:Indicator');
  return indicator === undefined ? undefined : normalizeSpace(stringValue(indicator));
}

function vatCategory(
  kind: VatCategoryFacts['kind'],
  tax: XmlElement,
  categoryMayBeAbsent: boolean,
): VatCategoryFacts {
  // `string(ram:RateApplicablePercent)`: an empty rate is no rate for BR-FR-16.
  const rate = valueAt(tax, 'ram:RateApplicablePercent');
  return {
    kind,
    place: { node: tax },
    category: valueAt(tax, 'ram:CategoryCode'),
    categoryMayBeAbsent,
    rate: rate === undefined || rate.text === '' ? undefined : rate,
  };
}

function notesOf(exchanged: XmlElement | undefined): NotesFacts {
  const notes = all(exchanged, 'ram:IncludedNote').map((note) => ({
    note,
    subjects: all(note, 'ram:SubjectCode').map(stringValue),
    contents: all(note, 'ram:Content'),
  }));
  const subjectCounts = new Map<string, number>();
  for (const { subjects } of notes) {
    for (const subject of new Set(subjects)) {
      subjectCounts.set(subject, (subjectCounts.get(subject) ?? 0) + 1);
    }
  }
  const barNotes = notes.filter((n) => n.subjects.includes('BAR'));
  return {
    place: exchanged === undefined ? undefined : { node: exchanged },
    subjectCounts,
    barTreatments: barNotes.map(({ note, contents }) => {
      const content = contents[0];
      return {
        value: content === undefined ? undefined : valueOfElement(content),
        place: { node: note },
      };
    }),
    isB2B: barNotes.some((n) => n.contents.some((c) => stringValue(c) === 'B2B')),
    barTreatmentCount: barNotes.filter((n) => {
      const content = n.contents[0];
      return content !== undefined && BAR_TREATMENTS.has(normalizeSpace(stringValue(content)));
    }).length,
    hasSingleVatGroupMention: notes.some(
      (n) =>
        n.subjects.includes('TXD') &&
        n.contents.some((c) => stringValue(c) === SINGLE_VAT_GROUP_MENTION),
    ),
  };
}

function precedingReference(reference: XmlElement): PrecedingReference {
  return {
    place: { node: reference },
    numbers: valuesAt(reference, 'ram:IssuerAssignedID'),
    dates: valuesAt(reference, 'ram:FormattedIssueDateTime/qdt:DateTimeString'),
    typeCodes: valuesAt(reference, 'ram:TypeCode'),
  };
}

function objectReference(document: XmlElement): ObjectReference {
  const scheme = first(document, 'ram:ReferenceTypeCode');
  const typeCode = first(document, 'ram:TypeCode');
  return {
    place: { node: document },
    scheme: scheme === undefined ? undefined : stringValue(scheme),
    typeCode: typeCode === undefined ? undefined : stringValue(typeCode),
    ids: valuesAt(document, 'ram:IssuerAssignedID'),
  };
}

function party(
  role: PartyRole,
  element: XmlElement | undefined,
  line?: string,
): PartyFacts | undefined {
  if (element === undefined) return undefined;
  return {
    role,
    place: { node: element },
    ...(line === undefined ? {} : { line }),
    ids: schemedAt(element, 'ram:GlobalID'),
    legalIds: schemedAt(element, 'ram:SpecifiedLegalOrganization/ram:ID'),
    endpoints: schemedAt(element, 'ram:URIUniversalCommunication/ram:URIID'),
  };
}

/**
 * BR-FR-32 looks at every legal organisation id and every global id of the document (`//`), in
 * one descent.
 */
function sirenDeclarations(root: XmlElement): SirenDeclaration[] {
  const found: SirenDeclaration[] = [];
  const scan = (element: XmlElement) => {
    const legalOrganization =
      element.localName === 'SpecifiedLegalOrganization' && element.namespace === RAM;
    for (const child of element.children) {
      if (child.children.length > 0) {
        scan(child);
        continue;
      }
      if (child.namespace !== RAM) continue;
      if (legalOrganization && child.localName === 'ID') {
        if (attribute(child, 'schemeID') === SCHEME.SIREN)
          found.push({ check: 'BR-FR-32-LEGALID', term: 'BT-30', value: valueOfElement(child) });
      } else if (child.localName === 'GlobalID') {
        const scheme = attribute(child, 'schemeID');
        if (scheme === SCHEME.SIREN || scheme === SCHEME.SINGLE_VAT_GROUP_MEMBER)
          found.push({ check: 'BR-FR-32-GLOBALID', term: 'BT-29', value: valueOfElement(child) });
      }
    }
  };
  scan(root);
  return found;
}

const RAM = NS.ram;

/** The parts of a line item the rules read, each grouped by child name once. */
interface LineParts {
  readonly item: XmlElement;
  readonly document: XmlElement | undefined;
  readonly agreement: Children;
  readonly delivery: Children;
  readonly settlement: Children;
  readonly product: Children;
}

function lineParts(item: XmlElement): LineParts {
  const parts = childrenIn(item, RAM);
  return {
    item,
    document: firstNamed(parts, 'AssociatedDocumentLineDocument'),
    agreement: childrenIn(firstNamed(parts, 'SpecifiedLineTradeAgreement'), RAM),
    delivery: childrenIn(firstNamed(parts, 'SpecifiedLineTradeDelivery'), RAM),
    settlement: childrenIn(firstNamed(parts, 'SpecifiedLineTradeSettlement'), RAM),
    product: childrenIn(firstNamed(parts, 'SpecifiedTradeProduct'), RAM),
  };
}

function lineFacts(parts: LineParts, index: number): LineFacts {
  const id = valueAt(parts.document, 'ram:LineID');
  return new CiiLine(
    { node: parts.item },
    lineLabel(id?.text, index),
    id,
    valueAt(parts.document, 'ram:LineStatusReasonCode'),
    valueAt(parts.document, 'ram:ParentLineID'),
    named(parts.settlement, 'InvoiceReferencedDocument').map(precedingReference),
    named(parts.settlement, 'AdditionalReferencedDocument').map(objectReference),
    named(parts.product, 'ApplicableProductCharacteristic').map(itemAttribute),
    parts,
  );
}

/** A line item; what only the multi-vendor rules read is read when they ask. */
class CiiLine implements LineFacts {
  constructor(
    readonly place: Place,
    readonly label: string,
    readonly id: Value | undefined,
    readonly subType: Value | undefined,
    readonly parentId: Value | undefined,
    readonly precedingInvoices: readonly PrecedingReference[],
    readonly objectReferences: readonly ObjectReference[],
    readonly attributes: readonly ItemAttributeFacts[],
    private readonly parts: LineParts,
  ) {}

  private get summation(): XmlElement | undefined {
    return firstNamed(this.parts.settlement, 'SpecifiedTradeSettlementLineMonetarySummation');
  }

  private get seller(): XmlElement | undefined {
    return firstNamed(this.parts.agreement, 'ItemSellerTradeParty');
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
    for (const tax of named(this.parts.settlement, 'ApplicableTradeTax')) {
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
    valueCount: all(characteristic, 'ram:Value').length,
    measureUnits: all(characteristic, 'ram:ValueMeasure').map((e) => attribute(e, 'unitCode')),
  };
}
