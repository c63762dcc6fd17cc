/** The XPath value semantics the profile rules rely on. */
import { describe, expect, it } from 'vitest';
import {
  booleanOf,
  decimalKey,
  decimalOfDouble,
  numberOfText,
  roundCentsDouble,
  stringValue,
  sumDecimals,
  UncastableValue,
} from '../../../../shared/rules/profile/xpath';
import { parseXml, type XmlElement } from '../../../../shared/xml';

function element(text: string): XmlElement {
  const parsed = parseXml(`<a>${text}</a>`);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.document.root;
}

describe('xs:decimal', () => {
  it('gives equal numbers the same key', () => {
    const keys = ['20', '20.00', ' +20.0 ', '020', '20.'].map((t) => decimalKey(element(t)));
    expect(new Set(keys)).toEqual(new Set(['20']));
    expect(decimalKey(element('.5'))).toBe('0.5');
    expect(decimalKey(element('-0.00'))).toBe('0');
    expect(decimalKey(element('-5.50'))).toBe('-5.5');
    expect(decimalKey(element('100'))).toBe('100');
    expect(decimalKey(element('0.05'))).toBe('0.05');
  });

  it('refuses what is not an xs:decimal', () => {
    for (const text of ['1e3', '', '1,5', 'NaN', '2 0']) {
      expect(() => decimalKey(element(text)), text).toThrow(UncastableValue);
    }
  });

  it('sums exactly, in cents or not', () => {
    const nodes = ['0.10', '0.20', '-0.05'].map(element);
    expect(sumDecimals(nodes).toString()).toBe('0.25');
    expect(sumDecimals(['0.001', '1'].map(element)).toString()).toBe('1.001');
  });
});

describe('xs:double', () => {
  it('rounds as the schematron does: x * 100 and x * 10 * 10 differ', () => {
    // 1.005 × 100 and 1.005 × 10 × 10 are both just under 100.5 in binary.
    expect(roundCentsDouble(1.005, 100)).toBe(1);
    expect(roundCentsDouble(1.005, '10*10')).toBe(1);
    // Where they differ: 0.145 × 100 = 14.499999999999998, but 0.145 × 10 × 10 = 14.5.
    expect(roundCentsDouble(0.145, 100)).toBe(0.14);
    expect(roundCentsDouble(0.145, '10*10')).toBe(0.15);
    // Halves go towards +∞.
    expect(roundCentsDouble(-0.125, 100)).toBe(-0.12);
  });

  it('casts a double to its exact decimal value', () => {
    expect(decimalOfDouble(0.1)?.toString()).toBe(
      '0.1000000000000000055511151231257827021181583404541015625',
    );
    expect(decimalOfDouble(Number.NaN)).toBeUndefined();
  });

  it('reads number() like XPath, NaN for what is not a number', () => {
    expect(numberOfText(' 1e2 ')).toBe(100);
    expect(numberOfText('-INF')).toBe(Number.NEGATIVE_INFINITY);
    expect(Number.isNaN(numberOfText('abc'))).toBe(true);
    expect(Number.isNaN(numberOfText(''))).toBe(true);
  });
});

describe('xs:boolean and string values', () => {
  it('casts true, false, 1 and 0, and nothing else', () => {
    expect(booleanOf(element(' true '))).toBe(true);
    expect(booleanOf(element('0'))).toBe(false);
    expect(() => booleanOf(element('yes'))).toThrow(UncastableValue);
  });

  it('concatenates the text of descendants', () => {
    expect(stringValue(element('a<b>b</b><c>c<d>d</d></c>'))).toBe('abcd');
  });
});
