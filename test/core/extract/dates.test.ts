import { describe, expect, it } from 'vitest';
import { detectDateOrder, findDates, parseDateAt } from '../../../shared/extract/dates';

describe('printed dates', () => {
  it.each([
    ['13/11/2017', '2017-11-13'],
    ['1.3.26', '2026-03-01'],
    ['01-03-2026', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
    ['1er mars 2026', '2026-03-01'],
    ['le 15 août 2025', '2025-08-15'],
    ['31 déc. 2025', '2025-12-31'],
    [': 2 février 2024', '2024-02-02'],
    ['March 1, 2026', '2026-03-01'],
    ['1st March 2026', '2026-03-01'],
  ])('%s is %s', (printed, iso) => {
    expect(parseDateAt(printed, 'dmy')?.value).toBe(iso);
  });

  it('reads numeric dates month first in a month-first document', () => {
    expect(parseDateAt('11/03/2017', 'mdy')?.value).toBe('2017-11-03');
    expect(parseDateAt('11/03/2017', 'dmy')?.value).toBe('2017-03-11');
  });

  it('refuses days that do not exist and numbers that are not dates', () => {
    expect(parseDateAt('31/02/2026', 'dmy')).toBeUndefined();
    expect(parseDateAt('1.235,40', 'dmy')).toBeUndefined();
    expect(parseDateAt('30 jours net', 'dmy')).toBeUndefined();
  });

  it('finds dates inside a sentence', () => {
    const found = findDates('Période de 01/01/2026 au 31/01/2026', 'dmy');
    expect(found.map((date) => date.value)).toEqual(['2026-01-01', '2026-01-31']);
  });
});

describe('day and month order of a document', () => {
  it('is month first when a date has more than 12 in second place', () => {
    expect(detectDateOrder(['Invoice Date 11/03/2017', 'SEPA 11/17/2017'])).toBe('mdy');
  });

  it('is day first otherwise', () => {
    expect(detectDateOrder(['13/11/2017', '05/11/2017'])).toBe('dmy');
    expect(detectDateOrder(['01/02/2026'])).toBe('dmy');
  });
});
