/**
 * BR-FR facts of a CII D16B document (Factur-X, EXTENDED-CTC-FR), with the semantics of the
 * official `BR-FR-Flux2-Schematron-CII.sch` V1.4.0. The paths are those of its rule contexts and
 * `let` variables (docs/rules/br-fr.md, appendix A).
 */
import type { XmlElement } from '../../../xml';
import { BAR_TREATMENTS, SCHEME, SINGLE_VAT_GROUP_MENTION } from '../codes';
import { normalizeSpace } from '../lexical';
import { type LineSink, readLine } from './cii-lines';
import {
  addVatCategory,
  chargeIndicatorOf,
  objectReference,
  party,
  precedingReference,
  RAM,
} from './cii-parts';
import type {
  CheckedValue,
  FrFacts,
  LineFacts,
  NotesFacts,
  PartyFacts,
  SirenDeclaration,
  VatBreakdownFacts,
  VatCategoryFacts,
} from './types';
import { all, attribute, first, stringValue, valueAt, valueOfElement, valuesAt } from './walk';

const DATE = 'udt:DateTimeString';
const BREAKDOWN_RATE = { check: 'BR-FR-DEC-04_BT-119', term: 'BT-119' };

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
    const checked = { check: 'BR-FR-DEC-04_BT-96_BT-103', term: isCharge ? 'BT-103' : 'BT-96' };
    for (const tax of all(charge, 'ram:CategoryTradeTax'))
      addVatCategory(vatCategories, rates, 'allowance-charge', tax, false, checked);
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
    addVatCategory(vatCategories, rates, 'breakdown', tax, false, BREAKDOWN_RATE);
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
  const sink: LineSink = { dates, amounts, quantities, prices, rates, vatCategories, parties };
  const items = all(transaction, 'ram:IncludedSupplyChainTradeLineItem');
  // Indexed, and the line's work in functions of their own: this function runs once per
  // document and stays unoptimised, where a for…of allocates an iterator and a result per step.
  for (let index = 0; index < items.length; index++)
    lines.push(readLine(items[index] as XmlElement, index, sink));

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

/**
 * BR-FR-32 looks at every legal organisation id and every global id of the document (`//`), in
 * one descent.
 */
function sirenDeclarations(root: XmlElement): SirenDeclaration[] {
  const found: SirenDeclaration[] = [];
  addSirenDeclarations(root, found);
  return found;
}

// A function of the module rather than a closure made per document: V8 optimises it once for
// every document instead of warming a new one up each time (meanwhile each step of a for…of over
// children allocates).
function addSirenDeclarations(element: XmlElement, found: SirenDeclaration[]): void {
  const legalOrganization =
    element.localName === 'SpecifiedLegalOrganization' && element.namespace === RAM;
  const { children } = element;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as XmlElement;
    if (child.children.length > 0) {
      addSirenDeclarations(child, found);
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
}
