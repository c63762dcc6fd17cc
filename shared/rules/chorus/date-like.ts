/**
 * Does an invoice number read as a date? Chorus Pro refuses an invoice number that is only a date
 * (docs/rules/chorus.md CHORUS-02). A date with separators is certain; eight digits in a row could
 * as well be a counter (20240131), hence two answers.
 */
import { isIsoDate } from '../../model';

/** `date`: separated day, month and year; `compact`: 8 digits that read as a date; `no`. */
export type DateLikeness = 'date' | 'compact' | 'no';

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/;
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
const EIGHT_DIGITS = /^(\d{4})(\d{2})(\d{2})$/;
const EIGHT_DIGITS_DAY_FIRST = /^(\d{2})(\d{2})(\d{4})$/;
/** Eight digits count as a date only within plausible years, so that most counters do not. */
const FIRST_PLAUSIBLE_YEAR = 1900;
const LAST_PLAUSIBLE_YEAR = 2099;

function realDate(year: number, month: number, day: number): boolean {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso);
}

/** Two-digit years are this century's, as a clerk writes them. */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function plausible(year: number): boolean {
  return year >= FIRST_PLAUSIBLE_YEAR && year <= LAST_PLAUSIBLE_YEAR;
}

export function dateLikeness(invoiceNumber: string): DateLikeness {
  const text = invoiceNumber.trim();
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, a, b, y] = dayFirst.map(String);
    const year = fullYear(y ?? '');
    // 31/12/2024 (French order) or 12/31/2024 (US order): either is a date.
    if (realDate(year, Number(b), Number(a)) || realDate(year, Number(a), Number(b))) return 'date';
    return 'no';
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [, y, m, d] = yearFirst.map(Number);
    return realDate(y ?? 0, m ?? 0, d ?? 0) ? 'date' : 'no';
  }
  const compact = EIGHT_DIGITS.exec(text);
  if (compact) {
    const [, y, m, d] = compact.map(Number);
    if (plausible(y ?? 0) && realDate(y ?? 0, m ?? 0, d ?? 0)) return 'compact';
    const dayFirstCompact = EIGHT_DIGITS_DAY_FIRST.exec(text);
    const [, dd, mm, yy] = (dayFirstCompact ?? []).map(Number);
    if (plausible(yy ?? 0) && realDate(yy ?? 0, mm ?? 0, dd ?? 0)) return 'compact';
  }
  return 'no';
}
