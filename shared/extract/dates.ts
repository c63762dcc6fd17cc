/**
 * Dates as printed on French and English invoices: `01/03/2026`, `1.3.26`, `2026-03-01`,
 * `1er mars 2026`, `March 1, 2026`. Numeric dates are day first unless the document shows
 * otherwise (a `11/17/2017` somewhere proves a month-first document).
 */
import { isIsoDate } from '../model/formats';

export type DateOrder = 'dmy' | 'mdy';

export interface ParsedDate {
  /** ISO 8601 `YYYY-MM-DD`. */
  readonly value: string;
  /** Characters of the input used, from its start. */
  readonly length: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  january: 1,
  février: 2,
  fevrier: 2,
  févr: 2,
  fevr: 2,
  fév: 2,
  fev: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  avr: 4,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  juil: 7,
  july: 7,
  jul: 7,
  août: 8,
  aout: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  sept: 9,
  september: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  décembre: 12,
  decembre: 12,
  déc: 12,
  dec: 12,
  december: 12,
};
const MONTH_NAME = '([a-zéûA-ZÉÛ]{3,9})\\.?';

const PREFIX = '^[\\s:]*(?:(?:le|du|au|on|dated?|en date du)\\s+)?';
const ISO = new RegExp(`${PREFIX}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)`, 'i');
const NUMERIC = new RegExp(
  `${PREFIX}(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?![\\d/.-]\\d)`,
  'i',
);
const DAY_MONTH_YEAR = new RegExp(
  `${PREFIX}(\\d{1,2})(?:er|st|nd|rd|th)?\\s+${MONTH_NAME}\\s+(\\d{4})`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(
  `${PREFIX}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`,
  'i',
);

/** The order of day and month the document's numeric dates use. */
export function detectDateOrder(texts: Iterable<string>): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of texts) {
    for (const match of text.matchAll(
      /(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.])/g,
    )) {
      const first = Number(match[1]);
      const second = Number(match[2]);
      if (first > 12 && second <= 12) dayFirst++;
      if (second > 12 && first <= 12) monthFirst++;
    }
  }
  return monthFirst > dayFirst ? 'mdy' : 'dmy';
}

/** A date at the start of `text` (after spaces, a colon, « le », « du »…). */
export function parseDateAt(text: string, order: DateOrder): ParsedDate | undefined {
  const iso = ISO.exec(text);
  if (iso) return build(iso[0].length, iso[1], iso[2], iso[3]);
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [whole, a, b, year] = numeric;
    return order === 'dmy'
      ? build(whole.length, fullYear(year), b, a)
      : build(whole.length, fullYear(year), a, b);
  }
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2]);
    if (month) return build(dayFirst[0].length, dayFirst[3], String(month), dayFirst[1]);
  }
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1]);
    if (month) return build(monthFirst[0].length, monthFirst[3], String(month), monthFirst[2]);
  }
  return undefined;
}

/** Every date printed in `text`, with where it starts. */
export function findDates(text: string, order: DateOrder): (ParsedDate & { index: number })[] {
  const found: (ParsedDate & { index: number })[] = [];
  let index = 0;
  // Bounded: each step moves past a date or to the next word.
  while (index < text.length) {
    const rest = text.slice(index);
    const start = rest.search(/(?<![\p{L}\d])[\p{L}\d]/u);
    if (start < 0) break;
    const parsed = parseDateAt(rest.slice(start), order);
    if (parsed) {
      found.push({ ...parsed, index: index + start });
      index += start + parsed.length;
    } else {
      const next = rest.slice(start).search(/[^\p{L}\d]/u);
      index += start + (next < 0 ? rest.length - start : Math.max(next, 1));
    }
  }
  return found;
}

function monthNumber(name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  return MONTHS[name.toLowerCase()];
}

function fullYear(year: string | undefined): string | undefined {
  if (year === undefined) return undefined;
  return year.length === 2 ? `20${year}` : year;
}

function build(
  length: number,
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): ParsedDate | undefined {
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const value = `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(value) ? { value, length } : undefined;
}
