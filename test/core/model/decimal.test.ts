import { describe, expect, it } from 'vitest';
import {
  compareDecimal,
  Decimal,
  dec,
  decimalsOf,
  decimalsOrZero,
  equalDecimal,
  formatDecimal,
  isDecimalString,
  round2,
  roundHalfUp,
  sum,
  toDecimalString,
} from '../../../shared/model';

describe('decimal strings', () => {
  it.each(['0', '-3', '1234.50', '0.000001', '-0.5', '10', '99999999999999999999.999999'])(
    'accepts %s',
    (value) => expect(isDecimalString(value)).toBe(true),
  );

  it.each([
    '',
    '1e3',
    '1E-7',
    '+1',
    '.5',
    '5.',
    '007',
    '1,50',
    '1 234.50',
    '1,234.50',
    ' 1',
    'NaN',
    'Infinity',
    '--1',
  ])('refuses %j', (value) => expect(isDecimalString(value)).toBe(false));

  it('refuses non-strings', () => {
    expect(isDecimalString(12.5)).toBe(false);
    expect(isDecimalString(null)).toBe(false);
  });

  it('counts fraction digits as written, trailing zeros included', () => {
    expect(decimalsOf('12.50')).toBe(2);
    expect(decimalsOf('12.5')).toBe(1);
    expect(decimalsOf('12')).toBe(0);
    expect(decimalsOf('-0.000001')).toBe(6);
    expect(() => decimalsOf('1e3')).toThrow(RangeError);
  });

  it('counts what is not a decimal string as no fraction digits, without throwing', () => {
    expect(decimalsOrZero('12.50')).toBe(2);
    expect(decimalsOrZero('12')).toBe(0);
    for (const value of ['1.5e3', '12,50', ' 1.25', 12.5, undefined]) {
      expect(decimalsOrZero(value), String(value)).toBe(0);
    }
  });

  it('normalises xs:decimal text without touching the fraction digits', () => {
    expect(toDecimalString('+012.50')).toBe('12.50');
    expect(toDecimalString(' .5 ')).toBe('0.5');
    expect(toDecimalString('7.')).toBe('7');
    expect(toDecimalString('-000.100')).toBe('-0.100');
    expect(toDecimalString('\n 1234.5600\t')).toBe('1234.5600');
    expect(toDecimalString('0')).toBe('0');
    for (const raw of ['', '.', '+', '1e3', '1,5', '1 000', 'abc', '1.2.3']) {
      expect(toDecimalString(raw), raw).toBeUndefined();
    }
  });
});

describe('arithmetic', () => {
  it('adds exactly where binary floating point does not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum(['0.1', '0.2']).toFixed()).toBe('0.3');
    expect(sum(['1234.50', '-0.50', '0.000001']).toFixed()).toBe('1234.000001');
    expect(sum([]).toFixed()).toBe('0');
  });

  it('keeps 64 significant digits: a long amount times a 6-decimal price is exact', () => {
    const product = dec('9999999999999999999.99').times(dec('1.123456'));
    // The same product in scaled integers: 2 + 6 = 8 fraction digits.
    const digits = (999999999999999999999n * 1123456n).toString();
    expect(product.toFixed(8)).toBe(`${digits.slice(0, -8)}.${digits.slice(-8)}`);
  });

  it('never writes an exponent', () => {
    expect(new Decimal('0.0000000001').toString()).toBe('0.0000000001');
    expect(new Decimal('1e30').toString()).toBe('1000000000000000000000000000000');
  });

  it('refuses strings that are not canonical decimals', () => {
    expect(() => dec('1e3')).toThrow(RangeError);
    expect(() => dec('Infinity')).toThrow(RangeError);
    expect(() => sum(['1', ''])).toThrow(RangeError);
  });

  it('compares numerically, whatever the trailing zeros', () => {
    expect(equalDecimal('10.0', '10.00')).toBe(true);
    expect(equalDecimal('10.01', '10.00')).toBe(false);
    expect(compareDecimal('-1', '0.5')).toBe(-1);
    expect(compareDecimal('2.50', '2.5')).toBe(0);
    expect(compareDecimal('3', '2.999999')).toBe(1);
  });
});

describe('rounding', () => {
  it('round2 rounds halves towards +∞, as XPath round() in the official schematrons', () => {
    expect(round2('2.345').toFixed(2)).toBe('2.35');
    expect(round2('2.344999').toFixed(2)).toBe('2.34');
    expect(round2('-2.345').toFixed(2)).toBe('-2.34');
    expect(round2('-2.3451').toFixed(2)).toBe('-2.35');
    expect(round2('0.005').toFixed(2)).toBe('0.01');
    expect(round2('-0.005').toFixed(2)).toBe('0.00');
    expect(round2('156.00').toFixed(2)).toBe('156.00');
  });

  it('roundHalfUp rounds halves away from zero', () => {
    expect(roundHalfUp('2.345', 2).toFixed(2)).toBe('2.35');
    expect(roundHalfUp('-2.345', 2).toFixed(2)).toBe('-2.35');
    expect(roundHalfUp('1.0005', 3).toFixed(3)).toBe('1.001');
    expect(roundHalfUp('9.35', 1).toFixed(1)).toBe('9.4');
  });

  it('matches the VAT of a 5.5 % line: 170.00 × 5.5 % = 9.35', () => {
    expect(round2(dec('170.00').times('5.50').dividedBy(100)).toFixed(2)).toBe('9.35');
  });

  it('formats canonical strings, with or without fixed places, never "-0"', () => {
    expect(formatDecimal(dec('1115.35'))).toBe('1115.35');
    expect(formatDecimal('12.5', 2)).toBe('12.50');
    expect(formatDecimal('2.345', 2)).toBe('2.35');
    expect(formatDecimal('-2.345', 2)).toBe('-2.35');
    expect(formatDecimal('-0.001', 2)).toBe('0.00');
    expect(formatDecimal(new Decimal('-0'))).toBe('0');
    expect(isDecimalString(formatDecimal(dec('0.1').minus('0.1'), 2))).toBe(true);
  });
});
