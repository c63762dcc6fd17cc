import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, settingsItem } from '../../../extension/storage/settings';
import { StorageWriteError } from '../../../extension/storage/validated-item';

const raw = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('settings item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored: French, online checks on, built-in edge URL', async () => {
    const stored = await settingsItem.read();
    expect(stored.problem).toBeUndefined();
    expect(stored.value).toEqual({ language: 'fr', liveChecks: true });
    expect(stored.value.edgeUrl).toBeUndefined();
  });

  it('keeps what was written', async () => {
    const settings = {
      language: 'en',
      liveChecks: false,
      edgeUrl: 'https://edge.example.org',
      apiKey: 'k-123',
    } as const;
    await settingsItem.write(settings);
    expect((await settingsItem.read()).value).toEqual(settings);
  });

  it('refuses to store an edge URL that is not http(s), or a language it does not know', async () => {
    await expect(
      settingsItem.write({ ...DEFAULT_SETTINGS, edgeUrl: 'ftp://edge.example.org' }),
    ).rejects.toBeInstanceOf(StorageWriteError);
    await expect(
      settingsItem.write({ ...DEFAULT_SETTINGS, edgeUrl: 'https://user:secret@edge.example.org' }),
    ).rejects.toBeInstanceOf(StorageWriteError);
    await expect(
      settingsItem.write({ ...DEFAULT_SETTINGS, language: 'de' as 'fr' }),
    ).rejects.toBeInstanceOf(StorageWriteError);
    expect(await raw('settings')).toBeUndefined();
  });

  it('replaces only the corrupt field, reports it, and leaves the stored data alone', async () => {
    const stored = { language: 'de', liveChecks: false, edgeUrl: 'https://edge.example.org' };
    await fakeBrowser.storage.local.set({ settings: stored });
    const read = await settingsItem.read();
    expect(read.value).toEqual({
      language: 'fr',
      liveChecks: false,
      edgeUrl: 'https://edge.example.org',
    });
    expect(read.problem?.kind).toBe('partial');
    expect(read.problem?.details.join()).toContain('/language');
    expect(read.problem?.message.fr).toMatch(/^Réglages : /);
    expect(read.problem?.message.en).toMatch(/^Settings: /);
    expect(await raw('settings')).toEqual(stored);
  });

  it('falls back to the defaults when the stored value is not an object at all', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    const read = await settingsItem.read();
    expect(read.value).toEqual(DEFAULT_SETTINGS);
    expect(read.problem?.kind).toBe('unreadable');
    expect(read.problem?.key).toBe('local:settings');
  });

  it('tells watchers about new values, checked like reads', async () => {
    const seen: unknown[] = [];
    const stop = settingsItem.watch((stored) => seen.push(stored));
    await settingsItem.write({ ...DEFAULT_SETTINGS, language: 'en' });
    await fakeBrowser.storage.local.set({ settings: { language: 42 } });
    stop();
    expect(seen).toEqual([
      { value: { language: 'en', liveChecks: true } },
      expect.objectContaining({
        value: DEFAULT_SETTINGS,
        problem: expect.objectContaining({ kind: 'partial' }),
      }),
    ]);
  });
});
