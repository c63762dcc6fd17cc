/**
 * Values as a French (or English) reader writes them. Amounts stay exact: the model's decimal
 * strings are grouped and punctuated as text, never turned into floating-point numbers.
 */
import type { Language } from '../../shared/i18n/text';

const NARROW_NBSP = '\u202f';

/** `1234567.5` → `1 234 567,5` (fr) or `1,234,567.5` (en). Text that is not a decimal is shown as is. */
export function formatDecimal(value: string, language: Language): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (match === null) return value;
  const [, sign = '', whole = '', fraction] = match;
  const separator = language === 'fr' ? NARROW_NBSP : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const point = language === 'fr' ? ',' : '.';
  return `${sign}${grouped}${fraction === undefined ? '' : point + fraction}`;
}

/** An amount with its currency: `1 234,50 EUR` (fr), `EUR 1,234.50` (en). */
export function formatAmount(
  value: string,
  currency: string | undefined,
  language: Language,
): string {
  const number = formatDecimal(value, language);
  if (currency === undefined) return number;
  return language === 'fr' ? `${number}\u00a0${currency}` : `${currency}\u00a0${number}`;
}

/** `2026-01-31` → `31/01/2026` (fr) or `2026-01-31` (en, unambiguous). */
export function formatDate(value: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null || language === 'en') return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** An instant in the clerk's time zone, to the minute. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
}

/** `18007003900110` → `180 070 039 00110`. */
export function formatSiret(value: string): string {
  return /^\d{14}$/.test(value)
    ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6, 9)} ${value.slice(9)}`
    : value;
}

/** A confidence from 0 to 1 as a whole percentage, rounded down so 0.999 never shows as 100. */
export function percent(confidence: number): number {
  return Math.floor(confidence * 100);
}
