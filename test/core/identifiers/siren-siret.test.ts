import { describe, expect, it } from 'vitest';
import { siren, sirenOfSiret, siret, siretToSiren } from '../../../shared/identifiers';

describe('SIREN', () => {
  it('accepts the ways people write it: spaces, dots, no-break spaces', () => {
    for (const written of ['552008443', '552 008 443', '552.008.443', ' 552\u00a0008\u202f443 ']) {
      expect(siren.validate(written)).toEqual({ valid: true, value: '552008443' });
    }
  });

  it('formats in groups of three', () => {
    expect(siren.format('552008443')).toBe('552 008 443');
    expect(siren.format('5520084')).toBe('5520084');
  });

  it('says what is wrong, French first', () => {
    const cases: [string, string][] = [
      ['', 'empty'],
      ['  . ', 'empty'],
      ['55200844A', 'characters'],
      ['552-008-443', 'characters'],
      ['55200844', 'length'],
      ['5520084430', 'length'],
      ['552008444', 'checksum'],
    ];
    for (const [value, reason] of cases) {
      const result = siren.validate(value);
      expect(result.valid, value).toBe(false);
      if (result.valid) continue;
      expect(result.reason, value).toBe(reason);
      expect(result.message.fr).not.toBe(result.message.en);
      expect(result.message.fr.length).toBeGreaterThan(10);
    }
  });

  it('names the stray character and the digit count in its messages', () => {
    const letter = siren.validate('55200844A');
    expect(!letter.valid && letter.message.fr).toContain('« A »');
    const short = siren.validate('55200844');
    expect(!short.valid && short.message.fr).toContain('celui-ci en a 8');
    expect(!short.valid && short.message.en).toContain('this one has 8');
  });
});

describe('SIRET', () => {
  it('formats as SIREN groups then the NIC', () => {
    expect(siret.format('73282932000074')).toBe('732 829 320 00074');
    expect(siret.format('732.829.320.00074')).toBe('732 829 320 00074');
  });

  it('follows the La Poste rule: digit sum multiple of 5, Luhn no longer enough', () => {
    expect(siret.isValid('35600000049837')).toBe(true); // sum 45, not Luhn-valid
    const wrongSum = siret.validate('35600000049838');
    expect(wrongSum.valid).toBe(false);
    expect(!wrongSum.valid && wrongSum.message.fr).toContain('La Poste');
    // Luhn-valid but digit sum 19: refused, only the head office keeps the Luhn key.
    expect(siret.isValid('35600000000014')).toBe(false);
    expect(siret.isValid(siret.LA_POSTE_HEAD_OFFICE_SIRET)).toBe(true);
    expect(siret.usesLaPosteKey(siret.LA_POSTE_HEAD_OFFICE_SIRET)).toBe(false);
  });

  it('refuses a Luhn-valid SIRET whose SIREN part is not a SIREN', () => {
    const fake = siret.validate('11122233344455');
    expect(fake.valid).toBe(false);
    expect(!fake.valid && fake.reason).toBe('siren');
    expect(!fake.valid && fake.message.fr).toContain('111 222 333');
  });

  it('reports the wrong key of the official Factur-X dummy SIRET', () => {
    const dummy = siret.validate('99999999800010');
    expect(!dummy.valid && dummy.reason).toBe('checksum');
  });

  it('gives the SIREN of a valid SIRET only', () => {
    expect(sirenOfSiret('732 829 320 00074')).toEqual({ valid: true, value: '732829320' });
    expect(siretToSiren('35600000049837')).toEqual({ valid: true, value: '356000000' });
    const bad = sirenOfSiret('73282932000079');
    expect(!bad.valid && bad.reason).toBe('checksum');
  });
});
