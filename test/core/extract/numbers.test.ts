import { describe, expect, it } from 'vitest';
import {
  detectNumberStyle,
  findAmounts,
  parseAmountAt,
  parseAmountCell,
  parseRateCell,
  toCanonical,
} from '../../../shared/extract/numbers';

describe('printed amounts', () => {
  it.each([
    ['1 234,56', 'fr', '1234.56'],
    ['1\u00a0234,56', 'fr', '1234.56'],
    ['1.235,40', 'fr', '1235.40'],
    ['2,076.76', 'en', '2076.76'],
    ['-20,48', 'fr', '-20.48'],
    ['0,00', 'fr', '0.00'],
    ['1234.5', 'fr', '1234.5'],
    ['12 345 678,9', 'fr', '12345678.9'],
  ] as const)('%s (%s) is %s', (printed, style, value) => {
    expect(toCanonical(printed.replace('\u00a0', ' '), style)).toBe(value);
  });

  it('reads a single separator before three digits by the document style', () => {
    expect(toCanonical('1,980', 'en')).toBe('1980');
    expect(toCanonical('1,980', 'fr')).toBe('1.980');
    expect(toCanonical('1.235', 'fr')).toBe('1235');
    expect(toCanonical('1.235', 'en')).toBe('1.235');
  });

  it('refuses separators that make no number', () => {
    expect(toCanonical('1.2.3,4,5', 'fr')).toBeUndefined();
    expect(toCanonical('12,34,56', 'fr')).toBeUndefined();
    expect(toCanonical('1 23,00', 'fr')).toBeUndefined();
  });

  it('reads the currency printed beside an amount', () => {
    expect(parseAmountAt(' : 624,90 €', 'fr')).toMatchObject({ value: '624.90', currency: 'EUR' });
    expect(parseAmountAt('104,90 EUR', 'fr')).toMatchObject({ value: '104.90', currency: 'EUR' });
    expect(parseAmountAt('£2,940.00', 'en')).toMatchObject({ value: '2940.00', currency: 'GBP' });
    expect(parseAmountAt('$ 12.50', 'en')).toMatchObject({ value: '12.50', currency: 'USD' });
  });

  it('does not take a percentage, a date or a word for an amount', () => {
    expect(parseAmountAt('20,00 %', 'fr')).toBeUndefined();
    expect(parseAmountAt('5,00% sur 100,00 EUR', 'fr')).toBeUndefined();
    expect(parseAmountCell('3 PCE', 'fr')).toBeUndefined();
    expect(parseAmountCell('100,00 EUR de plus', 'fr')).toBeUndefined();
    expect(parseAmountCell('1.245,30 €', 'fr')?.value).toBe('1245.30');
  });

  it('finds every amount of a line', () => {
    const found = findAmounts('20.0 | 81,90 € | 16,38 €', 'fr').map((amount) => amount.value);
    expect(found).toEqual(['20.0', '81.90', '16.38']);
  });

  it('reads a rate cell by its last number', () => {
    expect(parseRateCell('20,00 %')).toBe('20.00');
    expect(parseRateCell('5.5')).toBe('5.5');
    expect(parseRateCell('(K) 0,00%')).toBe('0.00');
    expect(parseRateCell('EXPORT-0')).toBe('0');
    expect(parseRateCell('-')).toBeUndefined();
    expect(parseRateCell('150')).toBeUndefined();
  });
});

describe('number style of a document', () => {
  it('is French with decimal commas, English with decimal points', () => {
    expect(detectNumberStyle(['Total 1.245,30 €', '9,90'])).toBe('fr');
    expect(detectNumberStyle(['Net total 2,076.76', '4.55 €', '32.76'])).toBe('en');
  });

  it('does not count VAT rates written with a point in French documents', () => {
    expect(detectNumberStyle(['20.0', '5.5', '81,90 €'])).toBe('fr');
  });

  it('is French when nothing tells', () => {
    expect(detectNumberStyle(['Facture 12', 'Page 1 / 1'])).toBe('fr');
  });
});
