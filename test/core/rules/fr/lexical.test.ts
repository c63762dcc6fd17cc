/** The lexical checks of the BR-FR files, at their edges. */
import { describe, expect, it } from 'vitest';
import {
  characterLength,
  isDecimal19x2,
  isDecimal19x4,
  isDecimal19x6,
  isNineDigits,
  isPercent4x2,
  isValidCompactDate,
  isValidIdFormat,
  isValidIsoDate,
  isValidSchemeIdFormat,
  occurrences,
  siretMatchesSiren,
  xpathNumber,
  xpathSum,
} from '../../../../shared/rules/fr/lexical';

describe('BR-FR lexical checks', () => {
  it('invoice numbers: + - _ / allowed, no U+0020, surrounding tabs and line breaks tolerated', () => {
    expect(isValidIdFormat('F-2026_01/A+B')).toBe(true);
    expect(isValidIdFormat('\tF1\n')).toBe(true);
    expect(isValidIdFormat(' F1')).toBe(false);
    expect(isValidIdFormat('F\t1')).toBe(false);
    expect(isValidIdFormat('F.1')).toBe(false);
    expect(isValidIdFormat('')).toBe(false);
  });

  it('dates: calendar days of 2000-2099, CII reads 8 characters, UBL the whole value', () => {
    expect(isValidCompactDate('20240229')).toBe(true);
    expect(isValidCompactDate('21000229')).toBe(false);
    expect(isValidCompactDate('20230229')).toBe(false);
    expect(isValidCompactDate('20000229')).toBe(true);
    expect(isValidCompactDate('20260431')).toBe(false);
    expect(isValidCompactDate('20260131xyz')).toBe(true);
    expect(isValidCompactDate('2026013')).toBe(false);
    expect(isValidIsoDate('2026-01-31')).toBe(true);
    expect(isValidIsoDate('2026-01-31Z')).toBe(false);
    expect(isValidIsoDate('1999-12-31')).toBe(false);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
  });

  it('dates: the day is read as the official files read it, for texts of every alphabet', () => {
    // The official reading: the regular expression, then `number()` of the year, month and day
    // substrings (NaN unless ASCII digits) against the length of that month.
    const number = (text: string) => (/^[0-9]+$/.test(text) ? Number(text) : Number.NaN);
    const dayExists = (year: number, month: number, day: number) => {
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const long = [1, 3, 5, 7, 8, 10, 12].includes(month);
      const maxDay = long
        ? 31
        : [4, 6, 9, 11].includes(month)
          ? 30
          : month === 2
            ? leap
              ? 29
              : 28
            : 0;
      return day <= maxDay;
    };
    const compact = (raw: string) => {
      const short = raw.slice(0, 8);
      return (
        /^20\p{Nd}{2}(0[1-9]|1[0-2])(0[1-9]|[12]\p{Nd}|3[01])$/u.test(short) &&
        dayExists(number(short.slice(0, 4)), number(short.slice(4, 6)), number(short.slice(6, 8)))
      );
    };
    const iso = (raw: string) =>
      /^20\p{Nd}{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\p{Nd}|3[01])$/u.test(raw) &&
      dayExists(number(raw.slice(0, 4)), number(raw.slice(5, 7)), number(raw.slice(8, 10)));
    const texts: string[] = [];
    for (const year of ['2000', '2024', '2100', '2023', '2٠24', '20𝟎4'])
      for (const month of ['01', '02', '04', '13', '00', '0١'])
        for (const day of ['01', '28', '29', '30', '31', '32', '1𝟎', '2٩'])
          for (const tail of ['', 'Z', '123']) {
            texts.push(`${year}${month}${day}${tail}`, `${year}-${month}-${day}${tail}`);
          }
    const disagreements = texts.filter(
      (text) => isValidCompactDate(text) !== compact(text) || isValidIsoDate(text) !== iso(text),
    );
    expect(disagreements).toEqual([]);
    expect(texts.filter(isValidCompactDate).length).toBeGreaterThan(20);
    expect(texts.filter(isValidIsoDate).length).toBeGreaterThan(20);
  });

  it('amounts, quantities, prices, rates', () => {
    expect(isDecimal19x2('-1234567890123456789')).toBe(false); // 20 characters with the sign
    expect(isDecimal19x2('-123456789012345678')).toBe(true);
    expect(isDecimal19x2('12345678901234567.89')).toBe(true);
    expect(isDecimal19x2('123456789012345678.9')).toBe(true);
    expect(isDecimal19x2('1234567890123456789.9')).toBe(false);
    expect(isDecimal19x2('1.')).toBe(false);
    expect(isDecimal19x2('.5')).toBe(false);
    expect(isDecimal19x2('1e3')).toBe(false);
    expect(isDecimal19x4('0.0001')).toBe(true);
    expect(isDecimal19x4('0.00001')).toBe(false);
    expect(isDecimal19x6('0.000001', false)).toBe(true);
    expect(isDecimal19x6('-1', false)).toBe(false);
    expect(isDecimal19x6('-1', true)).toBe(true);
    expect(isPercent4x2('20.00')).toBe(true);
    expect(isPercent4x2('100.00')).toBe(false);
    expect(isPercent4x2('5.555')).toBe(false);
  });

  it('decimal checks agree with the official expressions on every short text of their alphabet', () => {
    // The expressions of the official files, as written there: what the checks must decide.
    const official = (pattern: RegExp, length: number) => (text: string) =>
      pattern.test(text) && Array.from(text.replaceAll('.', '')).length <= length;
    const checks: [(text: string) => boolean, (text: string) => boolean][] = [
      [isDecimal19x2, official(/^-?\p{Nd}{1,19}(\.\p{Nd}{1,2})?$/u, 19)],
      [isDecimal19x4, official(/^-?\p{Nd}{1,19}(\.\p{Nd}{1,4})?$/u, 19)],
      [(t) => isDecimal19x6(t, true), official(/^-?\p{Nd}{1,19}(\.\p{Nd}{1,6})?$/u, 19)],
      [(t) => isDecimal19x6(t, false), official(/^\p{Nd}{1,19}(\.\p{Nd}{1,6})?$/u, 19)],
      [isPercent4x2, official(/^\p{Nd}{1,4}(\.\p{Nd}{1,2})?$/u, 4)],
    ];
    // Digits (ASCII, Arabic-Indic, and one outside the BMP), signs, dots, spaces and letters.
    const alphabet = ['0', '7', '-', '+', '.', ' ', 'e', '١', '𝟎'];
    const texts = [''];
    for (let length = 1; length <= 5; length++)
      for (const text of texts.filter((t) => Array.from(t).length === length - 1))
        for (const c of alphabet) texts.push(text + c);
    for (const digits of [3, 4, 5, 17, 18, 19, 20, 21])
      for (const [integers, decimals] of [
        [digits, 0],
        [digits - 2, 2],
        [digits - 4, 4],
        [digits - 6, 6],
        [digits - 7, 7],
      ] as const)
        for (const sign of ['', '-'])
          texts.push(
            `${sign}${'9'.repeat(Math.max(integers, 0))}${decimals ? `.${'1'.repeat(decimals)}` : ''}`,
          );
    const disagreements = texts.filter((text) =>
      checks.some(([check, expected]) => check(text) !== expected(text)),
    );
    expect(disagreements).toEqual([]);
  });

  it('counts characters, not UTF-16 units, and digits as XPath does', () => {
    expect(characterLength('a😀b')).toBe(3);
    expect(isNineDigits('١٢٣٤٥٦٧٨٩')).toBe(true);
    expect(isNineDigits('12345678')).toBe(false);
  });

  it('SIRET and SIREN, scheme id characters', () => {
    expect(siretMatchesSiren('12345678200077', ['123456782'])).toBe(true);
    expect(siretMatchesSiren('12345678200077', [])).toBe(false);
    expect(siretMatchesSiren('1234567820007', ['123456782'])).toBe(false);
    expect(isValidSchemeIdFormat('123456782+A.b_c-d')).toBe(true);
    expect(isValidSchemeIdFormat('a@b')).toBe(false);
  });

  it('XPath numbers and sums, NaN for what XPath cannot read', () => {
    expect(xpathNumber(' 104.90 ')).toBe(104.9);
    expect(xpathNumber('1E2')).toBe(100);
    expect(xpathNumber('1,5')).toBeNaN();
    expect(xpathNumber('0x10')).toBeNaN();
    expect(xpathNumber(undefined)).toBeNaN();
    expect(xpathSum([])).toBe(0);
    expect(xpathSum(['1', 'x'])).toBeNaN();
    expect(occurrences('#PMT#a#PMT#', '#PMT#')).toBe(2);
    expect(occurrences('#PMT#PMT#', '#PMT#')).toBe(1);
  });
});
