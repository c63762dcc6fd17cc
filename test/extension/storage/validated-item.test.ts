/**
 * Versions and migrations through WXT's own storage item, on the fake browser: the stored data is
 * seeded first, as an older extension would have left it, then the item is defined (WXT migrates
 * at definition, as at the extension's start).
 */

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { parseWhole } from '../../../extension/storage/parse';
import { defineValidatedItem } from '../../../extension/storage/validated-item';

/** Version 2 of a small record: `name` was called `title` in version 1. */
const RecordV2 = z.object({ name: z.string(), count: z.number() });
type RecordV2 = z.infer<typeof RecordV2>;

function defineV2(key: `local:${string}`, migrate: (old: unknown) => unknown) {
  return defineValidatedItem<RecordV2 | null>({
    key,
    label: { fr: 'Essai', en: 'Trial' },
    fallback: null,
    version: 2,
    migrations: { 2: migrate },
    parse: parseWhole(z.nullable(RecordV2), null),
  });
}

const renameTitle = (old: unknown) => {
  const { title, ...rest } = old as { title: string; count: number };
  return { ...rest, name: title };
};

describe('validated storage items: versions and migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // WXT logs a failed migration on the console; the test checks what the item reports instead.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('migrates a version 1 value to version 2 and records the new version', async () => {
    await fakeBrowser.storage.local.set({ trial: { title: 'ACME', count: 3 }, trial$: { v: 1 } });
    const item = defineV2('local:trial', renameTitle);
    expect(await item.read()).toEqual({ value: { name: 'ACME', count: 3 } });
    const stored = await fakeBrowser.storage.local.get(['trial', 'trial$']);
    expect(stored).toEqual({ trial: { name: 'ACME', count: 3 }, trial$: { v: 2 } });
  });

  it('treats a value stored without a version as version 1', async () => {
    await fakeBrowser.storage.local.set({ trial2: { title: 'B', count: 1 } });
    const item = defineV2('local:trial2', renameTitle);
    expect((await item.read()).value).toEqual({ name: 'B', count: 1 });
  });

  it('reports a failed migration, uses the fallback, and keeps the old data in place', async () => {
    await fakeBrowser.storage.local.set({ trial3: { title: 'C', count: 1 }, trial3$: { v: 1 } });
    const item = defineV2('local:trial3', () => {
      throw new Error('cannot migrate');
    });
    const read = await item.read();
    expect(read.value).toBeNull();
    expect(read.problem).toMatchObject({ key: 'local:trial3', kind: 'migration' });
    expect(read.problem?.details).toEqual(['stored version 1, expected 2']);
    expect(await fakeBrowser.storage.local.get('trial3')).toEqual({
      trial3: { title: 'C', count: 1 },
    });
  });

  it('reports a migration that produced a value the new version refuses', async () => {
    await fakeBrowser.storage.local.set({ trial4: { title: 'D' }, trial4$: { v: 1 } });
    const item = defineV2('local:trial4', renameTitle);
    const read = await item.read();
    expect(read.value).toBeNull();
    expect(read.problem?.kind).toBe('unreadable');
    expect(read.problem?.details.join()).toContain('/count');
  });

  it('stores the current version with the first value written', async () => {
    const item = defineV2('local:trial5', renameTitle);
    await item.write({ name: 'E', count: 0 });
    expect(await fakeBrowser.storage.local.get('trial5$')).toEqual({ trial5$: { v: 2 } });
  });

  it('reports storage that cannot be read at all instead of throwing', async () => {
    const item = defineV2('local:trial6', renameTitle);
    await item.read(); // let WXT finish its start-up reads before the storage breaks
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('disk gone'));
    const read = await item.read();
    expect(read.value).toBeNull();
    expect(read.problem).toMatchObject({ kind: 'unreadable', details: ['disk gone'] });
  });
});
