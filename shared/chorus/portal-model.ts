/**
 * The portal form « Saisir une facture » as an EN 16931 invoice, for the live checks: the raw
 * values the form read-back gives (extension/fill/read.ts: `1 234,50`, `31/01/2026`, an option's
 * value and label) → the model, with, for every model place the form decides, the form field it
 * comes from, so that a finding at `/BG-25/2/BT-129` goes back to « Quantité » of the third row.
 *
 * Pure; the values go through the converters of the filler (portal-values.ts), the other way. The
 * form holds only part of an invoice: what the portal adds itself (seller and buyer addresses, VAT
 * numbers, BT-24…) is not invented here; `FORM_TERMS` says which terms the form decides, present or
 * absent, and the checks show only findings about those (docs/extension-checks.md § Model).
 */
import type { LocalizedText } from '../i18n/text';
import type {
  DocumentAllowance,
  DocumentCharge,
  Invoice,
  InvoiceLine,
  SupportingDocument,
  VatBreakdown,
} from '../model/invoice';
import type { Severity } from '../rules/finding';
import type { BillingFrameOptions } from '../rules/rule';
import {
  add,
  compareFixed,
  type Fixed,
  isZero,
  parseFixed,
  subtract,
  toModelDecimal,
} from './portal-decimal';
import type {
  PortalFormFieldKey,
  PortalLineFieldKey,
  PortalMappingKey,
  PortalRecapFieldKey,
} from './portal-form';
import {
  documentTypeOfPortal,
  formatPortalNumber,
  fromPortalDate,
  fromPortalDecimal,
  type PortalOption,
  paymentMeansOfPortal,
  rateOfOption,
  rateOfOptionLabel,
  unitCodeOfPortal,
  type VatRegime,
  vatPointCodeOfRegime,
  vatRegimeOfPortal,
} from './portal-values';

/** One value as the form read-back gives it (`RawField` of extension/fill/read.ts fits). */
export interface PortalRawValue {
  readonly value: string;
  /** For a list: the label of the selected option. */
  readonly label?: string;
  readonly disabled?: boolean;
}

export interface PortalFormValues {
  readonly fields: Partial<Record<PortalFormFieldKey, PortalRawValue>>;
  /** Rows of « Lignes de poste » in page order. */
  readonly lines: readonly Partial<Record<PortalLineFieldKey, PortalRawValue>>[];
  /** Rows of « Récapitulatif TVA » in page order. */
  readonly vatRecap: readonly Partial<Record<PortalRecapFieldKey, PortalRawValue>>[];
}

/** A field of the form: a mapping key, and for a table cell its row (index in page order). */
export interface PortalFieldRef {
  readonly key: PortalMappingKey;
  readonly row?: number;
}

/**
 * What the form itself says before any rule: `SAISIE-VALEUR`, a value the clerk typed that cannot
 * be read (a date `32/13/2026`, an amount `12,3,4`); `SAISIE-RECAP`, a VAT recap base that differs
 * from the lines at its rate (read as a document-level allowance or charge, see portalFormToModel).
 */
export interface PortalFormNote {
  readonly rule: 'SAISIE-VALEUR' | 'SAISIE-RECAP';
  readonly severity: Severity;
  readonly field: PortalFieldRef;
  readonly message: LocalizedText;
}

export interface PortalModel {
  readonly invoice: Invoice;
  /** Model pointer → the field it comes from; every place the form decides, present or not. */
  readonly fields: Readonly<Record<string, PortalFieldRef>>;
  /** The « Cadre de facturation » block, for the chorus layer (RuleOptions.cadre). */
  readonly cadre?: BillingFrameOptions;
  readonly notes: readonly PortalFormNote[];
  /**
   * Terms the form holds but whose value could not be known: rules about them cannot be judged
   * (an account chosen by a label that shows no IBAN, the paid amount of an « already paid » frame).
   */
  readonly undetermined: readonly string[];
  /** Rows that hold nothing the clerk typed: left out of the model (not checked yet). */
  readonly emptyRows: readonly number[];
  /** The clerk gave a « Remise globale TTC », which EN 16931 cannot hold (docs § Model). */
  readonly globalDiscount: boolean;
}

/**
 * Terms the form decides: the ones it holds, the ones derived from them, and the ones it has no
 * place for and that are therefore absent from the deposit (document allowances, prepaid amount,
 * line charges …). Everything else — addresses, VAT numbers, electronic addresses, due date,
 * payment terms, process identifiers — the portal adds from its own data.
 */
export const FORM_TERMS: ReadonlySet<string> = new Set([
  ...['BT-1', 'BT-2', 'BT-3', 'BT-5', 'BT-6', 'BT-8', 'BT-10', 'BT-12', 'BT-13'],
  ...['BG-1', 'BT-21', 'BT-22', 'BG-3', 'BT-25'],
  ...['BG-4', 'BT-27', 'BT-29', 'BG-7', 'BT-44', 'BT-46', 'BT-47'],
  ...['BG-16', 'BT-81', 'BG-17', 'BT-84', 'BG-18', 'BG-19', 'BT-89', 'BT-90', 'BT-91'],
  ...['BG-20', 'BG-21', 'BG-22'],
  // Document allowances and charges are the recap's differences (recapAdjustments): their reasons
  // (BT-97, BT-98, BT-104, BT-105) are the portal's business.
  ...range(92, 121).filter((term) => !['BT-97', 'BT-98', 'BT-104', 'BT-105'].includes(term)),
  ...['BG-23', 'BG-24', 'BT-125', 'BG-25', 'BT-126', 'BT-129', 'BT-130', 'BT-131'],
  ...['BG-27', 'BG-28', 'BG-29', 'BG-30', 'BG-31'],
  ...range(136, 138),
  ...range(141, 143),
  ...range(146, 155),
]);

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, n) => `BT-${from + n}`);
}

const SIRET_AT_START = /^\s*(\d[\d\s.]{12,20}\d)\s*(?:[-–]\s*(.*))?$/;
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;
/** « FR76 3000 … - Compte principal »: the IBAN is the first part of the label, spaces apart. */
function ibanOfLabel(label: string): string | undefined {
  for (const part of label.split(/\s[-–]\s/)) {
    const compact = part.replace(/[\s\u00a0]/g, '').toUpperCase();
    if (IBAN_SHAPE.test(compact)) return compact;
  }
  return undefined;
}

function text(raw: PortalRawValue | undefined): string | undefined {
  if (raw === undefined || raw.disabled) return undefined;
  const value = raw.value.trim();
  return value === '' ? undefined : value;
}

function option(raw: PortalRawValue | undefined): PortalOption | undefined {
  const value = text(raw);
  return value === undefined ? undefined : { value, label: raw?.label ?? '' };
}

const UNREADABLE_DATE = (value: string): LocalizedText => ({
  fr: `« ${value} » n'est pas une date valide : écrivez-la jj/mm/aaaa, par exemple 31/01/2026.`,
  en: `"${value}" is not a valid date: write it dd/mm/yyyy, for example 31/01/2026.`,
});
const UNREADABLE_NUMBER = (value: string): LocalizedText => ({
  fr: `« ${value} » n'est pas un nombre lisible : écrivez-le avec une virgule décimale, par exemple 1 234,56.`,
  en: `"${value}" is not a readable number: write it with a decimal comma, for example 1 234,56.`,
});

type VatCategory = 'S' | 'Z' | 'E' | 'O';

/**
 * The VAT category of a rate, *assumption*: the regime says exempt (E) or outside the scope of VAT
 * (O) for the whole invoice; otherwise a positive rate is standard (S) and 0 % zero-rated (Z) — the
 * form has no category per line. Under O the rate is not given (BR-O-05) unless the clerk chose one.
 */
function categoryOf(regime: VatRegime | undefined, rate: Fixed | undefined): VatCategory {
  if (regime === 'EXONERATION') return 'E';
  if (regime === 'SANS_TVA') return 'O';
  return rate !== undefined && isZero(rate) ? 'Z' : 'S';
}

class ModelBuilder {
  readonly fields: Record<string, PortalFieldRef> = {};
  readonly notes: PortalFormNote[] = [];

  unreadable(field: PortalFieldRef, message: LocalizedText): void {
    this.notes.push({ rule: 'SAISIE-VALEUR', severity: 'fatal', field, message });
  }

  point(at: string, key: PortalMappingKey, row?: number): void {
    this.fields[at] = row === undefined ? { key } : { key, row };
  }

  date(raw: PortalRawValue | undefined, field: PortalFieldRef): string | undefined {
    const value = text(raw);
    if (value === undefined) return undefined;
    const date = fromPortalDate(value);
    if (date === undefined) this.unreadable(field, UNREADABLE_DATE(value));
    return date;
  }

  decimal(raw: PortalRawValue | undefined, field: PortalFieldRef): string | undefined {
    const value = text(raw);
    if (value === undefined) return undefined;
    const decimal = fromPortalDecimal(value);
    if (decimal === undefined) this.unreadable(field, UNREADABLE_NUMBER(value));
    return decimal;
  }
}

const HEADER_POINTERS: readonly (readonly [string, PortalFormFieldKey])[] = [
  ['/BT-1', 'invoiceNumber'],
  ['/BT-2', 'invoiceDate'],
  ['/BT-3', 'invoiceType'],
  ['/BT-5', 'currency'],
  ['/BT-8', 'vatRegime'],
  ['/BT-10', 'serviceCode'],
  ['/BT-12', 'market'],
  ['/BT-13', 'engagement'],
  ['/BG-1', 'comment'],
  ['/BG-1/0/BT-22', 'comment'],
  ['/BG-3', 'originalInvoice'],
  ['/BG-3/0/BT-25', 'originalInvoice'],
  ['/BG-4/BT-27', 'supplierStructure'],
  ['/BG-4/BT-29', 'supplierStructure'],
  ['/BG-7/BT-44', 'recipientName'],
  ['/BG-7/BT-46', 'recipientSiret'],
  ['/BG-7/BT-47', 'recipientSiret'],
  ['/BG-16/BT-81', 'paymentMode'],
  ['/BG-16/BG-17', 'bankAccount'],
  ['/BG-16/BG-17/0/BT-84', 'bankAccount'],
  ['/BG-22/BT-109', 'totalWithoutVat'],
  ['/BG-22/BT-110', 'totalVat'],
  ['/BG-22/BT-112', 'totalWithVat'],
  ['/BG-22/BT-115', 'amountDue'],
  ['/BG-24', 'attachmentFile'],
];

/** A row with nothing the clerk typed (the page fills the line number and default lists itself). */
function isEmptyLine(row: Partial<Record<PortalLineFieldKey, PortalRawValue>>): boolean {
  return (['designation', 'reference', 'quantity', 'unitPrice', 'discount'] as const).every(
    (key) => text(row[key]) === undefined,
  );
}

function lineOf(
  build: ModelBuilder,
  row: Partial<Record<PortalLineFieldKey, PortalRawValue>>,
  index: number,
  at: string,
  regime: VatRegime | undefined,
): InvoiceLine {
  const ref = (key: PortalLineFieldKey): PortalFieldRef => ({ key: `lines.${key}`, row: index });
  const point = (path: string, key: PortalLineFieldKey) =>
    build.point(`${at}${path}`, `lines.${key}`, index);
  point('', 'designation');
  point('/BT-126', 'number');
  point('/BT-129', 'quantity');
  point('/BT-130', 'unit');
  point('/BT-131', 'netAmount');
  point('/BG-27', 'discount');
  point('/BG-27/0', 'discount');
  point('/BG-27/0/BT-136', 'discount');
  point('/BG-29', 'unitPrice');
  point('/BG-29/BT-146', 'unitPrice');
  point('/BG-31', 'designation');
  point('/BG-31/BT-153', 'designation');
  point('/BG-31/BT-155', 'reference');

  const chosen = option(row.vatRate);
  const shown = chosen === undefined ? undefined : rateOfOption(chosen);
  const manual = shown === 'manual';
  const rateText = manual ? build.decimal(row.manualVatRate, ref('manualVatRate')) : shown;
  const rateKey: PortalLineFieldKey = manual ? 'manualVatRate' : 'vatRate';
  point('/BG-30', rateKey);
  point('/BG-30/BT-151', 'vatRate');
  point('/BG-30/BT-152', rateKey);

  const quantity = build.decimal(row.quantity, ref('quantity'));
  const price = build.decimal(row.unitPrice, ref('unitPrice'));
  const discount = build.decimal(row.discount, ref('discount'));
  const net = build.decimal(row.netAmount, ref('netAmount'));
  const unitOption = option(row.unit);
  const unit = unitOption === undefined ? undefined : unitCodeOfPortal(unitOption);
  const number = text(row.number);
  const name = text(row.designation);
  const reference = text(row.reference);

  const line: { -readonly [K in keyof InvoiceLine]: InvoiceLine[K] } = {};
  if (number !== undefined) line['BT-126'] = number;
  if (quantity !== undefined) line['BT-129'] = quantity;
  if (unit !== undefined) line['BT-130'] = unit;
  if (net !== undefined) line['BT-131'] = net;
  const discountValue = discount === undefined ? undefined : parseFixed(discount);
  if (discount !== undefined && discountValue !== undefined && !isZero(discountValue))
    line['BG-27'] = [{ 'BT-136': discount }];
  if (price !== undefined) line['BG-29'] = { 'BT-146': price };
  if (chosen !== undefined && (rateText !== undefined || !manual)) {
    const rate = rateText === undefined ? undefined : parseFixed(rateText);
    const category = categoryOf(regime, rate);
    line['BG-30'] =
      category === 'O' && (rate === undefined || isZero(rate))
        ? { 'BT-151': category }
        : { 'BT-151': category, ...(rateText === undefined ? {} : { 'BT-152': rateText }) };
  }
  if (name !== undefined || reference !== undefined)
    line['BG-31'] = {
      ...(name === undefined ? {} : { 'BT-153': name }),
      ...(reference === undefined ? {} : { 'BT-155': reference }),
    };
  return line;
}

function breakdownOf(
  build: ModelBuilder,
  row: Partial<Record<PortalRecapFieldKey, PortalRawValue>>,
  index: number,
  regime: VatRegime | undefined,
  exemptionReason: string | undefined,
): VatBreakdown {
  const at = `/BG-23/${index}`;
  const ref = (key: PortalRecapFieldKey): PortalFieldRef => ({
    key: `vatRecap.${key}`,
    row: index,
  });
  build.point(at, 'vatRecap.base', index);
  build.point(`${at}/BT-116`, 'vatRecap.base', index);
  build.point(`${at}/BT-117`, 'vatRecap.vatAmount', index);
  build.point(`${at}/BT-118`, 'vatRecap.rate', index);
  build.point(`${at}/BT-119`, 'vatRecap.rate', index);
  build.point(`${at}/BT-120`, 'exemptionReason');
  build.point(`${at}/BT-121`, 'exemptionReason');
  const base = build.decimal(row.base, ref('base'));
  const amount = build.decimal(row.vatAmount, ref('vatAmount'));
  const shown = row.rate === undefined ? undefined : rateOfOptionLabel(row.rate.value);
  const rate = shown === undefined ? undefined : parseFixed(shown);
  const category = categoryOf(regime, rate);
  return {
    ...(base === undefined ? {} : { 'BT-116': base }),
    ...(amount === undefined ? {} : { 'BT-117': amount }),
    'BT-118': category,
    ...(shown === undefined || (category === 'O' && rate !== undefined && isZero(rate))
      ? {}
      : { 'BT-119': shown }),
    ...(category === 'E' && exemptionReason !== undefined ? { 'BT-120': exemptionReason } : {}),
  };
}

function sellerOf(raw: PortalRawValue | undefined): Invoice['BG-4'] {
  const chosen = option(raw);
  if (chosen === undefined) return undefined;
  const match = SIRET_AT_START.exec(chosen.label);
  if (match === null) return { 'BT-27': chosen.label.trim() || chosen.value };
  const siret = (match[1] ?? '').replace(/[\s.]/g, '');
  const name = match[2]?.trim();
  return {
    ...(name ? { 'BT-27': name } : {}),
    'BT-29': [{ id: siret, scheme: '0009' }],
  };
}

function attachmentsOf(raw: PortalRawValue | undefined): SupportingDocument[] | undefined {
  const names = raw?.value
    .split(', ')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names === undefined || names.length === 0) return undefined;
  return names.map((filename) => ({ 'BT-125': { filename } }));
}

const AMOUNT = { min: 2, max: 2 } as const;

function sameRate(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const x = parseFixed(a);
  const y = parseFixed(b);
  return x !== undefined && y !== undefined && compareFixed(x, y) === 0;
}

function rateText(rate: string | undefined): string {
  return rate === undefined
    ? '—'
    : `${formatPortalNumber(parseFixed(rate) ?? { units: 0n, scale: 0 }, { min: 0, max: 4 })} %`;
}

/**
 * The form has no document-level allowance or charge: the clerk (or the filler, from an invoice
 * that has some) puts them into the VAT recap, whose base then differs from the lines at its rate.
 * That difference is read as one allowance (below) or charge (above) at the rate, so that the
 * totals add up as the page computes them, and said once, as a warning on the recap's base.
 */
function recapAdjustments(
  build: ModelBuilder,
  lines: readonly InvoiceLine[],
  breakdowns: readonly VatBreakdown[],
): { allowances: DocumentAllowance[]; charges: DocumentCharge[] } {
  const allowances: DocumentAllowance[] = [];
  const charges: DocumentCharge[] = [];
  breakdowns.forEach((breakdown, row) => {
    const base = breakdown['BT-116'] === undefined ? undefined : parseFixed(breakdown['BT-116']);
    if (base === undefined) return;
    const category = breakdown['BT-118'];
    const rate = breakdown['BT-119'];
    let fromLines: Fixed = { units: 0n, scale: 2 };
    for (const line of lines) {
      const vat = line['BG-30'];
      const net = line['BT-131'] === undefined ? undefined : parseFixed(line['BT-131']);
      if (
        net !== undefined &&
        vat !== undefined &&
        vat['BT-151'] === category &&
        sameRate(vat['BT-152'], rate)
      )
        fromLines = add(fromLines, net);
    }
    const difference = subtract(base, fromLines);
    if (isZero(difference)) return;
    const below = difference.units < 0n;
    const amount = toModelDecimal(
      below ? subtract({ units: 0n, scale: 0 }, difference) : difference,
    );
    const at = below ? `/BG-20/${allowances.length}` : `/BG-21/${charges.length}`;
    for (const path of ['', below ? '/BT-92' : '/BT-99'])
      build.point(`${at}${path}`, 'vatRecap.base', row);
    if (below) {
      allowances.push({
        'BT-92': amount,
        ...(category === undefined ? {} : { 'BT-95': category }),
        ...(rate === undefined ? {} : { 'BT-96': rate }),
      });
    } else {
      charges.push({
        'BT-99': amount,
        ...(category === undefined ? {} : { 'BT-102': category }),
        ...(rate === undefined ? {} : { 'BT-103': rate }),
      });
    }
    const shown = (value: Fixed) => formatPortalNumber(value, AMOUNT);
    const gap = shown(parseFixed(amount) ?? difference);
    const kind = below
      ? { fr: 'une remise au niveau de la facture', en: 'a document-level allowance' }
      : { fr: 'une charge au niveau de la facture', en: 'a document-level charge' };
    build.notes.push({
      rule: 'SAISIE-RECAP',
      severity: 'warning',
      field: { key: 'vatRecap.base', row },
      message: {
        fr: `La base HT au taux ${rateText(rate)} (${shown(base)}) diffère de ${gap} de la somme des lignes à ce taux (${shown(fromLines)}) : l'écart est lu comme ${kind.fr}. S'il n'est pas voulu, corrigez la base ou les lignes.`,
        en: `The taxable base at ${rateText(rate)} (${shown(base)}) differs by ${gap} from the sum of the lines at that rate (${shown(fromLines)}): the difference is read as ${kind.en}. If it is not intended, correct the base or the lines.`,
      },
    });
  });
  return { allowances, charges };
}

function sumOf(amounts: readonly (string | undefined)[]): string | undefined {
  if (amounts.length === 0) return undefined;
  let total: Fixed = { units: 0n, scale: 2 };
  for (const amount of amounts) {
    const value = amount === undefined ? undefined : parseFixed(amount);
    if (value !== undefined) total = add(total, value);
  }
  return toModelDecimal(total);
}

/**
 * BT-106: the sum of the line net amounts the page shows. A line whose amount the page has not
 * computed yet (its quantity or price is missing, and said there) counts for nothing, as on the page.
 */
function sumOfLines(lines: readonly InvoiceLine[]): string {
  return sumOf(lines.map((line) => line['BT-131'])) ?? '0.00';
}

/** The form's values → the invoice they make, and where each model place is on the form. */
export function portalFormToModel(form: PortalFormValues): PortalModel {
  const build = new ModelBuilder();
  const { fields } = form;
  for (const [at, key] of HEADER_POINTERS) build.point(at, key);
  const field = (key: PortalFormFieldKey): PortalFieldRef => ({ key });
  const undetermined: string[] = [];

  const regimeOption = option(fields.vatRegime);
  const regime = regimeOption === undefined ? undefined : vatRegimeOfPortal(regimeOption);
  const typeOption = option(fields.invoiceType);
  const documentType = typeOption === undefined ? undefined : documentTypeOfPortal(typeOption);
  const modeOption = option(fields.paymentMode);
  const means = modeOption === undefined ? undefined : paymentMeansOfPortal(modeOption);
  const account = option(fields.bankAccount);
  const iban = account === undefined ? undefined : ibanOfLabel(account.label);
  if (account !== undefined && iban === undefined) undetermined.push('BT-84');
  const cadreCode = text(fields.cadre);
  if (cadreCode !== undefined && /^A2(?:_|$)/.test(cadreCode)) undetermined.push('BT-113');
  const currency = text(fields.currency);
  const recipient = text(fields.recipientSiret);
  const recipientName = text(fields.recipientName);
  const comment = text(fields.comment);
  const original = text(fields.originalInvoice);
  const exemptionReason = text(fields.exemptionReason);
  const discount = build.decimal(fields.globalDiscount, field('globalDiscount'));
  const discountValue = discount === undefined ? undefined : parseFixed(discount);

  const emptyRows: number[] = [];
  const lines: InvoiceLine[] = [];
  form.lines.forEach((row, index) => {
    if (isEmptyLine(row)) emptyRows.push(index);
    else lines.push(lineOf(build, row, index, `/BG-25/${lines.length}`, regime));
  });
  const breakdowns = form.vatRecap.map((row, index) =>
    breakdownOf(build, row, index, regime, exemptionReason),
  );
  const totals = {
    'BT-109': build.decimal(fields.totalWithoutVat, field('totalWithoutVat')),
    'BT-110': build.decimal(fields.totalVat, field('totalVat')),
    'BT-112': build.decimal(fields.totalWithVat, field('totalWithVat')),
    'BT-115': build.decimal(fields.amountDue, field('amountDue')),
  };
  const lineSum = sumOfLines(lines);
  const { allowances, charges } = recapAdjustments(build, lines, breakdowns);

  const invoice: { -readonly [K in keyof Invoice]: Invoice[K] } = {};
  const set = <K extends keyof Invoice>(key: K, value: Invoice[K] | undefined) => {
    if (value !== undefined) invoice[key] = value;
  };
  set('BT-1', text(fields.invoiceNumber));
  set('BT-2', build.date(fields.invoiceDate, field('invoiceDate')));
  set('BT-3', documentType);
  set('BT-5', currency?.toUpperCase());
  set('BT-8', regime === undefined ? undefined : vatPointCodeOfRegime(regime));
  set('BT-10', text(fields.serviceCode));
  set('BT-12', text(fields.market));
  set('BT-13', text(fields.engagement));
  set('BG-1', comment === undefined ? undefined : [{ 'BT-22': comment }]);
  set(
    'BG-3',
    documentType === '381' && original !== undefined ? [{ 'BT-25': original }] : undefined,
  );
  set('BG-4', sellerOf(fields.supplierStructure));
  if (recipient !== undefined || recipientName !== undefined) {
    invoice['BG-7'] = {
      ...(recipientName === undefined ? {} : { 'BT-44': recipientName }),
      ...(recipient === undefined
        ? {}
        : { 'BT-47': { id: recipient.replace(/[\s.]/g, ''), scheme: '0009' } }),
    };
  }
  if (means !== undefined || iban !== undefined) {
    invoice['BG-16'] = {
      ...(means === undefined ? {} : { 'BT-81': means }),
      ...(iban === undefined ? {} : { 'BG-17': [{ 'BT-84': iban }] }),
    };
  }
  set('BG-20', allowances.length === 0 ? undefined : allowances);
  set('BG-21', charges.length === 0 ? undefined : charges);
  invoice['BG-22'] = Object.fromEntries(
    Object.entries({
      'BT-106': lineSum,
      'BT-107': sumOf(allowances.map((allowance) => allowance['BT-92'])),
      'BT-108': sumOf(charges.map((charge) => charge['BT-99'])),
      ...totals,
    }).filter(([, value]) => value !== undefined),
  );
  set('BG-23', breakdowns.length === 0 ? undefined : breakdowns);
  set('BG-24', attachmentsOf(fields.attachmentFile));
  set('BG-25', lines.length === 0 ? undefined : lines);

  const cadre: { -readonly [K in keyof BillingFrameOptions]: BillingFrameOptions[K] } = {};
  if (cadreCode !== undefined) cadre.code = cadreCode;
  const validator = text(fields.validatorSiret);
  const validatorService = text(fields.validatorService);
  if (validator !== undefined) cadre.validatorSiret = validator.replace(/[\s.]/g, '');
  if (validatorService !== undefined) cadre.validatorServiceCode = validatorService;

  return {
    invoice,
    fields: build.fields,
    ...(Object.keys(cadre).length === 0 ? {} : { cadre }),
    notes: build.notes,
    undetermined,
    emptyRows,
    globalDiscount:
      discountValue !== undefined && compareFixed(discountValue, { units: 0n, scale: 0 }) !== 0,
  };
}
