import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatDecimal,
  formatSiret,
  percent,
} from '../../../extension/ui/format';
import { MESSAGES, type MessageKey, translate } from '../../../extension/ui/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('have a French and an English text with the same placeholders', () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      expect(text.fr.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      expect(placeholders(text.en), key).toEqual(placeholders(text.fr));
    }
  });

  it('fill their placeholders and leave unknown ones visible', () => {
    const key: MessageKey = 'check.summary';
    expect(translate('fr', key, { fatal: 2, warning: 0, info: 1 })).toBe(
      '2 erreur(s), 0 avertissement(s), 1 information(s)',
    );
    expect(translate('en', 'check.line', {})).toBe('line {line}');
  });
});

describe('formats', () => {
  it('groups amounts exactly, the French or the English way', () => {
    expect(formatDecimal('1234567.891', 'fr')).toBe('1\u202f234\u202f567,891');
    expect(formatDecimal('-1234.5', 'en')).toBe('-1,234.5');
    expect(formatDecimal('12345678901234567890.01', 'en')).toBe('12,345,678,901,234,567,890.01');
    expect(formatDecimal('n/a', 'fr')).toBe('n/a');
    expect(formatAmount('100.00', 'EUR', 'fr')).toBe('100,00\u00a0EUR');
    expect(formatAmount('100.00', 'EUR', 'en')).toBe('EUR\u00a0100.00');
  });

  it('writes dates, SIRETs and confidences as people read them', () => {
    expect(formatDate('2026-01-31', 'fr')).toBe('31/01/2026');
    expect(formatDate('2026-01-31', 'en')).toBe('2026-01-31');
    expect(formatSiret('18007003900110')).toBe('180 070 039 00110');
    expect(formatSiret('123')).toBe('123');
    expect(percent(0.999)).toBe(99);
    expect(percent(1)).toBe(100);
  });
});
