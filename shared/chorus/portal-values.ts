/**
 * Values between the invoice model and the portal form « Saisir une facture », both ways: what
 * the form expects (dates `dd/MM/yyyy`, French decimals, option codes) from a model value, and the
 * model value a form field holds (`1 234,56` → `1234.56`). Pure functions; the extension's filler
 * and the form read-back use the same ones. Code mappings that rest on one source are marked
 * *verify* (docs/rules/chorus.md §3).
 */
import { portalInvoiceType } from './document-types';
import {
  compareFixed,
  digitsOf,
  type Fixed,
  parseFixed,
  roundTo,
  significantDecimals,
  toModelDecimal,
} from './portal-decimal';
import { compactText, labelStartsWith, normalizeLabel } from './portal-text';

// --- Decimals ----------------------------------------------------------------------------------

/** How the page writes numbers. Assumed from the replica (docs/portal.md §2): a comma, and U+00A0 between thousands. */
export const PORTAL_NUMBER_FORMAT = { decimalMark: ',', thousands: '\u00a0' } as const;

export interface DecimalPlaces {
  /** Decimals always written (`12,50` for 2). */
  readonly min: number;
  /** Decimals the field accepts; more are rounded, halves away from zero. */
  readonly max: number;
}

export interface PortalDecimal {
  readonly text: string;
  /** The model value had more decimals than the field accepts. */
  readonly rounded: boolean;
}

/** Writes a fixed value the way the page does: `1 234,50` (min 2), `3` (min 0). */
export function formatPortalNumber(
  value: Fixed,
  places: DecimalPlaces,
  thousands: string = PORTAL_NUMBER_FORMAT.thousands,
): string {
  const rounded = roundTo(value, places.max);
  const kept = Math.max(places.min, significantDecimals(rounded));
  const { negative, whole, fraction } = digitsOf(roundTo(rounded, kept));
  const fractionText = fraction.padEnd(kept, '0').slice(0, kept);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = negative && rounded.units !== 0n ? '-' : '';
  return fractionText === ''
    ? `${sign}${grouped}`
    : `${sign}${grouped}${PORTAL_NUMBER_FORMAT.decimalMark}${fractionText}`;
}

/** A model decimal (`1234.5`) → the text to type (`1 234,50`); undefined when it is not a decimal. */
export function toPortalDecimal(
  modelValue: string,
  places: DecimalPlaces,
  thousands?: string,
): PortalDecimal | undefined {
  const value = parseFixed(modelValue);
  if (value === undefined) return undefined;
  return {
    text: formatPortalNumber(value, places, thousands),
    rounded: significantDecimals(value) > places.max,
  };
}

/**
 * What a number typed or shown on the page is, as a model decimal: `1 234,56` (any space),
 * `1234.56`, `1.234,56`, `1,234.56`, `-3`. Undefined when empty or unreadable. With both marks, the
 * last one is the decimal mark; a lone comma is a decimal mark (French); a lone dot too (the page
 * accepts `1234.56`), unless there are several.
 */
export function fromPortalDecimal(text: string): string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f\u2009']/g, '');
  const match = /^([+-]?)([\d.,]+)$/.exec(compact);
  if (!match) return undefined;
  const [, sign = '', body = ''] = match;
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  let whole = body;
  let fraction = '';
  const markAt =
    lastComma >= 0 && lastDot >= 0
      ? Math.max(lastComma, lastDot)
      : lastComma >= 0
        ? body.indexOf(',') === lastComma
          ? lastComma
          : -1
        : body.indexOf('.') === lastDot
          ? lastDot
          : -1;
  if (markAt >= 0) {
    whole = body.slice(0, markAt);
    fraction = body.slice(markAt + 1);
  }
  // Thousands separators group by three: « 1.234.567 » is a number, « 1,2,3 » is not.
  const [head = '', ...groups] = whole.split(/[.,]/);
  if (groups.some((group) => group.length !== 3) || (groups.length > 0 && head === ''))
    return undefined;
  whole = head + groups.join('');
  if (!/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return undefined;
  const value = parseFixed(
    `${sign === '-' ? '-' : ''}${whole === '' ? '0' : whole}${fraction === '' ? '' : `.${fraction}`}`,
  );
  return value === undefined ? undefined : toModelDecimal(value);
}

// --- Dates -------------------------------------------------------------------------------------

const MODEL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PORTAL_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/** `2026-01-31` → `31/01/2026`; undefined for anything else. */
export function toPortalDate(modelDate: string): string | undefined {
  const match = MODEL_DATE.exec(modelDate.trim());
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  if (!exists(Number(year), Number(month), Number(day))) return undefined;
  return `${day}/${month}/${year}`;
}

/** `31/01/2026` or `5/1/2026` → `2026-01-31`, `2026-01-05`; undefined when not a real date. */
export function fromPortalDate(text: string): string | undefined {
  const match = PORTAL_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, day = '', month = '', year = ''] = match;
  if (!exists(Number(year), Number(month), Number(day))) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

// --- Options -----------------------------------------------------------------------------------

/** One `<option>` of a list, as the page shows it. */
export interface PortalOption {
  readonly value: string;
  readonly label: string;
}

/**
 * How to recognise the wanted option. Values on the real page are not known (the replica's VAT
 * codes are `TVA55` where public API clients write `TVA5.5`): every wanted option can also be
 * found by what the clerk reads.
 */
export type OptionWanted =
  /** The option's value is exactly this. */
  | { readonly by: 'value'; readonly value: string }
  /** The option's label, compared as labels are (accents, case, spaces). */
  | { readonly by: 'label'; readonly label: string }
  /**
   * A code that opens the label (`DIRFIN - Direction des finances`, `EUR - Euro`) or the value
   * (`A1_FACTURE_FOURNISSEUR` for `A1`), or is the value.
   */
  | { readonly by: 'code'; readonly code: string }
  /** A number (SIRET, IBAN) found in the label, spaces and dots ignored. */
  | { readonly by: 'contains'; readonly text: string }
  /** The percentage the label shows (`5,5 %` for `5.50`). */
  | { readonly by: 'rate'; readonly rate: string };

function codeOpens(text: string, code: string): boolean {
  return text === code || text.startsWith(`${code}_`) || text.startsWith(`${code} `);
}

function optionMatches(option: PortalOption, wanted: OptionWanted): boolean {
  switch (wanted.by) {
    case 'value':
      return option.value === wanted.value;
    case 'label':
      return normalizeLabel(option.label) === normalizeLabel(wanted.label);
    case 'code': {
      const code = wanted.code.trim();
      if (code === '') return false;
      return (
        codeOpens(option.value, code) ||
        labelStartsWith(normalizeLabel(option.label), normalizeLabel(code))
      );
    }
    case 'contains': {
      const text = compactText(wanted.text);
      return text !== '' && compactText(option.label).includes(text);
    }
    case 'rate': {
      const shown = rateOfOptionLabel(option.label);
      return shown !== undefined && sameNumber(shown, wanted.rate);
    }
  }
}

/** The first option that answers the first way of recognising it that finds exactly one. */
export function findOption(
  options: readonly PortalOption[],
  wanted: readonly OptionWanted[],
): PortalOption | undefined {
  const choices = options.filter((option) => option.value !== '');
  for (const way of wanted) {
    const found = choices.filter((option) => optionMatches(option, way));
    if (found.length === 1) return found[0];
  }
  return undefined;
}

// --- VAT rates ---------------------------------------------------------------------------------

function sameNumber(a: string, b: string): boolean {
  const x = parseFixed(a);
  const y = parseFixed(b);
  return x !== undefined && y !== undefined && compareFixed(x, y) === 0;
}

/** The percentage an option label shows: « 5,5 % » → `5.5`; undefined when it shows none. */
export function rateOfOptionLabel(label: string): string | undefined {
  const match = /(\d+(?:[.,]\d+)?)\s*%/.exec(label.replace(/[\u00a0\u202f]/g, ' '));
  return match?.[1] === undefined ? undefined : fromPortalDecimal(match[1]);
}

/** The option of the VAT rate list where the clerk types the rate by hand (« Autre taux »). */
export function isManualRateOption(option: PortalOption): boolean {
  const label = normalizeLabel(option.label);
  return option.value === 'AUTRE' || /\bautre\b|\bmanuel/.test(label);
}

export type VatRateChoice =
  | { readonly kind: 'listed'; readonly option: PortalOption }
  /** No option shows the rate: choose the manual option and type the rate. */
  | { readonly kind: 'manual'; readonly option: PortalOption; readonly rate: string };

/** How the page takes a VAT rate (`20.00`, `5.5`): its option by the label, else the manual option. */
export function chooseVatRate(
  rate: string,
  options: readonly PortalOption[],
): VatRateChoice | undefined {
  const listed = findOption(options, [{ by: 'rate', rate }]);
  if (listed !== undefined) return { kind: 'listed', option: listed };
  const manual = options.find(isManualRateOption);
  return manual === undefined ? undefined : { kind: 'manual', option: manual, rate };
}

/** The rate an option stands for, as a model decimal; `manual` for the manual option. */
export function rateOfOption(option: PortalOption): string | 'manual' | undefined {
  if (isManualRateOption(option)) return 'manual';
  return rateOfOptionLabel(option.label);
}

// --- Invoice type (BT-3) -----------------------------------------------------------------------

/** BT-3 → how to find « Facture » / « Avoir » in « Type de facture ». */
export function invoiceTypeWanted(code: string): readonly OptionWanted[] | undefined {
  const type = portalInvoiceType(code.trim());
  if (type === undefined) return undefined;
  return [
    { by: 'value', value: type },
    { by: 'label', label: type === 'AVOIR' ? 'Avoir' : 'Facture' },
  ];
}

/** « Type de facture » → BT-3: AVOIR is 381, FACTURE 380 (the form does not tell 384, 386, 389 apart). */
export function documentTypeOfPortal(option: PortalOption): '380' | '381' | undefined {
  const value = option.value.toUpperCase();
  const label = normalizeLabel(option.label);
  if (value === 'AVOIR' || label === 'avoir') return '381';
  if (value === 'FACTURE' || label === 'facture') return '380';
  return undefined;
}

// --- Payment mode (BT-81) ----------------------------------------------------------------------

/** Portal mode → its label and the BT-81 code it is read back as (docs/rules/chorus.md §3, *verify*). */
export const PAYMENT_MODE_OPTIONS = {
  CHEQUE: { label: 'Chèque', code: '20' },
  PRELEVEMENT: { label: 'Prélèvement', code: '49' },
  VIREMENT: { label: 'Virement', code: '30' },
  ESPECE: { label: 'Espèces', code: '10' },
  AUTRE: { label: 'Autre', code: '57' },
  REPORT: { label: 'Report', code: '97' },
} as const;
export type PaymentModeValue = keyof typeof PAYMENT_MODE_OPTIONS;

export function isPaymentModeValue(value: string): value is PaymentModeValue {
  return Object.hasOwn(PAYMENT_MODE_OPTIONS, value);
}

export function paymentModeWanted(mode: PaymentModeValue): readonly OptionWanted[] {
  return [
    { by: 'value', value: mode },
    { by: 'label', label: PAYMENT_MODE_OPTIONS[mode].label },
  ];
}

/** « Mode de paiement » → a BT-81 code (VIREMENT → 30 …); undefined when the option is not known. */
export function paymentMeansOfPortal(option: PortalOption): string | undefined {
  for (const [mode, { label, code }] of Object.entries(PAYMENT_MODE_OPTIONS)) {
    if (option.value === mode || normalizeLabel(option.label) === normalizeLabel(label))
      return code;
  }
  return undefined;
}

// --- VAT regime (« Régime de TVA ») -------------------------------------------------------------

export const VAT_REGIME_OPTIONS = {
  TVA_SUR_DEBIT: 'TVA sur les débits',
  TVA_SUR_ENCAISSEMENT: 'TVA sur les encaissements',
  EXONERATION: 'Exonération de TVA',
  SANS_TVA: 'Sans TVA',
} as const;
export type VatRegime = keyof typeof VAT_REGIME_OPTIONS;

export function isVatRegime(value: string): value is VatRegime {
  return Object.hasOwn(VAT_REGIME_OPTIONS, value);
}

/**
 * BT-8 (VAT point date code) → regime, *assumption*: the tax falls due on the invoice date
 * (EN 3, CII 5) or on delivery (EN 35, CII 29) → « TVA sur les débits »; on payment (EN 432,
 * CII 72) → « TVA sur les encaissements ».
 */
const REGIME_OF_VAT_POINT_CODE: Readonly<Record<string, VatRegime>> = {
  '3': 'TVA_SUR_DEBIT',
  '5': 'TVA_SUR_DEBIT',
  '35': 'TVA_SUR_DEBIT',
  '29': 'TVA_SUR_DEBIT',
  '432': 'TVA_SUR_ENCAISSEMENT',
  '72': 'TVA_SUR_ENCAISSEMENT',
};

/** VAT categories that mean the invoice carries no VAT because it is exempt (E) or outside its scope (O). */
const EXEMPT_CATEGORY = 'E';
const OUT_OF_SCOPE_CATEGORY = 'O';

/**
 * The regime of an invoice, *assumption* (docs/rules/chorus.md §3): every VAT category E →
 * EXONERATION; every category O → SANS_TVA; otherwise the BT-8 code; undefined when nothing says.
 */
export function vatRegimeOf(
  vatPointCode: string | undefined,
  categories: readonly string[],
): VatRegime | undefined {
  const distinct = [...new Set(categories.map((category) => category.trim()))];
  if (distinct.length > 0 && distinct.every((category) => category === EXEMPT_CATEGORY)) {
    return 'EXONERATION';
  }
  if (distinct.length > 0 && distinct.every((category) => category === OUT_OF_SCOPE_CATEGORY)) {
    return 'SANS_TVA';
  }
  return vatPointCode === undefined ? undefined : REGIME_OF_VAT_POINT_CODE[vatPointCode.trim()];
}

export function vatRegimeWanted(regime: VatRegime): readonly OptionWanted[] {
  return [
    { by: 'value', value: regime },
    { by: 'label', label: VAT_REGIME_OPTIONS[regime] },
  ];
}

/** « Régime de TVA » → the regime; undefined when the option is not known. */
export function vatRegimeOfPortal(option: PortalOption): VatRegime | undefined {
  for (const [regime, label] of Object.entries(VAT_REGIME_OPTIONS)) {
    if (option.value === regime || normalizeLabel(option.label) === normalizeLabel(label)) {
      return regime as VatRegime;
    }
  }
  return undefined;
}

/** The EN 16931 BT-8 code a regime is read back as (debits → 3, receipts → 432); none for the others. */
export function vatPointCodeOfRegime(regime: VatRegime): string | undefined {
  if (regime === 'TVA_SUR_DEBIT') return '3';
  if (regime === 'TVA_SUR_ENCAISSEMENT') return '432';
  return undefined;
}

// --- Units (BT-130) ----------------------------------------------------------------------------

/**
 * Units of the line list (replica, docs/portal.md: the real list is not public) and the UN/ECE
 * Recommendation 20 codes that map to them. The first code of each is the one read back.
 */
export const PORTAL_UNITS = {
  UNITE: { label: 'Unité', codes: ['C62', 'H87', 'EA', 'XPP', 'NAR'] },
  HEURE: { label: 'Heure', codes: ['HUR'] },
  JOUR: { label: 'Jour', codes: ['DAY'] },
  MOIS: { label: 'Mois', codes: ['MON'] },
  FORFAIT: { label: 'Forfait', codes: ['LS'] },
  LOT: { label: 'Lot', codes: ['LO', 'XLT'] },
  KILOGRAMME: { label: 'Kilogramme', codes: ['KGM'] },
  METRE: { label: 'Mètre', codes: ['MTR'] },
  LITRE: { label: 'Litre', codes: ['LTR'] },
} as const satisfies Record<string, { label: string; codes: readonly string[] }>;
export type PortalUnit = keyof typeof PORTAL_UNITS;

/** BT-130 → the portal's unit, undefined when the list has no such unit. */
export function portalUnitOf(code: string): PortalUnit | undefined {
  const wanted = code.trim().toUpperCase();
  for (const [unit, { codes }] of Object.entries(PORTAL_UNITS)) {
    if ((codes as readonly string[]).includes(wanted)) return unit as PortalUnit;
  }
  return undefined;
}

export function unitWanted(unit: PortalUnit): readonly OptionWanted[] {
  return [
    { by: 'value', value: unit },
    { by: 'label', label: PORTAL_UNITS[unit].label },
  ];
}

/** A unit option → its BT-130 code (UNITE → C62). */
export function unitCodeOfPortal(option: PortalOption): string | undefined {
  for (const [unit, { label, codes }] of Object.entries(PORTAL_UNITS)) {
    if (option.value === unit || normalizeLabel(option.label) === normalizeLabel(label)) {
      return codes[0];
    }
  }
  return undefined;
}
