/** The XPath number semantics both schematron layers share (business rules, profile rules). */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../shared/model';
import {
  doubleOfText,
  numberOfText,
  sumDecimals,
  sumDoubles,
} from '../../../shared/rules/xpath-number';

describe('xs:double cast of text', () => {
  it('takes the XML Schema 1.1 lexical space, as Saxon does by default', () => {
    expect(doubleOfText(' 1e2 ')).toBe(100);
    expect(doubleOfText('.5')).toBe(0.5);
    expect(doubleOfText('INF')).toBe(Number.POSITIVE_INFINITY);
    expect(doubleOfText('+INF')).toBe(Number.POSITIVE_INFINITY);
    expect(doubleOfText('-INF')).toBe(Number.NEGATIVE_INFINITY);
    expect(Number.isNaN(doubleOfText('NaN'))).toBe(true);
    for (const text of ['', '12,50', 'Infinity', '0x10', '1e', '+-1']) {
      expect(doubleOfText(text), text).toBeUndefined();
      expect(Number.isNaN(numberOfText(text)), text).toBe(true);
    }
  });
});

describe('sum()', () => {
  it('of doubles starts from the first item, so a lone -0 stays -0', () => {
    const same = (x: number) => x;
    expect(Object.is(sumDoubles([-0], same), -0)).toBe(true);
    expect(Object.is(sumDoubles([], same), 0)).toBe(true);
    expect(sumDoubles([0.1, undefined, 0.2], (x) => x)).toBe(0.1 + 0.2);
  });

  it('of decimals gives the exact sum whether the texts are cents or not', () => {
    const exact = (text: string) => new Decimal(text.trim());
    const cents = [' 12.5 ', '-0.05', '7.', '3'];
    expect(sumDecimals(cents, (t) => t, exact).toFixed()).toBe('22.45');
    // A third decimal or a plus sign sends the sum to the layer's cast.
    const general = ['0.001', '+1', '1'];
    expect(sumDecimals(general, (t) => t, exact).toFixed()).toBe('2.001');
    const skipped = [undefined, '1.10'];
    expect(
      sumDecimals(
        skipped,
        (t) => t,
        (t) => (t === undefined ? t : exact(t)),
      ).toFixed(),
    ).toBe('1.1');
  });
});
