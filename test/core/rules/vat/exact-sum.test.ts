import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../shared/model';
import { ExactSum } from '../../../../shared/rules/en16931/vat/exact-sum';
import { seededRandom as random } from '../../../support/seeded-random';

function digits(next: () => number, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += Math.floor(next() * 10);
  return text;
}

/** A canonical decimal string as the model holds it, short or far beyond a double's precision. */
function canonical(next: () => number): string {
  const long = next() < 0.2;
  const whole = digits(next, 1 + Math.floor(next() * (long ? 30 : 6))).replace(/^0+(?=\d)/, '');
  const places = next() < 0.3 ? 0 : 1 + Math.floor(next() * (long ? 20 : 3));
  const fraction = places === 0 ? '' : `.${digits(next, places)}`;
  return `${next() < 0.3 ? '-' : ''}${whole}${fraction}`;
}

function exactly(texts: readonly string[]): Decimal {
  return texts.reduce((sum, text) => sum.plus(text), new Decimal(0));
}

function summed(texts: readonly string[]): Decimal {
  const sum = new ExactSum();
  for (const text of texts) sum.add(text);
  return sum.toDecimal();
}

describe('ExactSum', () => {
  it('adds canonical decimals exactly, in plain numbers or beyond them', () => {
    const next = random(11);
    for (let run = 0; run < 3000; run++) {
      const texts = Array.from({ length: Math.floor(next() * 30) }, () => canonical(next));
      expect(summed(texts).equals(exactly(texts)), texts.join(' + ')).toBe(true);
    }
  });

  it('stays exact when the safe integers run out mid-sum', () => {
    const texts = ['9007199254740.99', '0.01', '0.001', '-12.5', '99999999999999', '0.0000001'];
    expect(summed(texts).equals(exactly(texts))).toBe(true);
    expect(summed(['-0', '-0.00']).toFixed()).toBe('0');
    expect(summed([]).toFixed()).toBe('0');
  });
});
