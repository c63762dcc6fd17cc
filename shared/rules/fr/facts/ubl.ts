/**
 * BR-FR facts of a UBL 2.1 Invoice or CreditNote, with the semantics of the official
 * `BR-FR-Flux2-Schematron-UBL.sch` V1.4.0, except where docs/rules/br-fr.md §7 lists a bug of that
 * file: there the facts follow the CII file's intent (each case is marked « intent » below).
 *
 * The French UBL binding has no note subject element: notes are written `#CODE#text` and the
 * rules search the concatenation of every `cbc:Note`. A line's sub-type and parent line sit in a
 * « self-reference »: a `cac:BillingReference` whose invoice id is the invoice's own BT-1.
 */
import type { XmlElement } from '../../../xml';
import { SCHEME, SINGLE_VAT_GROUP_MENTION } from '../codes';
import { occurrences } from '../lexical';
import type {
  CheckedValue,
  FrFacts,
  LineFacts,
  NotesFacts,
  PartyFacts,
  PartyRole,
  Place,
  SirenDeclaration,
  Value,
  VatBreakdownFacts,
  VatCategoryFacts,
} from './types';
import { LineChildren, type LineSink, readLine } from './ubl-lines';
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
  first,
  schemedAt,
  stringValue,
  valueAt,
  valueOfElement,
  valuesAt,
} from './walk';

const BREAKDOWN_RATE = { check: 'BR-FR-DEC-04_BT-119', term: 'BT-119' };

export function ublFacts(root: XmlElement): FrFacts {
  const invoiceNumbers = valuesAt(root, 'cbc:ID');
  const ownNumbers = new Set(invoiceNumbers.map((v) => v.text));
  const lineElements = root.children.filter(
    (c) =>
      c.namespace === CAC && (c.localName === 'InvoiceLine' || c.localName === 'CreditNoteLine'),
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
    const checked = { check: 'BR-FR-DEC-04_BT-96_BT-103', term: rateTermOf(charge) };
    for (let i = 0; i < categories.length; i++) {
      const category = categories[i] as XmlElement;
      addVatCategory(vatCategories, rates, 'allowance-charge', category, checked);
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
          addVatCategory(vatCategories, rates, 'breakdown', category, BREAKDOWN_RATE);
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

function rateTermOf(charge: XmlElement): string {
  return chargeIndicatorOf(charge) === 'true' ? 'BT-103' : 'BT-96';
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
 * BR-FR-32 looks at every legal entity and party identification of the document (`//`). Only
 * elements with children are descended into: the values sit in leaves.
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
  const { children } = element;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as XmlElement;
    if (child.children.length === 0) continue;
    if (child.namespace === CAC) {
      if (child.localName === 'PartyLegalEntity')
        collect(child, 'CompanyID', LEGAL_SCHEMES, 'BR-FR-32-LEGALID', 'BT-30', found);
      else if (child.localName === 'PartyIdentification')
        collect(child, 'ID', PARTY_SCHEMES, 'BR-FR-32-GLOBALID', 'BT-29', found);
    }
    addSirenDeclarations(child, found);
  }
}

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
