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
  PrecedingReference,
  SirenDeclaration,
  VatBreakdownFacts,
  VatCategoryFacts,
} from './types';
import {
  all,
  attribute,
  everyElement,
  first,
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
    const line = lineFacts(item, index);
    lines.push(line);
    const lineSettlement = first(item, 'ram:SpecifiedLineTradeSettlement');
    const lineAgreement = first(item, 'ram:SpecifiedLineTradeAgreement');
    const lineDelivery = first(item, 'ram:SpecifiedLineTradeDelivery');
    addDates(
      lineSettlement,
      'ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString',
      'EXT-FR-FE-138',
    );
    addDates(
      lineDelivery,
      `ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/${DATE}`,
      'EXT-FR-FE-158',
    );
    addDates(
      lineSettlement,
      `ram:BillingSpecifiedPeriod/ram:StartDateTime/${DATE}`,
      'BT-134',
      'EXT-FR-FE-134',
    );
    addDates(
      lineSettlement,
      `ram:BillingSpecifiedPeriod/ram:EndDateTime/${DATE}`,
      'BT-135',
      'EXT-FR-FE-135',
    );
    for (const value of valuesAt(
      lineSettlement,
      'ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount',
    ))
      amounts.push({ check: 'BR-FR-DEC-01_BT-131', term: 'BT-131', value });
    for (const charge of all(lineSettlement, 'ram:SpecifiedTradeAllowanceCharge')) {
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
    for (const value of valuesAt(lineDelivery, 'ram:BilledQuantity'))
      quantities.push({ check: 'BR-FR-DEC-02_BT-129', term: 'BT-129', value });
    for (const value of valuesAt(lineAgreement, 'ram:NetPriceProductTradePrice/ram:BasisQuantity'))
      quantities.push({ check: 'BR-FR-DEC-02_BT-149', term: 'BT-149', value });
    for (const value of valuesAt(lineAgreement, 'ram:NetPriceProductTradePrice/ram:ChargeAmount'))
      prices.push({ check: 'BR-FR-DEC-03_BT-146', term: 'BT-146', value });
    for (const value of valuesAt(
      lineAgreement,
      'ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ActualAmount',
    ))
      prices.push({ check: 'BR-FR-DEC-03_BT-147', term: 'BT-147', value });
    for (const value of valuesAt(lineAgreement, 'ram:GrossPriceProductTradePrice/ram:ChargeAmount'))
      prices.push({ check: 'BR-FR-DEC-03_BT-148', term: 'BT-148', value });
    // A GROUP or INFORMATION line may leave its VAT category out (BR-FR-15_BT-95_BT-151).
    const statuses = all(item, 'ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode').map(
      stringValue,
    );
    const summaryLine = statuses.includes('GROUP') || statuses.includes('INFORMATION');
    for (const tax of all(lineSettlement, 'ram:ApplicableTradeTax')) {
      vatCategories.push(vatCategory('line', tax, summaryLine));
      for (const value of valuesAt(tax, 'ram:RateApplicablePercent'))
        rates.push({ check: 'BR-FR-DEC-04_BT-152', term: 'BT-152', value });
    }
    const shipTo = party('lineShipTo', first(lineDelivery, 'ram:ShipToTradeParty'), line.label);
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

/** BR-FR-32 looks at every legal organisation id and global id of the document (`//`). */
function sirenDeclarations(root: XmlElement): SirenDeclaration[] {
  const found: SirenDeclaration[] = [];
  for (const element of everyElement(root)) {
    if (element.namespace !== NS.ram) continue;
    if (element.localName === 'ID' && element.parent?.localName === 'SpecifiedLegalOrganization') {
      if (element.parent.namespace === NS.ram && attribute(element, 'schemeID') === SCHEME.SIREN)
        found.push({ check: 'BR-FR-32-LEGALID', term: 'BT-30', value: valueOfElement(element) });
    } else if (element.localName === 'GlobalID') {
      const scheme = attribute(element, 'schemeID');
      if (scheme === SCHEME.SIREN || scheme === SCHEME.SINGLE_VAT_GROUP_MEMBER)
        found.push({ check: 'BR-FR-32-GLOBALID', term: 'BT-29', value: valueOfElement(element) });
    }
  }
  return found;
}

function lineFacts(item: XmlElement, index: number): LineFacts {
  const document = first(item, 'ram:AssociatedDocumentLineDocument');
  const agreement = first(item, 'ram:SpecifiedLineTradeAgreement');
  const settlement = first(item, 'ram:SpecifiedLineTradeSettlement');
  const summation = first(settlement, 'ram:SpecifiedTradeSettlementLineMonetarySummation');
  const sellerParty = first(agreement, 'ram:ItemSellerTradeParty');
  const id = valueAt(document, 'ram:LineID');
  return {
    place: { node: item },
    label: lineLabel(id?.text, index),
    id,
    subType: valueAt(document, 'ram:LineStatusReasonCode'),
    parentId: valueAt(document, 'ram:ParentLineID'),
    precedingInvoices: all(settlement, 'ram:InvoiceReferencedDocument').map(precedingReference),
    objectReferences: all(settlement, 'ram:AdditionalReferencedDocument').map(objectReference),
    netAmount: valueAt(summation, 'ram:LineTotalAmount'),
    sellerName: valueAt(sellerParty, 'ram:Name'),
    sellerLegalIds: valuesAt(sellerParty, 'ram:SpecifiedLegalOrganization/ram:ID'),
    sellerCountry: valueAt(sellerParty, 'ram:PostalTradeAddress/ram:CountryID'),
    vatTotals: all(summation, 'ram:TaxTotalAmount').map((e) => ({
      ...valueOfElement(e),
      currency: attribute(e, 'currencyID'),
    })),
    grossTotal: valueAt(summation, 'ram:GrandTotalAmount'),
    exemptionReason: valueAt(settlement, 'ram:ApplicableTradeTax/ram:ExemptionReason'),
    attributes: all(item, 'ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic').map(
      itemAttribute,
    ),
  };
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
