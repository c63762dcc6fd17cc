import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../shared/model';
import {
  decimalOfDouble,
  roundCents,
  roundDouble,
  roundInteger,
  shown,
  sumDecimals,
  sumDoubles,
  UnreadableNumber,
  xsDecimal,
  xsDouble,
} from '../../../../shared/rules/en16931/business/xpath-numbers';

const op = (value: string) => ({ at: '/x', value });

describe('numbers as the schematrons compute them', () => {
  it('rounds halves towards +∞, decimals and doubles alike', () => {
    expect(roundCents(new Decimal('2.345')).toFixed()).toBe('2.35');
    expect(roundCents(new Decimal('-2.345')).toFixed()).toBe('-2.34');
    expect(roundInteger(new Decimal('0.5')).toFixed()).toBe('1');
    expect(roundInteger(new Decimal('-0.5')).toFixed()).toBe('0');
    expect(roundDouble(2.5)).toBe(3);
    expect(roundDouble(-2.5)).toBe(-2);
  });

  it('gives the exact value of a double, as a cast to xs:decimal does', () => {
    expect(decimalOfDouble(0.1)?.toFixed()).toBe(
      '0.1000000000000000055511151231257827021181583404541015625',
    );
    expect(decimalOfDouble(1.005)?.toFixed()).toBe(
      '1.00499999999999989341858963598497211933135986328125',
    );
    expect(decimalOfDouble(-3)?.toFixed()).toBe('-3');
    expect(decimalOfDouble(2 ** 60)?.toFixed()).toBe('1152921504606846976');
    expect(decimalOfDouble(5e-324)?.toFixed()).toMatch(/^0\.0{323}4940656/);
    expect(decimalOfDouble(Number.NaN)).toBeUndefined();
  });

  it('adds untyped values as doubles, left to right', () => {
    expect(sumDoubles([op('0.1'), op('0.2')])).toBe(0.1 + 0.2);
    expect(sumDoubles([op('720.81'), op('0.01'), op('-720.81'), op('-0.01')])).not.toBe(0);
    expect(sumDoubles([])).toBe(0);
    // xs:double knows exponents, xs:decimal does not.
    expect(xsDouble({ at: '/x', found: '1e3' })).toBe(1000);
    expect(() => xsDecimal({ at: '/x', found: '1e3' })).toThrow(UnreadableNumber);
    expect(() => xsDouble({ at: '/x', found: '12,50' })).toThrow(UnreadableNumber);
    expect(xsDouble({ at: '/x' })).toBeUndefined();
  });

  it('sums decimals exactly, on the fast path in cents and the general one alike', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed;
    };
    for (let run = 0; run < 200; run++) {
      const values = Array.from({ length: 1 + (random() % 30) }, () => {
        const cents = (random() % 2000001) - 1000000;
        const places = random() % 4; // 3 decimals forces the general path
        return new Decimal(cents)
          .div(10 ** (places === 3 ? 3 : 2))
          .toFixed(places === 3 ? 3 : places);
      });
      const expected = values.reduce((total, v) => total.plus(v), new Decimal(0));
      expect(sumDecimals(values.map(op)).equals(expected), values.join(' + ')).toBe(true);
    }
  });

  it('shows amounts with at least two decimals', () => {
    expect(shown(new Decimal('158'))).toBe('158.00');
    expect(shown(new Decimal('1.005'))).toBe('1.005');
    expect(shown(0.1)).toBe('0.10');
    expect(shown(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});
