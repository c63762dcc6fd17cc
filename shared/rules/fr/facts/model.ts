/**
 * BR-FR facts of an invoice that did not come from XML (JSON, the portal form, a PDF extraction):
 * what the EN 16931 model holds, read with the CII file's semantics. The model keeps neither the
 * raw lexical forms nor the parties outside the norm; French extension terms are read from
 * `extensions` when a producer put them there as plain strings (EXT-FR-FE-136…184).
 *
 * An identifier without a scheme is what CII writes `ram:ID` (BT-29): it is not a scheme-bearing
 * identifier for BR-FR-09 and CO-10, as in the CII file.
 */
import type { Identifier, Invoice, InvoiceLine, JsonValue, PointerSegment } from '../../../model';
import { DOCUMENT_TOTAL_TERMS, pointer } from '../../../model';
import { SCHEME } from '../codes';
import { normalizeSpace } from '../lexical';
import { lineLabel } from './labels';
import type {
  CheckedValue,
  FrFacts,
  LineFacts,
  ObjectReference,
  PartyFacts,
  PartyRole,
  PrecedingReference,
  SchemedValue,
  SirenDeclaration,
  Value,
  VatCategoryFacts,
} from './types';

function value(text: string | undefined, ...at: PointerSegment[]): Value | undefined {
  return text === undefined ? undefined : { text, place: { at: pointer(...at) } };
}

function values(text: string | undefined, ...at: PointerSegment[]): Value[] {
  const found = value(text, ...at);
  return found === undefined ? [] : [found];
}

function schemed(id: Identifier | undefined, ...at: PointerSegment[]): SchemedValue[] {
  return id === undefined
    ? []
    : [{ text: id.id, scheme: id.scheme, place: { at: pointer(...at) } }];
}

/** Identifiers that carry a scheme (the others are CII's scheme-less `ram:ID`). */
function withScheme(ids: readonly SchemedValue[]): SchemedValue[] {
  return ids.filter((id) => id.scheme !== undefined);
}

function extensionText(extensions: Record<string, JsonValue> | undefined, key: string) {
  const found = extensions?.[key];
  return typeof found === 'string' ? found : undefined;
}

export function modelFacts(invoice: Invoice): FrFacts {
  const seller = invoice['BG-4'];
  const buyer = invoice['BG-7'];
  const payee = invoice['BG-10'];
  const delivery = invoice['BG-13'];
  const period = delivery?.['BG-14'];
  const totals = invoice['BG-22'];

  const dates: CheckedValue[] = [];
  const addDate = (term: string, text: string | undefined, ...at: PointerSegment[]) => {
    const found = value(text, ...at);
    // The CII ids of the line period checks name them EXT-FR-FE-134/135.
    const check = term === 'BT-134' || term === 'BT-135' ? `EXT-FR-FE-${term.slice(3)}` : term;
    if (found) dates.push({ check: `BR-FR-03_${check}`, term, value: found });
  };
  addDate('BT-2', invoice['BT-2'], 'BT-2');
  addDate('BT-7', invoice['BT-7'], 'BT-7');
  addDate('BT-9', invoice['BT-9'], 'BT-9');
  for (const [i, reference] of (invoice['BG-3'] ?? []).entries())
    addDate('BT-26', reference['BT-26'], 'BG-3', i, 'BT-26');
  addDate('BT-72', delivery?.['BT-72'], 'BG-13', 'BT-72');
  addDate('BT-73', period?.['BT-73'], 'BG-13', 'BG-14', 'BT-73');
  addDate('BT-74', period?.['BT-74'], 'BG-13', 'BG-14', 'BT-74');

  const sellerIds = (seller?.['BT-29'] ?? []).flatMap((id, i) => schemed(id, 'BG-4', 'BT-29', i));
  const parties: PartyFacts[] = [];
  const addParty = (
    role: PartyRole,
    present: boolean,
    at: PointerSegment[],
    facts: Omit<PartyFacts, 'role' | 'place'>,
  ) => {
    if (present) parties.push({ role, place: { at: pointer(...at) }, ...facts });
  };
  addParty('seller', seller !== undefined, ['BG-4'], {
    ids: withScheme(sellerIds),
    legalIds: schemed(seller?.['BT-30'], 'BG-4', 'BT-30'),
    endpoints: schemed(seller?.['BT-34'], 'BG-4', 'BT-34'),
  });
  addParty('buyer', buyer !== undefined, ['BG-7'], {
    ids: withScheme(schemed(buyer?.['BT-46'], 'BG-7', 'BT-46')),
    legalIds: schemed(buyer?.['BT-47'], 'BG-7', 'BT-47'),
    endpoints: schemed(buyer?.['BT-49'], 'BG-7', 'BT-49'),
  });
  addParty('payee', payee !== undefined, ['BG-10'], {
    ids: withScheme(schemed(payee?.['BT-60'], 'BG-10', 'BT-60')),
    legalIds: schemed(payee?.['BT-61'], 'BG-10', 'BT-61'),
    endpoints: [],
  });
  addParty('shipTo', delivery?.['BT-71'] !== undefined, ['BG-13'], {
    ids: withScheme(schemed(delivery?.['BT-71'], 'BG-13', 'BT-71')),
    legalIds: [],
    endpoints: [],
  });

  const sirenDeclarations: SirenDeclaration[] = [];
  for (const party of parties) {
    for (const id of party.legalIds)
      if (id.scheme === SCHEME.SIREN)
        sirenDeclarations.push({ check: 'BR-FR-32-LEGALID', term: 'BT-30', value: id });
    for (const id of party.ids)
      if (id.scheme === SCHEME.SIREN || id.scheme === SCHEME.SINGLE_VAT_GROUP_MEMBER)
        sirenDeclarations.push({ check: 'BR-FR-32-GLOBALID', term: 'BT-29', value: id });
  }

  const amounts: CheckedValue[] = [];
  const quantities: CheckedValue[] = [];
  const prices: CheckedValue[] = [];
  const rates: CheckedValue[] = [];
  const vatCategories: VatCategoryFacts[] = [];
  const push = (
    into: CheckedValue[],
    check: string,
    term: string,
    text: string | undefined,
    ...at: PointerSegment[]
  ) => {
    const found = value(text, ...at);
    if (found) into.push({ check, term, value: found });
  };
  for (const [i, allowance] of (invoice['BG-20'] ?? []).entries()) {
    push(amounts, 'BR-FR-DEC-01_BT-92_BT-99', 'BT-92', allowance['BT-92'], 'BG-20', i, 'BT-92');
    push(amounts, 'BR-FR-DEC-01_BT-93_BT-100', 'BT-93', allowance['BT-93'], 'BG-20', i, 'BT-93');
    push(rates, 'BR-FR-DEC-04_BT-96_BT-103', 'BT-96', allowance['BT-96'], 'BG-20', i, 'BT-96');
    vatCategories.push({
      kind: 'allowance-charge',
      place: { at: pointer('BG-20', i) },
      category: value(allowance['BT-95'], 'BG-20', i, 'BT-95'),
      categoryMayBeAbsent: false,
      rate: value(allowance['BT-96'], 'BG-20', i, 'BT-96'),
    });
  }
  for (const [i, charge] of (invoice['BG-21'] ?? []).entries()) {
    push(amounts, 'BR-FR-DEC-01_BT-92_BT-99', 'BT-99', charge['BT-99'], 'BG-21', i, 'BT-99');
    push(amounts, 'BR-FR-DEC-01_BT-93_BT-100', 'BT-100', charge['BT-100'], 'BG-21', i, 'BT-100');
    push(rates, 'BR-FR-DEC-04_BT-96_BT-103', 'BT-103', charge['BT-103'], 'BG-21', i, 'BT-103');
    vatCategories.push({
      kind: 'allowance-charge',
      place: { at: pointer('BG-21', i) },
      category: value(charge['BT-102'], 'BG-21', i, 'BT-102'),
      categoryMayBeAbsent: false,
      rate: value(charge['BT-103'], 'BG-21', i, 'BT-103'),
    });
  }
  for (const term of DOCUMENT_TOTAL_TERMS) {
    // BT-111 shares BT-110's check, as in the official files.
    const check = term === 'BT-111' ? 'BR-FR-DEC-01_BT-110' : `BR-FR-DEC-01_${term}`;
    push(amounts, check, term, totals?.[term], 'BG-22', term);
  }
  const vatBreakdowns = (invoice['BG-23'] ?? []).map((breakdown, i) => {
    push(amounts, 'BR-FR-DEC-01_BT-116', 'BT-116', breakdown['BT-116'], 'BG-23', i, 'BT-116');
    push(amounts, 'BR-FR-DEC-01_BT-117', 'BT-117', breakdown['BT-117'], 'BG-23', i, 'BT-117');
    push(rates, 'BR-FR-DEC-04_BT-119', 'BT-119', breakdown['BT-119'], 'BG-23', i, 'BT-119');
    vatCategories.push({
      kind: 'breakdown',
      place: { at: pointer('BG-23', i) },
      category: value(breakdown['BT-118'], 'BG-23', i, 'BT-118'),
      categoryMayBeAbsent: false,
      rate: value(breakdown['BT-119'], 'BG-23', i, 'BT-119'),
    });
    return {
      isVat: true,
      exemptionReason: breakdown['BT-120'],
      amounts: breakdown['BT-117'] === undefined ? [] : [breakdown['BT-117']],
    };
  });

  const lines = (invoice['BG-25'] ?? []).map((line, i) => {
    const facts = lineFacts(line, i, { invoice: invoice['BT-5'], accounting: invoice['BT-6'] });
    const at = (...rest: PointerSegment[]) => ['BG-25', i, ...rest];
    addDate('BT-134', line['BG-26']?.['BT-134'], ...at('BG-26', 'BT-134'));
    addDate('BT-135', line['BG-26']?.['BT-135'], ...at('BG-26', 'BT-135'));
    for (const reference of facts.precedingInvoices)
      for (const date of reference.dates)
        dates.push({ check: 'BR-FR-03_EXT-FR-FE-138', term: 'EXT-FR-FE-138', value: date });
    const delivered = value(
      extensionText(line.extensions, 'EXT-FR-FE-158'),
      ...at('extensions', 'EXT-FR-FE-158'),
    );
    if (delivered)
      dates.push({ check: 'BR-FR-03_EXT-FR-FE-158', term: 'EXT-FR-FE-158', value: delivered });
    push(amounts, 'BR-FR-DEC-01_BT-131', 'BT-131', line['BT-131'], ...at('BT-131'));
    for (const [j, allowance] of (line['BG-27'] ?? []).entries()) {
      push(
        amounts,
        'BR-FR-DEC-01_BT-136_BT-141',
        'BT-136',
        allowance['BT-136'],
        ...at('BG-27', j, 'BT-136'),
      );
      push(
        amounts,
        'BR-FR-DEC-01_BT-137_BT-142',
        'BT-137',
        allowance['BT-137'],
        ...at('BG-27', j, 'BT-137'),
      );
    }
    for (const [j, charge] of (line['BG-28'] ?? []).entries()) {
      push(
        amounts,
        'BR-FR-DEC-01_BT-136_BT-141',
        'BT-141',
        charge['BT-141'],
        ...at('BG-28', j, 'BT-141'),
      );
      push(
        amounts,
        'BR-FR-DEC-01_BT-137_BT-142',
        'BT-142',
        charge['BT-142'],
        ...at('BG-28', j, 'BT-142'),
      );
    }
    push(quantities, 'BR-FR-DEC-02_BT-129', 'BT-129', line['BT-129'], ...at('BT-129'));
    const price = line['BG-29'];
    push(quantities, 'BR-FR-DEC-02_BT-149', 'BT-149', price?.['BT-149'], ...at('BG-29', 'BT-149'));
    push(prices, 'BR-FR-DEC-03_BT-146', 'BT-146', price?.['BT-146'], ...at('BG-29', 'BT-146'));
    push(prices, 'BR-FR-DEC-03_BT-147', 'BT-147', price?.['BT-147'], ...at('BG-29', 'BT-147'));
    push(prices, 'BR-FR-DEC-03_BT-148', 'BT-148', price?.['BT-148'], ...at('BG-29', 'BT-148'));
    const vat = line['BG-30'];
    if (vat !== undefined) {
      push(rates, 'BR-FR-DEC-04_BT-152', 'BT-152', vat['BT-152'], ...at('BG-30', 'BT-152'));
      const subType = facts.subType?.text;
      vatCategories.push({
        kind: 'line',
        place: { at: pointer(...at('BG-30')) },
        category: value(vat['BT-151'], ...at('BG-30', 'BT-151')),
        categoryMayBeAbsent: subType === 'GROUP' || subType === 'INFORMATION',
        rate: value(vat['BT-152'], ...at('BG-30', 'BT-152')),
      });
    }
    return facts;
  });

  const documents = invoice['BG-24'] ?? [];
  const representative = invoice['BG-11'];
  const objectReferences: ObjectReference[] = [];
  const object = invoice['BT-18'];
  if (object !== undefined) {
    objectReferences.push({
      place: { at: pointer('BT-18') },
      scheme: object.scheme,
      typeCode: '130',
      ids: values(object.id, 'BT-18', 'id'),
    });
  }
  const euroTotal =
    invoice['BT-6'] === 'EUR'
      ? value(totals?.['BT-111'], 'BG-22', 'BT-111')
      : invoice['BT-5'] === 'EUR'
        ? value(totals?.['BT-110'], 'BG-22', 'BT-110')
        : undefined;

  return {
    source: 'model',
    root: { at: '' },
    invoiceNumbers: values(invoice['BT-1'], 'BT-1'),
    typeCodes: values(invoice['BT-3'], 'BT-3'),
    frameContext: { at: pointer('BG-2') },
    frames: values(invoice['BG-2']?.['BT-23'], 'BG-2', 'BT-23'),
    issueDate: value(invoice['BT-2'], 'BT-2'),
    dueDate: value(invoice['BT-9'], 'BT-9'),
    dates,
    dateFormat: 'iso',
    notes: notesOf(invoice),
    precedingInvoices: (invoice['BG-3'] ?? []).map(
      (reference, i): PrecedingReference => ({
        place: { at: pointer('BG-3', i) },
        numbers: values(reference['BT-25'], 'BG-3', i, 'BT-25'),
        dates: values(reference['BT-26'], 'BG-3', i, 'BT-26'),
        typeCodes: [],
      }),
    ),
    parties,
    sirenDeclarations,
    taxRepresentative: {
      present: representative !== undefined,
      vatId: value(representative?.['BT-63'], 'BG-11', 'BT-63'),
    },
    vatCategories,
    attachmentDescriptions: documents.flatMap((d, i) =>
      values(normalizeSpace(d['BT-123'] ?? '') || undefined, 'BG-24', i, 'BT-123'),
    ),
    readableCopies: documents.flatMap((d, i) =>
      d['BT-123'] === 'LISIBLE' ? [{ at: pointer('BG-24', i) }] : [],
    ),
    objectReferences,
    contractReference: value(invoice['BT-12'], 'BT-12'),
    periodStart: value(period?.['BT-73'], 'BG-13', 'BG-14', 'BT-73'),
    periodEnd: value(period?.['BT-74'], 'BG-13', 'BG-14', 'BT-74'),
    paidAmount: value(totals?.['BT-113'], 'BG-22', 'BT-113'),
    totalWithVat: value(totals?.['BT-112'], 'BG-22', 'BT-112'),
    amountDue: value(totals?.['BT-115'], 'BG-22', 'BT-115'),
    invoiceCurrencies: values(invoice['BT-5'], 'BT-5'),
    accountingCurrencies: values(invoice['BT-6'], 'BT-6'),
    vatTotalInEuro: euroTotal,
    amounts,
    quantities,
    prices,
    rates,
    lines,
    vatBreakdowns,
  };
}

function notesOf(invoice: Invoice): FrFacts['notes'] {
  const notes = invoice['BG-1'] ?? [];
  const subjectCounts = new Map<string, number>();
  for (const note of notes) {
    const subject = note['BT-21'];
    if (subject !== undefined) subjectCounts.set(subject, (subjectCounts.get(subject) ?? 0) + 1);
  }
  const bar = notes.flatMap((note, i) => (note['BT-21'] === 'BAR' ? [{ note, i }] : []));
  return {
    place: { at: pointer('BG-1') },
    subjectCounts,
    barTreatments: bar.map(({ note, i }) => ({
      value: value(note['BT-22'], 'BG-1', i, 'BT-22'),
      place: { at: pointer('BG-1', i) },
    })),
    isB2B: bar.some(({ note }) => note['BT-22'] === 'B2B'),
    barTreatmentCount: bar.filter(({ note }) =>
      ['B2B', 'B2BINT', 'B2C', 'B2CINT', 'OUTOFSCOPE', 'ARCHIVEONLY'].includes(note['BT-22'] ?? ''),
    ).length,
    hasSingleVatGroupMention: notes.some(
      (note) => note['BT-21'] === 'TXD' && note['BT-22'] === 'MEMBRE_ASSUJETTI_UNIQUE',
    ),
  };
}

function lineFacts(
  line: InvoiceLine,
  index: number,
  currencies: { readonly invoice: string | undefined; readonly accounting: string | undefined },
): LineFacts {
  const at = (...rest: PointerSegment[]) => pointer('BG-25', index, ...rest);
  const ext = (key: string): Value | undefined => {
    const text = extensionText(line.extensions, key);
    return text === undefined ? undefined : { text, place: { at: at('extensions', key) } };
  };
  const precedingNumber = ext('EXT-FR-FE-136');
  const precedingDate = ext('EXT-FR-FE-138');
  const precedingType = ext('EXT-FR-FE-137');
  const reference = line['BT-128'];
  const sellerLegalId = ext('EXT-FR-FE-167');
  const vatTotal = ext('EXT-FR-FE-181');
  const vatTotalAccounting = ext('EXT-FR-FE-182');
  return {
    place: { at: at() },
    label: lineLabel(line['BT-126'], index),
    id:
      line['BT-126'] === undefined
        ? undefined
        : { text: line['BT-126'], place: { at: at('BT-126') } },
    subType: ext('EXT-FR-FE-163'),
    parentId: ext('EXT-FR-FE-162'),
    precedingInvoices:
      precedingNumber || precedingDate || precedingType
        ? [
            {
              place: { at: at('extensions') },
              numbers: precedingNumber ? [precedingNumber] : [],
              dates: precedingDate ? [precedingDate] : [],
              typeCodes: precedingType ? [precedingType] : [],
            },
          ]
        : [],
    objectReferences:
      reference === undefined
        ? []
        : [
            {
              place: { at: at('BT-128') },
              scheme: reference.scheme,
              typeCode: '130',
              ids: [{ text: reference.id, place: { at: at('BT-128', 'id') } }],
            },
          ],
    netAmount:
      line['BT-131'] === undefined
        ? undefined
        : { text: line['BT-131'], place: { at: at('BT-131') } },
    sellerName: ext('EXT-FR-FE-164'),
    sellerLegalIds: sellerLegalId ? [sellerLegalId] : [],
    sellerCountry: ext('EXT-FR-FE-177'),
    // The model keeps no currency with these extensions: 181 is in BT-5, 182 in BT-6.
    vatTotals: [
      ...(vatTotal ? [{ ...vatTotal, currency: currencies.invoice }] : []),
      ...(vatTotalAccounting ? [{ ...vatTotalAccounting, currency: currencies.accounting }] : []),
    ],
    grossTotal: ext('EXT-FR-FE-184'),
    exemptionReason: undefined,
    attributes: (line['BG-31']?.['BG-32'] ?? []).map((attribute, j) => ({
      place: { at: at('BG-31', 'BG-32', j) },
      names:
        attribute['BT-160'] === undefined
          ? []
          : [{ text: attribute['BT-160'], place: { at: at('BG-31', 'BG-32', j, 'BT-160') } }],
      codes: [],
      valueCount: attribute['BT-161'] === undefined ? 0 : 1,
      measureUnits: [],
    })),
  };
}
