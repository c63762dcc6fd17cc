import { isValidBBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { bic, iban, rib } from '../../../shared/identifiers';

describe('IBAN', () => {
  it('accepts valid IBANs of several countries, with spaces, dashes and lower case', () => {
    for (const value of [
      'FR14 2004 1010 0505 0001 3M02 606',
      'de89 3704 0044 0532 0130 00',
      'GB82-WEST-1234-5698-7654-32',
      'BE68539007547034',
      'MC58 1122 2000 0101 2345 6789 030',
    ]) {
      expect(iban.isValid(value), value).toBe(true);
    }
  });

  it('formats in groups of four', () => {
    expect(iban.format('fr1420041010050500013m02606')).toBe('FR14 2004 1010 0505 0001 3M02 606');
  });

  it('gives the reason in the order a user fixes things', () => {
    const reasons = Object.fromEntries(
      [
        '',
        'FR14 2004 1010 0505 0001 3M02 60_',
        'QQ14 2004 1010 0505 0001 3M02 606',
        'FR14 2004 1010 0505 0001 3M02 60',
        'FR142004A010050500013M02606',
        'FR15 2004 1010 0505 0001 3M02 606',
        'FR84 2004 1010 0505 0001 3M02 607',
      ].map((value) => {
        const result = iban.validate(value);
        return [value, result.valid ? 'valid' : result.reason];
      }),
    );
    expect(Object.values(reasons)).toEqual([
      'empty',
      'characters',
      'country',
      'length',
      'format',
      'checksum',
      'bank-key',
    ]);
  });

  it('names the expected length of the country', () => {
    const result = iban.validate('DE89 3704 0044 0532 0130 0');
    expect(!result.valid && result.message.fr).toContain('Un IBAN DE compte 22 caractères');
  });
});

describe('RIB', () => {
  it('formats as bank, branch, account, key', () => {
    expect(rib.format('20041010050500013M02606')).toBe('20041 01005 0500013M026 06');
  });

  it('counts every letter of the account as ibantools does (independent implementation)', () => {
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const account = `0500013${letter}026`;
      const key = rib.ribKey('20041', '01005', account);
      expect(key, letter).toMatch(/^\d{2}$/);
      expect(isValidBBAN(`2004101005${account}${key}`, 'FR'), letter).toBe(true);
      expect(rib.isValid(`2004101005${account}${key}`)).toBe(true);
    }
  });

  it('refuses letters in the bank, branch or key, and never suggests the right key', () => {
    const letters = rib.validate('2004A010050500013M02606');
    expect(!letters.valid && letters.reason).toBe('format');
    const wrongKey = rib.validate('20041010050500013M02607');
    expect(!wrongKey.valid && wrongKey.reason).toBe('checksum');
    expect(!wrongKey.valid && wrongKey.message.fr).not.toContain('06');
  });
});

describe('BIC', () => {
  it('accepts 8 and 11 characters, any case', () => {
    expect(bic.validate('bnpa fr pp')).toEqual({ valid: true, value: 'BNPAFRPP' });
    expect(bic.isValid('DEUTDEFF500')).toBe(true);
  });

  it('says what is wrong', () => {
    const reasons = ['', 'BNPAFRP', 'BNPA-FRPP', '1NPAFRPP', 'BNPAQQPP'].map((value) => {
      const result = bic.validate(value);
      return result.valid ? 'valid' : result.reason;
    });
    expect(reasons).toEqual(['empty', 'length', 'characters', 'format', 'country']);
  });
});
