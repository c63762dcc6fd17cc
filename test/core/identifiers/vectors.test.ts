// Every vector of test/fixtures/identifiers/vectors.json (python-stdnum, IsoCodes, real records and
// official samples; see its `_about`) must come out as the fixture says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iban, identify, rib, siren, siret, vatEu, vatFr } from '../../../shared/identifiers';
import { luhnValid } from '../../../shared/identifiers/luhn';

interface Vector {
  raw: string;
  compact: string;
  valid: boolean;
  source: string;
  note?: string;
  luhn?: boolean;
  luhn14?: boolean;
  siren_luhn?: boolean;
  digit_sum_mod5?: number;
  la_poste?: boolean;
  mod97?: boolean;
  fr_rib_key_ok?: boolean;
}

type Category = 'siren' | 'siret' | 'tva_fr' | 'iban' | 'rib_bban_fr';
const vectors = JSON.parse(
  readFileSync(new URL('../../fixtures/identifiers/vectors.json', import.meta.url), 'utf8'),
) as Record<Category, Vector[]>;

const KIND_OF: Record<Category, string> = {
  siren: 'siren',
  siret: 'siret',
  tva_fr: 'vat',
  iban: 'iban',
  rib_bban_fr: 'rib',
};

const label = (v: Vector) => `${JSON.stringify(v.raw)} (${v.source}${v.note ? `: ${v.note}` : ''})`;

describe('identifier vectors', () => {
  it('holds the expected number of cases, so a truncated fixture cannot pass silently', () => {
    const total = Object.keys(KIND_OF).reduce((n, c) => n + vectors[c as Category].length, 0);
    expect(total).toBe(220);
  });

  describe('SIREN', () => {
    it.each(vectors.siren.map((v) => [label(v), v] as const))('%s', (_, v) => {
      expect(siren.compact(v.raw)).toBe(v.compact);
      expect(siren.validate(v.raw).valid).toBe(v.valid);
      if (v.luhn !== undefined) expect(luhnValid(v.compact)).toBe(v.luhn);
    });
  });

  describe('SIRET', () => {
    it.each(vectors.siret.map((v) => [label(v), v] as const))('%s', (_, v) => {
      expect(siret.compact(v.raw)).toBe(v.compact);
      expect(siret.validate(v.raw).valid).toBe(v.valid);
      if (v.luhn14 !== undefined) expect(luhnValid(v.compact)).toBe(v.luhn14);
      if (v.siren_luhn !== undefined)
        expect(siren.isValid(v.compact.slice(0, 9))).toBe(v.siren_luhn);
      if (v.la_poste !== undefined)
        expect(siret.usesLaPosteKey(v.compact)).toBe(
          v.la_poste && v.compact !== siret.LA_POSTE_HEAD_OFFICE_SIRET,
        );
    });
  });

  describe('French VAT number', () => {
    it.each(vectors.tva_fr.map((v) => [label(v), v] as const))('%s', (_, v) => {
      // The fixture keeps the source's letter case in `compact`; ours upper-cases, as python-stdnum.
      expect(vatFr.compact(v.raw)).toBe(v.compact.toUpperCase());
      const checked = vatFr.validate(v.raw);
      expect(checked.valid).toBe(v.valid);
      if (checked.valid) expect(checked.value).toMatch(/^FR[0-9A-Z]{2}\d{9}$/);
      // Numbers written with their FR prefix go through the EU module to the same answer.
      if (/^FR/i.test(v.compact)) expect(vatEu.validate(v.raw).valid).toBe(v.valid);
    });
  });

  describe('IBAN', () => {
    it.each(vectors.iban.map((v) => [label(v), v] as const))('%s', (_, v) => {
      expect(iban.compact(v.raw)).toBe(v.compact.toUpperCase());
      const checked = iban.validate(v.raw);
      expect(checked.valid).toBe(v.valid);
      if (v.fr_rib_key_ok !== undefined) {
        expect(rib.isValid(iban.bbanOf(iban.compact(v.raw)))).toBe(v.fr_rib_key_ok);
      }
      if (!checked.valid) {
        // The reason follows from what the fixture says is broken.
        const expected = /unknown country/.test(v.note ?? '')
          ? 'country'
          : v.mod97 === false
            ? 'checksum'
            : 'bank-key';
        expect(checked.reason).toBe(expected);
      }
    });
  });

  describe('RIB (French BBAN)', () => {
    it.each(vectors.rib_bban_fr.map((v) => [label(v), v] as const))('%s', (_, v) => {
      expect(rib.compact(v.raw)).toBe(v.compact);
      expect(rib.validate(v.raw).valid).toBe(v.valid);
    });
  });

  describe('identify', () => {
    const all = (Object.keys(KIND_OF) as Category[]).flatMap((category) =>
      vectors[category].map((v) => [`${category} ${label(v)}`, category, v] as const),
    );
    it.each(all)('%s', (_, category, v) => {
      const found = identify(v.raw);
      // Letters-only junk (« azertyuio ») looks like no identifier at all.
      expect(found.kind).toBe(/\d/.test(v.raw) ? KIND_OF[category] : 'unknown');
      expect(found.valid).toBe(v.valid);
    });
  });
});
