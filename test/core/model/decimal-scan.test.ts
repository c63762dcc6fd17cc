import { describe, expect, it } from 'vitest';
import { decimalsOf, decimalsOrZero, isDecimalString } from '../../../shared/model';
import { seededRandom as random } from '../../support/seeded-random';

/** The canonical form, as the model documents it (its specification). */
const CANONICAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

describe('canonical decimal strings, read character by character', () => {
  it('are exactly those of the pattern, with their fraction digits counted', () => {
    const alphabet = ['0', '0', '1', '5', '9', '.', '-', '+', ' ', 'e', '٣', '\n'];
    const next = random(3);
    const texts = [
      '',
      '-',
      '.',
      '0',
      '-0',
      '00',
      '01',
      '0.',
      '.5',
      '1.5.',
      '-0.000',
      '12.50',
      '1e3',
    ];
    for (let n = 0; n < 30_000; n++) {
      let text = '';
      const length = Math.floor(next() * 10);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      texts.push(text);
    }
    let canonical = 0;
    for (const text of texts) {
      const expected = CANONICAL.test(text);
      expect(isDecimalString(text), JSON.stringify(text)).toBe(expected);
      const digits = expected ? (text.split('.')[1]?.length ?? 0) : 0;
      expect(decimalsOrZero(text), JSON.stringify(text)).toBe(digits);
      if (expected) {
        expect(decimalsOf(text)).toBe(digits);
        canonical++;
      } else expect(() => decimalsOf(text)).toThrow(RangeError);
    }
    expect(canonical).toBeGreaterThan(1_000);
  });
});
