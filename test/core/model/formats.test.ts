import { describe, expect, it } from 'vitest';
import {
  isCodeShape,
  isCountryCodeShape,
  isCurrencyCodeShape,
  isIsoDate,
  isNonBlank,
} from '../../../shared/model';

describe('dates', () => {
  it.each(['2026-03-01', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01'])(
    'accepts %s',
    (value) => expect(isIsoDate(value)).toBe(true),
  );

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '2026-1-01',
    '20260301',
    '01/03/2026',
    '2026-03-01T00:00:00',
    ' 2026-03-01',
    '',
  ])('refuses %j', (value) => expect(isIsoDate(value)).toBe(false));

  it('refuses non-strings, Date objects included', () => {
    expect(isIsoDate(new Date('2026-03-01'))).toBe(false);
    expect(isIsoDate(20260301)).toBe(false);
  });
});

describe('code shapes', () => {
  it('checks the ISO 4217 shape, not the list', () => {
    expect(isCurrencyCodeShape('EUR')).toBe(true);
    expect(isCurrencyCodeShape('XYZ')).toBe(true);
    for (const value of ['eur', 'EURO', 'EU', '€', ' EUR'])
      expect(isCurrencyCodeShape(value)).toBe(false);
  });

  it('checks the country shape, Kosovo 1A included', () => {
    expect(isCountryCodeShape('FR')).toBe(true);
    expect(isCountryCodeShape('1A')).toBe(true);
    for (const value of ['fr', 'FRA', 'F', 'A1', '']) expect(isCountryCodeShape(value)).toBe(false);
  });

  it('wants codes without padding and text with something visible', () => {
    expect(isCodeShape('380')).toBe(true);
    expect(isCodeShape(' 380')).toBe(false);
    expect(isCodeShape('')).toBe(false);
    expect(isNonBlank('x')).toBe(true);
    expect(isNonBlank(' \n')).toBe(false);
  });
});
