/**
 * BR-FR facts of a UBL 2.1 Invoice or CreditNote, with the semantics of the official
 * `BR-FR-Flux2-Schematron-UBL.sch` V1.4.0, except where docs/rules/br-fr.md §7 lists a bug of that
 * file: there the facts follow the CII file's intent (each case is marked « intent » below).
 *
 * The French UBL binding has no note subject element: notes are written `#CODE#text` and the
 * rules search the concatenation of every `cbc:Note`. A line's sub-type and parent line sit in a
 * « self-reference »: a `cac:BillingReference` whose invoice id is the invoice's own BT-1.
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import { SCHEME, SINGLE_VAT_GROUP_MENTION } from '../codes';
import { normalizeSpace, occurrences } from '../lexical';
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
  childrenOf,
  first,
  firstChild,
  schemedAt,
  stringValue,
  valueAt,
  valueOfElement,
  valuesAt,
} from './walk';

export function ublFacts(root: XmlElement): FrFacts {
  const invoiceNumbers = valuesAt(root, 'cbc:ID');
  const ownNumbers = new Set(invoiceNumbers.map((v) => v.text));
  const lineElements = root.children.filter(
    (c) =>
      c.namespace === NS.cac && (c.localName === 'InvoiceLine' || c.localName === 'CreditNoteLine'),
  );
  const invoiceCurrencies = valuesAt(root, 'cbc:DocumentCurrencyCode');
  const invoiceCurrencyTexts = new Set(invoiceCurrencies.map((v) => v.text));
  const headerReferences = all(root, 'cac:BillingReference');
  // BT-9 is cbc:DueDate on an Invoice and cac:PaymentMeans/cbc:PaymentDueDate on a CreditNote;
  // the official file reads only the first for BR-FR-03 and CO-07 (« intent »: both).
  const dueDates = [
    ...all(root, 'cbc:DueDate'),
    ...all(root, 'cac:PaymentMeans/cbc:PaymentDueDate'),
  ]
    .sort((a, b) => a.order - b.order)
    .map(valueOfElement);

  const dates: CheckedValue[] = [];
  const addDates = (values: readonly Value[], term: string) => {
    for (const value of values) dates.push({ check: `BR-FR-03_${dateCheckOf(term)}`, term, value });
  };
  addDates(valuesAt(root, 'cbc:IssueDate'), 'BT-2');
  addDates(valuesAt(root, 'cbc:TaxPointDate'), 'BT-7');
  addDates(dueDates, 'BT-9');
  addDates(
    valuesAt(root, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate'),
    'BT-26',
  );
  addDates(valuesAt(root, 'cac:Delivery/cbc:ActualDeliveryDate'), 'BT-72');
  addDates(valuesAt(root, 'cac:InvoicePeriod/cbc:StartDate'), 'BT-73');
  addDates(valuesAt(root, 'cac:InvoicePeriod/cbc:EndDate'), 'BT-74');

  const amounts: CheckedValue[] = [];
  const quantities: CheckedValue[] = [];
  const prices: CheckedValue[] = [];
  const rates: CheckedValue[] = [];
  const vatCategories: VatCategoryFacts[] = [];
  const vatBreakdowns: VatBreakdownFacts[] = [];

  // Contexts such as `cac:AllowanceCharge/cac:TaxCategory` or `cac:TaxTotal/cbc:TaxAmount` are
  // relative in the official file: they match at document level and in lines alike.
  const taxCategoryOfCharge = (charge: XmlElement) => {
    const categories = all(charge, 'cac:TaxCategory');
    if (categories.length === 0) return;
    const term = rateTermOf(charge);
    for (let i = 0; i < categories.length; i++) {
      const category = categories[i] as XmlElement;
      addVatCategory(
        vatCategories,
        rates,
        'allowance-charge',
        category,
        'BR-FR-DEC-04_BT-96_BT-103',
        term,
      );
    }
  };
  const taxTotals = (from: XmlElement, header: boolean) => {
    for (const total of all(from, 'cac:TaxTotal')) {
      for (const element of all(total, 'cbc:TaxAmount')) {
        const currency = attribute(element, 'currencyID');
        const term =
          currency !== undefined && !invoiceCurrencyTexts.has(currency) ? 'BT-111' : 'BT-110';
        amounts.push({ check: 'BR-FR-DEC-01_BT-110', term, value: valueOfElement(element) });
      }
      for (const subtotal of all(total, 'cac:TaxSubtotal')) {
        for (const value of valuesAt(subtotal, 'cbc:TaxableAmount'))
          amounts.push({ check: 'BR-FR-DEC-01_BT-116', term: 'BT-116', value });
        for (const value of valuesAt(subtotal, 'cbc:TaxAmount'))
          amounts.push({ check: 'BR-FR-DEC-01_BT-117', term: 'BT-117', value });
        for (const category of all(subtotal, 'cac:TaxCategory'))
          addVatCategory(
            vatCategories,
            rates,
            'breakdown',
            category,
            'BR-FR-DEC-04_BT-119',
            'BT-119',
          );
        if (header) {
          const reason = first(subtotal, 'cac:TaxCategory/cbc:TaxExemptionReason');
          vatBreakdowns.push({
            isVat: all(subtotal, 'cac:TaxCategory/cac:TaxScheme/cbc:ID').some(
              (e) => stringValue(e) === 'VAT',
            ),
            exemptionReason: reason === undefined ? undefined : stringValue(reason),
            amounts: all(subtotal, 'cbc:TaxAmount').map(stringValue),
          });
        }
      }
    }
  };

  for (const charge of all(root, 'cac:AllowanceCharge')) {
    const isCharge = chargeIndicatorOf(charge) === 'true';
    for (const value of valuesAt(charge, 'cbc:Amount'))
      amounts.push({
        check: 'BR-FR-DEC-01_BT-92_BT-99',
        term: isCharge ? 'BT-99' : 'BT-92',
        value,
      });
    for (const value of valuesAt(charge, 'cbc:BaseAmount'))
      amounts.push({
        check: 'BR-FR-DEC-01_BT-93_BT-100',
        term: isCharge ? 'BT-100' : 'BT-93',
        value,
      });
    taxCategoryOfCharge(charge);
  }
  const monetaryTotal = first(root, 'cac:LegalMonetaryTotal');
  const totals: [string, string][] = [
    ['cbc:LineExtensionAmount', 'BT-106'],
    ['cbc:AllowanceTotalAmount', 'BT-107'],
    ['cbc:ChargeTotalAmount', 'BT-108'],
    ['cbc:TaxExclusiveAmount', 'BT-109'],
    ['cbc:TaxInclusiveAmount', 'BT-112'],
    ['cbc:PrepaidAmount', 'BT-113'],
    ['cbc:PayableRoundingAmount', 'BT-114'],
    ['cbc:PayableAmount', 'BT-115'],
  ];
  for (const [path, term] of totals) {
    for (const value of valuesAt(monetaryTotal, path))
      amounts.push({ check: `BR-FR-DEC-01_${term}`, term, value });
  }
  taxTotals(root, true);

  const customer = first(root, 'cac:AccountingCustomerParty/cac:Party');
  const supplier = first(root, 'cac:AccountingSupplierParty/cac:Party');
  const parties: PartyFacts[] = [
    party('seller', supplier),
    party('buyer', customer),
    party('payee', first(root, 'cac:PayeeParty')),
    party('buyerAgent', first(customer, 'cac:AgentParty')),
    ...all(root, 'cac:PaymentMeans/cac:PaymentMandate/cac:PayerParty').map((p) =>
      party('payer', p),
    ),
    party('sellerAgent', first(supplier, 'cac:AgentParty')),
    party('invoicee', first(customer, 'cac:ServiceProviderParty/cac:Party')),
    party('invoicer', first(supplier, 'cac:ServiceProviderParty/cac:Party')),
    ...all(root, 'cac:Delivery').map((d) => deliveryParty('shipTo', d)),
  ].filter((p): p is PartyFacts => p !== undefined);

  const lines: LineFacts[] = [];
  const scratch = new LineChildren();
  const sink: LineSink = {
    dates,
    amounts,
    quantities,
    prices,
    rates,
    vatCategories,
    parties,
    taxCategoryOfCharge,
    taxTotals,
  };
  // Indexed, and the line's work in functions of their own: this function runs once per
  // document and stays unoptimised, where a for…of allocates an iterator and a result per step.
  for (let index = 0; index < lineElements.length; index++) {
    lines.push(readLine(lineElements[index] as XmlElement, index, ownNumbers, scratch, sink));
  }

  const attachmentDescriptions: Value[] = [];
  const readableCopies: Place[] = [];
  for (const document of all(root, 'cac:AdditionalDocumentReference')) {
    const descriptions = all(document, 'cbc:DocumentDescription');
    if (descriptions.some((d) => stringValue(d) === 'LISIBLE'))
      readableCopies.push({ node: document });
    const description = descriptions[0];
    if (description !== undefined) attachmentDescriptions.push(valueOfElement(description));
  }

  const representative = first(root, 'cac:TaxRepresentativeParty/cac:PartyTaxScheme');
  const vatTotalInEuro = all(root, 'cac:TaxTotal/cbc:TaxAmount').find(
    (e) => attribute(e, 'currencyID') === 'EUR',
  );

  return {
    source: 'ubl',
    root: { node: root },
    invoiceNumbers,
    typeCodes: [
      ...valuesAt(root, 'cbc:InvoiceTypeCode'),
      ...valuesAt(root, 'cbc:CreditNoteTypeCode'),
    ],
    frameContext: { node: root },
    frames: valuesAt(root, 'cbc:ProfileID'),
    issueDate: valueAt(root, 'cbc:IssueDate'),
    dueDate: dueDates[0],
    dates,
    dateFormat: 'iso',
    notes: notesOf(root),
    precedingInvoices: headerReferences.map(precedingReference),
    parties,
    sirenDeclarations: sirenDeclarations(root),
    taxRepresentative: {
      present: representative !== undefined,
      vatId: valueAt(representative, 'cbc:CompanyID'),
    },
    vatCategories,
    attachmentDescriptions,
    readableCopies,
    objectReferences: all(root, 'cac:AdditionalDocumentReference')
      .filter((d) => first(d, 'cbc:ID') !== undefined)
      .map(objectReference),
    contractReference: valueAt(root, 'cac:ContractDocumentReference/cbc:ID'),
    periodStart: valueAt(root, 'cac:InvoicePeriod/cbc:StartDate'),
    periodEnd: valueAt(root, 'cac:InvoicePeriod/cbc:EndDate'),
    paidAmount: valueAt(monetaryTotal, 'cbc:PrepaidAmount'),
    totalWithVat: valueAt(monetaryTotal, 'cbc:TaxInclusiveAmount'),
    amountDue: valueAt(monetaryTotal, 'cbc:PayableAmount'),
    invoiceCurrencies,
    accountingCurrencies: valuesAt(root, 'cbc:TaxCurrencyCode'),
    vatTotalInEuro: vatTotalInEuro === undefined ? undefined : valueOfElement(vatTotalInEuro),
    amounts,
    quantities,
    prices,
    rates,
    lines,
    vatBreakdowns,
  };
}

/** The UBL ids of BR-FR-03 for line periods are BT-134/BT-135 (CII: EXT-FR-FE-134/135). */
function dateCheckOf(term: string): string {
  if (term === 'BT-134') return 'EXT-FR-FE-134';
  if (term === 'BT-135') return 'EXT-FR-FE-135';
  return term;
}

/** The first element's value, unless it is absent or blank. */
function pushUnlessBlank(
  into: CheckedValue[],
  check: string,
  term: string,
  element: XmlElement | undefined,
): void {
  if (element !== undefined && normalizeSpace(stringValue(element)) !== '')
    into.push({ check, term, value: valueOfElement(element) });
}

function chargeIndicatorOf(charge: XmlElement): string | undefined {
  const indicator = first(charge, 'cbc:ChargeIndicator');
  return indicator === undefined ? undefined : normalizeSpace(stringValue(indicator));
}

function rateTermOf(charge: XmlElement): string {
  return chargeIndicatorOf(charge) === 'true' ? 'BT-103' : 'BT-96';
}

/**
 * A VAT category, and each of its rates for BR-FR-DEC-04 (`term`, or the term for an allowance or
 * a charge). UBL: an absent category passes (`not($categoryCode) or …`) and an empty cbc:Percent
 * element is still checked (`not($vatRate)` is false for an element).
 */
function addVatCategory(
  vatCategories: VatCategoryFacts[],
  rates: CheckedValue[],
  kind: VatCategoryFacts['kind'],
  category: XmlElement,
  check: string,
  term: string,
): void {
  const percents = childrenOf(category, CBC, 'Percent');
  const rate = percents.length === 0 ? undefined : valueOfElement(percents[0] as XmlElement);
  vatCategories.push({
    kind,
    place: { node: category },
    category: optionalValue(firstChild(category, CBC, 'ID')),
    categoryMayBeAbsent: true,
    rate,
  });
  for (let i = 0; i < percents.length; i++) {
    const value = i === 0 ? (rate as Value) : valueOfElement(percents[i] as XmlElement);
    rates.push({ check, term, value });
  }
}

/** Value of the first `#CODE#` note after its marker, up to the next `#`. */
function codedValue(joined: string, code: string): string | undefined {
  const marker = `#${code}#`;
  const at = joined.indexOf(marker);
  if (at === -1) return undefined;
  const after = joined.slice(at + marker.length);
  const end = after.indexOf('#');
  return end === -1 ? after : after.slice(0, end);
}

const BAR_COUNTED = ['B2B', 'B2BINT', 'B2C', 'B2CINT', 'OUTOFSCOPE', 'ARCHIVEONLY'];

function notesOf(root: XmlElement): NotesFacts {
  const notes = all(root, 'cbc:Note');
  const texts = notes.map(stringValue);
  const joined = texts.join('');
  const subjectCounts = new Map<string, number>();
  for (const code of ['PMT', 'PMD', 'AAB', 'TXD', 'BAR'])
    subjectCounts.set(code, occurrences(joined, `#${code}#`));
  const treatment = codedValue(joined, 'BAR');
  const barNote = notes.find((_, i) => texts[i]?.includes('#BAR#'));
  const barPlace: Place = { node: barNote ?? root };
  // BR-FR-31 counts `BAR#<treatment>#` in the BAR notes joined, with a final `#`.
  const barNotes = `${texts.filter((t) => t.includes('#BAR#')).join('')}#`;
  return {
    place: { node: root },
    subjectCounts,
    // BR-FR-20 passes an empty treatment in UBL; the B2CINT omission is not copied (« intent »).
    barTreatments:
      treatment === undefined || treatment === ''
        ? []
        : [{ value: { text: treatment, place: barPlace }, place: barPlace }],
    isB2B: treatment === 'B2B',
    barTreatmentCount: BAR_COUNTED.reduce(
      (sum, code) => sum + occurrences(barNotes, `BAR#${code}#`),
      0,
    ),
    hasSingleVatGroupMention: codedValue(joined, 'TXD') === SINGLE_VAT_GROUP_MENTION,
  };
}

function precedingReference(reference: XmlElement): PrecedingReference {
  return {
    place: { node: reference },
    numbers: valuesAt(reference, 'cac:InvoiceDocumentReference/cbc:ID'),
    dates: valuesAt(reference, 'cac:InvoiceDocumentReference/cbc:IssueDate'),
    typeCodes: valuesAt(reference, 'cac:InvoiceDocumentReference/cbc:DocumentTypeCode'),
  };
}

function objectReference(reference: XmlElement): ObjectReference {
  const id = first(reference, 'cbc:ID');
  const typeCode = first(reference, 'cbc:DocumentTypeCode');
  return {
    place: { node: reference },
    scheme: id === undefined ? undefined : attribute(id, 'schemeID'),
    typeCode: typeCode === undefined ? undefined : stringValue(typeCode),
    ids: valuesAt(reference, 'cbc:ID'),
  };
}

function party(role: PartyRole, element: XmlElement | undefined): PartyFacts | undefined {
  if (element === undefined) return undefined;
  return {
    role,
    place: { node: element },
    ids: schemedAt(element, 'cac:PartyIdentification/cbc:ID'),
    legalIds: schemedAt(element, 'cac:PartyLegalEntity/cbc:CompanyID'),
    endpoints: schemedAt(element, 'cbc:EndpointID'),
  };
}

/**
 * A deliver-to place: its identifiers are `cac:DeliveryLocation/cbc:ID`, its SIREN the delivery
 * party's. The official line-level version looks one `cac:DeliveryLocation` too deep and never
 * runs (« intent »: read like the header one).
 */
function deliveryParty(
  role: 'shipTo' | 'lineShipTo',
  delivery: XmlElement,
  line?: string,
): PartyFacts | undefined {
  const location = first(delivery, 'cac:DeliveryLocation');
  const legalIds = schemedAt(delivery, 'cac:DeliveryParty/cac:PartyLegalEntity/cbc:CompanyID');
  if (location === undefined && legalIds.length === 0) return undefined;
  return {
    role,
    place: { node: location ?? delivery },
    ...(line === undefined ? {} : { line }),
    ids: schemedAt(location, 'cbc:ID'),
    legalIds,
    endpoints: [],
  };
}

/**
 * BR-FR-32 looks at every legal entity and party identification of the document (`//`). Only
 * elements with children are descended into: the values sit in leaves.
 */
function sirenDeclarations(root: XmlElement): SirenDeclaration[] {
  const found: SirenDeclaration[] = [];
  const scan = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.children.length === 0) continue;
      if (child.namespace === CAC) {
        if (child.localName === 'PartyLegalEntity')
          collect(child, 'CompanyID', LEGAL_SCHEMES, 'BR-FR-32-LEGALID', 'BT-30', found);
        else if (child.localName === 'PartyIdentification')
          collect(child, 'ID', PARTY_SCHEMES, 'BR-FR-32-GLOBALID', 'BT-29', found);
      }
      scan(child);
    }
  };
  scan(root);
  return found;
}

const CAC = NS.cac;
const CBC = NS.cbc;
const LEGAL_SCHEMES: ReadonlySet<string> = new Set([SCHEME.SIREN]);
const PARTY_SCHEMES: ReadonlySet<string> = new Set([SCHEME.SIREN, SCHEME.SINGLE_VAT_GROUP_MEMBER]);

function collect(
  parent: XmlElement,
  localName: string,
  schemes: ReadonlySet<string>,
  check: string,
  term: string,
  into: SirenDeclaration[],
): void {
  for (const element of parent.children) {
    if (element.localName !== localName || element.namespace !== CBC) continue;
    const scheme = attribute(element, 'schemeID');
    if (scheme !== undefined && schemes.has(scheme))
      into.push({ check, term, value: valueOfElement(element) });
  }
}

/** What reading the lines adds to the document's facts. */
interface LineSink {
  readonly dates: CheckedValue[];
  readonly amounts: CheckedValue[];
  readonly quantities: CheckedValue[];
  readonly prices: CheckedValue[];
  readonly rates: CheckedValue[];
  readonly vatCategories: VatCategoryFacts[];
  readonly parties: PartyFacts[];
  readonly taxCategoryOfCharge: (charge: XmlElement) => void;
  readonly taxTotals: (from: XmlElement, header: boolean) => void;
}

/**
 * The children of a line the facts read, sorted by name in one pass instead of one scan per name.
 * A document refills one instance for each of its lines: what outlives the line is copied out.
 */
class LineChildren {
  /** The first of each. */
  id: XmlElement | undefined;
  item: XmlElement | undefined;
  price: XmlElement | undefined;
  hasTaxTotal = false;
  readonly lineExtensionAmounts: XmlElement[] = [];
  readonly invoicedQuantities: XmlElement[] = [];
  readonly creditedQuantities: XmlElement[] = [];
  readonly billingReferences: XmlElement[] = [];
  readonly documentReferences: XmlElement[] = [];
  readonly deliveries: XmlElement[] = [];
  readonly invoicePeriods: XmlElement[] = [];
  readonly allowanceCharges: XmlElement[] = [];

  fill(line: XmlElement): void {
    this.id = undefined;
    this.item = undefined;
    this.price = undefined;
    this.hasTaxTotal = false;
    this.lineExtensionAmounts.length = 0;
    this.invoicedQuantities.length = 0;
    this.creditedQuantities.length = 0;
    this.billingReferences.length = 0;
    this.documentReferences.length = 0;
    this.deliveries.length = 0;
    this.invoicePeriods.length = 0;
    this.allowanceCharges.length = 0;
    const { children } = line;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as XmlElement;
      if (child.namespace === CBC) this.basic(child);
      else if (child.namespace === CAC) this.aggregate(child);
    }
  }

  private basic(child: XmlElement): void {
    switch (child.localName) {
      case 'ID':
        this.id ??= child;
        break;
      case 'LineExtensionAmount':
        this.lineExtensionAmounts.push(child);
        break;
      case 'InvoicedQuantity':
        this.invoicedQuantities.push(child);
        break;
      case 'CreditedQuantity':
        this.creditedQuantities.push(child);
        break;
    }
  }

  private aggregate(child: XmlElement): void {
    switch (child.localName) {
      case 'Item':
        this.item ??= child;
        break;
      case 'Price':
        this.price ??= child;
        break;
      case 'TaxTotal':
        this.hasTaxTotal = true;
        break;
      case 'BillingReference':
        this.billingReferences.push(child);
        break;
      case 'DocumentReference':
        this.documentReferences.push(child);
        break;
      case 'Delivery':
        this.deliveries.push(child);
        break;
      case 'InvoicePeriod':
        this.invoicePeriods.push(child);
        break;
      case 'AllowanceCharge':
        this.allowanceCharges.push(child);
        break;
    }
  }
}

/**
 * One line's facts, and what it adds to the document's dates, amounts, quantities, prices, rates,
 * VAT categories and parties, in the order the header-then-lines reading gives them.
 */
function readLine(
  element: XmlElement,
  index: number,
  ownNumbers: ReadonlySet<string>,
  children: LineChildren,
  sink: LineSink,
): LineFacts {
  children.fill(element);
  const line = lineFacts(element, children, index, ownNumbers);
  const { precedingInvoices } = line;
  for (let i = 0; i < precedingInvoices.length; i++) {
    const { dates } = precedingInvoices[i] as PrecedingReference;
    for (let j = 0; j < dates.length; j++)
      sink.dates.push({
        check: 'BR-FR-03_EXT-FR-FE-138',
        term: 'EXT-FR-FE-138',
        value: dates[j] as Value,
      });
  }
  const { deliveries, invoicePeriods, allowanceCharges } = children;
  for (let i = 0; i < deliveries.length; i++) {
    const delivery = deliveries[i] as XmlElement;
    pushValues(
      sink.dates,
      childrenOf(delivery, CBC, 'ActualDeliveryDate'),
      'BR-FR-03_EXT-FR-FE-158',
      'EXT-FR-FE-158',
    );
  }
  for (let i = 0; i < invoicePeriods.length; i++) {
    const period = invoicePeriods[i] as XmlElement;
    pushValues(
      sink.dates,
      childrenOf(period, CBC, 'StartDate'),
      'BR-FR-03_EXT-FR-FE-134',
      'BT-134',
    );
    pushValues(sink.dates, childrenOf(period, CBC, 'EndDate'), 'BR-FR-03_EXT-FR-FE-135', 'BT-135');
  }
  pushValues(sink.amounts, children.lineExtensionAmounts, 'BR-FR-DEC-01_BT-131', 'BT-131');
  for (let i = 0; i < allowanceCharges.length; i++) {
    const charge = allowanceCharges[i] as XmlElement;
    const isCharge = chargeIndicatorOf(charge) === 'true';
    pushValues(
      sink.amounts,
      childrenOf(charge, CBC, 'Amount'),
      'BR-FR-DEC-01_BT-136_BT-141',
      isCharge ? 'BT-141' : 'BT-136',
    );
    pushValues(
      sink.amounts,
      childrenOf(charge, CBC, 'BaseAmount'),
      'BR-FR-DEC-01_BT-137_BT-142',
      isCharge ? 'BT-142' : 'BT-137',
    );
    sink.taxCategoryOfCharge(charge);
  }
  if (children.hasTaxTotal) sink.taxTotals(element, false);
  pushValues(sink.quantities, children.invoicedQuantities, 'BR-FR-DEC-02_BT-129', 'BT-129');
  pushValues(sink.quantities, children.creditedQuantities, 'BR-FR-DEC-02_BT-129', 'BT-129');
  // DEC-02 BT-149 and DEC-03 skip an empty value in UBL (`not($quantity) or …`).
  const { price } = children;
  if (price !== undefined) {
    const { quantities, prices } = sink;
    pushUnlessBlank(
      quantities,
      'BR-FR-DEC-02_BT-149',
      'BT-149',
      firstChild(price, CBC, 'BaseQuantity'),
    );
    pushUnlessBlank(prices, 'BR-FR-DEC-03_BT-146', 'BT-146', firstChild(price, CBC, 'PriceAmount'));
    const charges = childrenOf(price, CAC, 'AllowanceCharge');
    for (let i = 0; i < charges.length; i++) {
      const charge = charges[i] as XmlElement;
      pushUnlessBlank(prices, 'BR-FR-DEC-03_BT-147', 'BT-147', firstChild(charge, CBC, 'Amount'));
      const bases = childrenOf(charge, CBC, 'BaseAmount');
      for (let j = 0; j < bases.length; j++)
        pushUnlessBlank(prices, 'BR-FR-DEC-03_BT-148', 'BT-148', bases[j]);
      sink.taxCategoryOfCharge(charge);
    }
  }
  const categories = childrenOf(children.item, CAC, 'ClassifiedTaxCategory');
  for (let i = 0; i < categories.length; i++) {
    const category = categories[i] as XmlElement;
    addVatCategory(
      sink.vatCategories,
      sink.rates,
      'line',
      category,
      'BR-FR-DEC-04_BT-152',
      'BT-152',
    );
  }
  for (let i = 0; i < deliveries.length; i++) {
    const shipTo = deliveryParty('lineShipTo', deliveries[i] as XmlElement, line.label);
    if (shipTo) sink.parties.push(shipTo);
  }
  return line;
}

/** Each element's value, checked by `check` and named `term`. */
function pushValues(
  into: CheckedValue[],
  elements: readonly XmlElement[],
  check: string,
  term: string,
): void {
  for (let i = 0; i < elements.length; i++)
    into.push({ check, term, value: valueOfElement(elements[i] as XmlElement) });
}

const NO_PRECEDING_REFERENCES: readonly PrecedingReference[] = [];
const NO_OBJECT_REFERENCES: readonly ObjectReference[] = [];
const NO_ATTRIBUTES: readonly ItemAttributeFacts[] = [];

function lineFacts(
  element: XmlElement,
  children: LineChildren,
  index: number,
  ownNumbers: ReadonlySet<string>,
): LineFacts {
  // The first self-reference gives the sub-type and the parent line; a later one is neither a
  // self-reference read nor a preceding invoice.
  const references = children.billingReferences;
  let self: XmlElement | undefined;
  let preceding: PrecedingReference[] | undefined;
  for (let i = 0; i < references.length; i++) {
    const reference = references[i] as XmlElement;
    if (isSelfReference(reference, ownNumbers)) self ??= reference;
    else if (preceding === undefined) preceding = [precedingReference(reference)];
    else preceding.push(precedingReference(reference));
  }
  const status = valueAt(self, 'cac:InvoiceDocumentReference/cbc:DocumentStatusCode');
  const { id, item, documentReferences } = children;
  const properties = childrenOf(item, CAC, 'AdditionalItemProperty');
  return new UblLine(
    { node: element },
    lineLabel(id === undefined ? undefined : stringValue(id), index),
    optionalValue(id),
    // A self-reference without a status is a line with a blank sub-type, not a line without one.
    self === undefined ? undefined : (status ?? { text: '', place: { node: self } }),
    valueAt(self, 'cac:BillingReferenceLine/cbc:ID'),
    // « intent »: EXT-FR-FE-136…138 are the line's references to other invoices (the official
    // BR-FR-01/02/03 read cac:DocumentReference, which is BT-128).
    preceding ?? NO_PRECEDING_REFERENCES,
    documentReferences.length === 0
      ? NO_OBJECT_REFERENCES
      : documentReferences.map(objectReference),
    properties.length === 0 ? NO_ATTRIBUTES : properties.map(itemAttribute),
    element,
    item,
  );
}

function isSelfReference(reference: XmlElement, ownNumbers: ReadonlySet<string>): boolean {
  return all(reference, 'cac:InvoiceDocumentReference/cbc:ID').some((id) =>
    ownNumbers.has(stringValue(id)),
  );
}

function optionalValue(found: XmlElement | undefined): Value | undefined {
  return found === undefined ? undefined : valueOfElement(found);
}

/** A line; what only the multi-vendor rules read is read when they ask. */
class UblLine implements LineFacts {
  #seller: Pick<LineFacts, 'sellerName' | 'sellerLegalIds' | 'sellerCountry'> | undefined;

  constructor(
    readonly place: Place,
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
        ...valueOfElement(e),
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
    valueCount: all(property, 'cbc:Value').length,
    measureUnits: all(property, 'cbc:ValueQuantity').map((e) => attribute(e, 'unitCode')),
  };
}
