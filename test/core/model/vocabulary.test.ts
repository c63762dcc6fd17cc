import { describe, expect, it } from 'vitest';
import {
  CREDIT_NOTE_TYPE_CODES,
  FR_BAR_TREATMENTS,
  FR_BILLING_MODES,
  FR_NOTE_SUBJECTS,
  INVOICE_TYPE_CODES,
  isCreditNote,
  isFrBillingMode,
} from '../../../shared/model';

describe('isCreditNote', () => {
  it.each(['381', '261', '262', '396', '502', '503', '81', '83', '532'])(
    '%s is a credit note',
    (code) => {
      expect(isCreditNote(code)).toBe(true);
    },
  );

  it.each(['380', '384', '386', '389', '393', '501', '751', '', 'abc'])('%j is not', (code) => {
    expect(isCreditNote(code)).toBe(false);
  });

  it('says no when BT-3 is missing', () => {
    expect(isCreditNote(undefined)).toBe(false);
  });

  it('shares only 81 between the two lists of the UBL binding', () => {
    const invoices = new Set<string>(INVOICE_TYPE_CODES);
    expect(CREDIT_NOTE_TYPE_CODES.filter((code) => invoices.has(code))).toEqual(['81']);
  });
});

describe('French reform vocabulary', () => {
  it('has the 20 billing modes of BR-FR-08, each a letter B/S/M and a digit', () => {
    const modes = Object.keys(FR_BILLING_MODES);
    expect(modes).toHaveLength(20);
    for (const mode of modes) expect(mode).toMatch(/^[BSM][1-9]$/);
    expect(isFrBillingMode('M1')).toBe(true);
    expect(isFrBillingMode('A1')).toBe(false);
    expect(isFrBillingMode('toString')).toBe(false);
    expect(isFrBillingMode(undefined)).toBe(false);
  });

  it('names the note subjects the French rules read, in both languages', () => {
    expect(Object.keys(FR_NOTE_SUBJECTS)).toEqual(['PMT', 'PMD', 'AAB', 'TXD', 'BAR']);
    for (const text of Object.values(FR_NOTE_SUBJECTS)) {
      expect(text.fr).not.toBe('');
      expect(text.en).not.toBe('');
    }
    expect(FR_BAR_TREATMENTS).toContain('B2B');
  });
});
