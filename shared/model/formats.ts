/**
 * Lexical formats of model values other than decimals (decimal.ts). These are shape checks only:
 * whether a code belongs to its code list (ISO 4217, ISO 3166-1, UNTDID …) is for the BR-CL rules
 * to say, with a finding, not for the model to refuse.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` naming a day that exists in the proleptic Gregorian calendar (years 0001–9999). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Shape of an ISO 4217 alphabetic currency code (BT-5, BT-6): three upper-case letters. */
export function isCurrencyCodeShape(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

/**
 * Shape of a country code (BT-40, BT-55, BT-69, BT-80, BT-159): two upper-case characters. ISO
 * 3166-1 alpha-2 codes are letters, but the norm's list (BR-CL-14) also has `1A` (Kosovo), so a
 * digit is accepted here and list membership is left to the rule.
 */
export function isCountryCodeShape(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z0-9][A-Z]$/.test(value);
}

/** A code value: not empty, no whitespace at either end (readers normalise the source's spaces). */
export function isCodeShape(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.trim() === value;
}

/** Text with at least one visible character: an absent term is an absent key, never `""`. */
export function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
