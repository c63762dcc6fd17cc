import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sirenOfVat, vatEu, vatFr, vatFromSiren } from '../../../shared/identifiers';

const vectors = JSON.parse(
  readFileSync(new URL('../../fixtures/identifiers/vectors.json', import.meta.url), 'utf8'),
) as { siren: { compact: string; valid: boolean }[] };

describe('French VAT number', () => {
  it('accepts lower case, spaces, dots, dashes, and a missing FR prefix', () => {
    for (const written of [
      'FR83404833048',
      'fr 83 404 833 048',
      'FR-83-404.833.048',
      '83404833048',
    ]) {
      expect(vatFr.validate(written)).toEqual({ valid: true, value: 'FR83404833048' });
    }
  });

  it('formats as FR, key, SIREN groups', () => {
    expect(vatFr.format('fr83404833048')).toBe('FR 83 404 833 048');
    expect(vatFr.format('FR834048')).toBe('FR834048');
  });

  it('checks lettered keys, which never use I or O', () => {
    expect(vatFr.isValid('FR K7 399859412')).toBe(true);
    expect(vatFr.isValid('FRL7399859412')).toBe(false);
    expect(vatFr.isValid('4Z123456782')).toBe(true);
    const io = vatFr.validate('IO334175221');
    expect(!io.valid && io.reason).toBe('characters');
    expect(!io.valid && io.message.fr).toContain('lettre I');
  });

  it('accepts Monaco numbers, which hold no SIREN', () => {
    expect(vatFr.isValid('FR16000063601')).toBe(true);
    expect(vatFr.isMonaco('FR16000063601')).toBe(true);
    expect(vatFr.isValid('FR17000063601')).toBe(false);
    const noSiren = sirenOfVat('FR16000063601');
    expect(!noSiren.valid && noSiren.reason).toBe('country');
  });

  it('refuses a key that matches a number which is not a SIREN', () => {
    // 05 is the right key for 987654321, but 987654321 fails Luhn.
    expect(vatFr.numericKey('987654321')).toBe('05');
    const result = vatFr.validate('FR05987654321');
    expect(!result.valid && result.reason).toBe('siren');
  });

  it('says which part is wrong', () => {
    const reasons = Object.fromEntries(
      [
        '',
        'FR',
        'FR8340483304',
        'FR83404833049',
        'FR834048330AB',
        'DE83404833048',
        'FR8%404833048',
      ].map((value) => {
        const result = vatFr.validate(value);
        return [value, result.valid ? 'valid' : result.reason];
      }),
    );
    expect(reasons).toEqual({
      '': 'empty',
      FR: 'empty',
      FR8340483304: 'length',
      FR83404833049: 'siren',
      FR834048330AB: 'characters',
      DE83404833048: 'country',
      'FR8%404833048': 'characters',
    });
  });

  it('builds a VAT number every valid SIREN of the fixture agrees with, and back', () => {
    for (const { compact, valid } of vectors.siren) {
      const vat = vatFromSiren(compact);
      expect(vat.valid, compact).toBe(valid);
      if (!vat.valid) continue;
      expect(vatFr.isValid(vat.value), vat.value).toBe(true);
      expect(sirenOfVat(vat.value)).toEqual({ valid: true, value: compact });
    }
    expect(vatFromSiren('552 008 443')).toEqual({ valid: true, value: 'FR19552008443' });
  });
});

describe('EU VAT number', () => {
  it('checks French numbers fully and every other country by format only, and says so', () => {
    expect(vatEu.validate('FR19552008443')).toMatchObject({
      valid: true,
      checked: 'checksum',
      country: 'FR',
    });
    expect(vatEu.validate('fr18552008443').valid).toBe(false);
    for (const foreign of [
      'DE123456789',
      'ATU12345678',
      'NL123456789B01',
      'ESX1234567X',
      'EL123456789',
      'IE1234567WA',
      'XI123456789',
      'XIGD123',
      'SE123456789001',
      'BE0123456789',
    ]) {
      expect(vatEu.validate(foreign), foreign).toMatchObject({
        valid: true,
        checked: 'format',
        value: foreign,
      });
    }
  });

  it('refuses wrong shapes and prefixes with the expected layout in words', () => {
    const short = vatEu.validate('DE 12345678');
    expect(!short.valid && short.reason).toBe('format');
    expect(!short.valid && short.message.fr).toContain('DE suivi de 9 chiffres');
    const dutch = vatEu.validate('NL123456789X01');
    expect(!dutch.valid && dutch.message.en).toContain('the letter B');
    const stray = vatEu.validate('DE12345678_');
    expect(!stray.valid && stray.reason).toBe('characters');
    const greek = vatEu.validate('GR123456789');
    expect(!greek.valid && greek.reason).toBe('country');
    expect(!greek.valid && greek.message.fr).toContain('EL');
    const swiss = vatEu.validate('CHE123456789');
    expect(!swiss.valid && swiss.reason).toBe('country');
    const noPrefix = vatEu.validate('123456789');
    expect(!noPrefix.valid && noPrefix.reason).toBe('country');
    expect(vatEu.EU_VAT_PREFIXES).toHaveLength(28);
    expect(vatEu.EU_VAT_PREFIXES).toContain('XI');
    expect(vatEu.EU_VAT_PREFIXES).not.toContain('GR');
  });
});
