import { describe, expect, it } from 'vitest';
import { guessKind, identify } from '../../../shared/identifiers';

describe('identify', () => {
  it('recognises each kind and gives its normalised and formatted forms', () => {
    expect(identify('732 829 320 00074')).toMatchObject({
      kind: 'siret',
      valid: true,
      value: '73282932000074',
      formatted: '732 829 320 00074',
      checked: 'checksum',
    });
    expect(identify('552.008.443')).toMatchObject({
      kind: 'siren',
      valid: true,
      value: '552008443',
    });
    expect(identify('fr 19 552 008 443')).toMatchObject({
      kind: 'vat',
      valid: true,
      value: 'FR19552008443',
    });
    expect(identify('19552008443')).toMatchObject({
      kind: 'vat',
      valid: true,
      value: 'FR19552008443',
    });
    expect(identify('DE123456789')).toMatchObject({ kind: 'vat', valid: true, checked: 'format' });
    expect(identify('FR14 2004 1010 0505 0001 3M02 606')).toMatchObject({
      kind: 'iban',
      valid: true,
      formatted: 'FR14 2004 1010 0505 0001 3M02 606',
    });
    expect(identify('DEUTDEFF')).toMatchObject({ kind: 'bic', valid: true, checked: 'format' });
    expect(identify('20041 01005 0500013M026 06')).toMatchObject({ kind: 'rib', valid: true });
  });

  it('keeps the kind of a wrong value and says why it is wrong', () => {
    expect(identify('732 829 320 00079')).toMatchObject({
      kind: 'siret',
      valid: false,
      reason: 'checksum',
    });
    expect(identify('7328293200007')).toMatchObject({
      kind: 'siret',
      valid: false,
      reason: 'length',
    });
    expect(identify('55200844')).toMatchObject({ kind: 'siren', valid: false, reason: 'length' });
    expect(identify('GR123456789')).toMatchObject({ kind: 'vat', valid: false, reason: 'country' });
    expect(identify('FR14 2004 1010 0505 0001 3M02')).toMatchObject({
      kind: 'iban',
      valid: false,
      reason: 'length',
    });
  });

  it('answers unknown for empty and unrecognisable values', () => {
    expect(identify('   ')).toMatchObject({ kind: 'unknown', valid: false, reason: 'empty' });
    expect(identify('bonjour')).toMatchObject({
      kind: 'unknown',
      valid: false,
      reason: 'unrecognized',
    });
    expect(guessKind('12345678901234567890')).toBe('unknown');
  });
});
