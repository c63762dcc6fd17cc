import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  activeProfileIdItem,
  deleteProfile,
  draftOf,
  EMPTY_DRAFT,
  type ProfileDraft,
  profilesItem,
  resolveActiveProfile,
  saveProfile,
  validateProfileDraft,
} from '../../../extension/storage/profiles';
import type { SupplierProfile } from '../../../shared/chorus/portal-profile';

// Valid identifiers from test/fixtures/identifiers/vectors.json, written as people type them.
const SIRET = '1 800 700 39 00 110';
const SIRET_BAD_KEY = '18007003900111';
const IBAN = 'FR14 2004 1010 0505 0001 3M02 606';
const IBAN_BAD_CHECK = 'FR15 2004 1010 0505 0001 3M02 606';

const draft = (overrides: Partial<ProfileDraft> = {}): ProfileDraft => ({
  ...EMPTY_DRAFT,
  label: 'ACME Lyon',
  siret: SIRET,
  ...overrides,
});

function profile(id: string, label = id): SupplierProfile {
  const check = validateProfileDraft(draft({ label }), id);
  if (!check.ok) throw new Error('fixture profile refused');
  return check.profile;
}

describe('validateProfileDraft', () => {
  it('keeps the compact SIRET and IBAN, and only the defaults that were chosen', () => {
    const check = validateProfileDraft(
      draft({ iban: IBAN, name: '  ACME SAS ', paymentMode: 'VIREMENT', serviceCode: 'FACT' }),
      'p1',
    );
    expect(check).toEqual({
      ok: true,
      profile: {
        version: 1,
        id: 'p1',
        label: 'ACME Lyon',
        siret: '18007003900110',
        name: 'ACME SAS',
        serviceCode: 'FACT',
        iban: 'FR1420041010050500013M02606',
        defaults: { paymentMode: 'VIREMENT' },
      },
    });
  });

  it('says why a SIRET or an IBAN is impossible, in French and English', () => {
    const check = validateProfileDraft(draft({ siret: SIRET_BAD_KEY, iban: IBAN_BAD_CHECK }), 'p');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.siret?.fr).toMatch(/clé/);
    expect(check.errors.siret?.en).toMatch(/check digit/);
    expect(check.errors.iban?.fr).toMatch(/chiffres de contrôle/);
    expect(Object.keys(check.errors).sort()).toEqual(['iban', 'siret']);
  });

  it('requires a name for the profile and a SIRET', () => {
    const check = validateProfileDraft(draft({ label: '   ', siret: '' }), 'p');
    expect(check.ok ? {} : check.errors).toEqual({
      label: { fr: 'Champ obligatoire.', en: 'Required field.' },
      siret: { fr: 'Champ obligatoire.', en: 'Required field.' },
    });
  });

  it('keeps a validator only for the frames that go through one (A9, A12)', () => {
    const withValidator = { validatorSiret: SIRET, validatorServiceCode: 'VALID' };
    const a9 = validateProfileDraft(draft({ cadre: 'A9', ...withValidator }), 'p');
    const a1 = validateProfileDraft(draft({ cadre: 'A1', ...withValidator }), 'p');
    expect(a9.ok && a9.profile.defaults).toEqual({
      cadre: 'A9',
      validator: { siret: '18007003900110', serviceCode: 'VALID' },
    });
    expect(a1.ok && a1.profile.defaults).toEqual({ cadre: 'A1' });
  });

  it('refuses a validator service without its SIRET, and an impossible validator SIRET', () => {
    const noSiret = validateProfileDraft(draft({ cadre: 'A9', validatorServiceCode: 'S' }), 'p');
    const badSiret = validateProfileDraft(draft({ cadre: 'A9', validatorSiret: '123' }), 'p');
    expect(noSiret.ok ? [] : Object.keys(noSiret.errors)).toEqual(['validatorSiret']);
    expect(badSiret.ok ? [] : Object.keys(badSiret.errors)).toEqual(['validatorSiret']);
  });

  it('round-trips through the form: draftOf then validate gives the same profile', () => {
    const check = validateProfileDraft(
      draft({ iban: IBAN, cadre: 'A12', validatorSiret: SIRET, vatRegime: 'TVA_SUR_DEBIT' }),
      'p',
    );
    if (!check.ok) throw new Error('refused');
    expect(validateProfileDraft(draftOf(check.profile), 'p')).toEqual(check);
  });
});

describe('profile storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds, replaces and deletes profiles; deleting the active one leaves none chosen', async () => {
    await saveProfile(profile('a', 'First'));
    await saveProfile(profile('b', 'Second'));
    await saveProfile(profile('a', 'First, renamed'));
    await activeProfileIdItem.write('a');
    expect((await profilesItem.read()).value.map((p) => p.label)).toEqual([
      'First, renamed',
      'Second',
    ]);
    await deleteProfile('a');
    expect((await profilesItem.read()).value.map((p) => p.id)).toEqual(['b']);
    expect((await activeProfileIdItem.read()).value).toBeNull();
  });

  it('keeps the readable profiles when one stored profile is corrupt, and says how many were left out', async () => {
    const good = profile('good');
    await fakeBrowser.storage.local.set({
      profiles: [good, { ...good, id: 'bad', siret: 'not a siret' }, 'junk'],
    });
    const read = await profilesItem.read();
    expect(read.value).toEqual([good]);
    expect(read.problem?.kind).toBe('partial');
    expect(read.problem?.details).toHaveLength(2);
    expect(read.problem?.message.fr).toContain('2 élément(s)');
  });

  it('reads an empty list when the stored profiles are not a list', async () => {
    await fakeBrowser.storage.local.set({ profiles: { id: 'x' } });
    const read = await profilesItem.read();
    expect(read.value).toEqual([]);
    expect(read.problem?.kind).toBe('unreadable');
  });
});

describe('resolveActiveProfile', () => {
  const profiles = [profile('a'), profile('b')];
  it('gives the chosen profile, or the first one when none (or a deleted one) is chosen', () => {
    expect(resolveActiveProfile(profiles, 'b')?.id).toBe('b');
    expect(resolveActiveProfile(profiles, null)?.id).toBe('a');
    expect(resolveActiveProfile(profiles, 'gone')?.id).toBe('a');
    expect(resolveActiveProfile([], 'a')).toBeUndefined();
  });
});
