/**
 * A storage item whose stored value is checked every time it is read. Stored data can be anything:
 * written by an older version, edited by hand in the devtools, cut short by a full disk. Reading
 * never throws: a value that does not pass its check gives the item's fallback (or its valid part)
 * and a problem the panel shows, and the stored value stays as it is until the next write, so
 * nothing is destroyed behind the clerk's back.
 *
 * Versions and migrations are WXT's (`storage.defineItem` with `version` and `migrations`): they
 * run when the item is defined. A migration that fails leaves the old value and its old version in
 * storage; `read` sees the version lag and reports it instead of handing old-shaped data on.
 */
import { type StorageItemKey, storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { LocalizedText } from '../../shared/i18n/text';

export type StorageProblemKind =
  /** The whole value was refused: the fallback is used. */
  | 'unreadable'
  /** Some entries or fields were refused: the rest is used. */
  | 'partial'
  /** The value is of an older version that could not be brought up to date. */
  | 'migration';

export interface StorageProblem {
  readonly key: StorageItemKey;
  readonly kind: StorageProblemKind;
  readonly message: LocalizedText;
  /** What was refused (paths and reasons), for the diagnostic view. */
  readonly details: readonly string[];
}

/** What a parser makes of a raw stored value: the value to use, and what it had to refuse. */
export interface Parsed<T> {
  readonly value: T;
  readonly refused?: {
    /** `unreadable`: nothing could be kept; `partial`: the value keeps what passed. */
    readonly kind: 'unreadable' | 'partial';
    readonly details: readonly string[];
  };
}

export interface StoredValue<T> {
  readonly value: T;
  readonly problem?: StorageProblem;
}

export type Migration = (old: unknown) => unknown;

export interface ValidatedItemOptions<T> {
  readonly key: StorageItemKey;
  /** What an absent or unreadable value reads as. */
  readonly fallback: T;
  /** How the clerk names what the item holds (« Réglages »), for problem messages. */
  readonly label: LocalizedText;
  /** Version of the shape `parse` accepts; starts at 1. */
  readonly version: number;
  /** `migrations[n]` turns a value of version n − 1 into version n. */
  readonly migrations?: Readonly<Record<number, Migration>>;
  /** Checks a raw value; never throws. */
  readonly parse: (raw: unknown) => Parsed<T>;
}

/** Thrown by `write` when our own code tries to store a value its check refuses. */
export class StorageWriteError extends Error {
  constructor(
    readonly key: StorageItemKey,
    readonly details: readonly string[],
  ) {
    super(`Refused to store an invalid value under ${key}: ${details.join('; ')}`);
    this.name = 'StorageWriteError';
  }
}

export interface ValidatedItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  readonly version: number;
  read(): Promise<StoredValue<T>>;
  /** Checks, then stores. */
  write(value: T): Promise<void>;
  /** Removes the stored value (reads give the fallback again). */
  clear(): Promise<void>;
  /** Called with each new stored value, checked like `read`. Returns the function that stops it. */
  watch(listener: (stored: StoredValue<T>) => void): () => void;
}

export function defineValidatedItem<T>(options: ValidatedItemOptions<T>): ValidatedItem<T> {
  const { key, fallback, label, version } = options;
  const item: WxtStorageItem<unknown, { v: number }> = storage.defineItem<unknown, { v: number }>(
    key,
    {
      version,
      ...(options.migrations ? { migrations: { ...options.migrations } } : {}),
    },
  );

  const check = (raw: unknown): StoredValue<T> => {
    if (raw === null || raw === undefined) return { value: fallback };
    const parsed = options.parse(raw);
    if (!parsed.refused) return { value: parsed.value };
    const { kind, details } = parsed.refused;
    return {
      value: parsed.value,
      problem: { key, kind, details, message: refusedMessage(label, kind, details.length) },
    };
  };

  return {
    key,
    fallback,
    version,
    async read() {
      let raw: unknown;
      let storedVersion: number | null | undefined;
      try {
        raw = await item.getValue();
        if (raw === null || raw === undefined) return { value: fallback };
        storedVersion = (await item.getMeta()).v;
      } catch (error) {
        return {
          value: fallback,
          problem: {
            key,
            kind: 'unreadable',
            message: refusedMessage(label, 'unreadable', 1),
            details: [error instanceof Error ? error.message : String(error)],
          },
        };
      }
      // A value with no version was written before versions were recorded: version 1.
      const found = storedVersion ?? 1;
      if (found < version) {
        return {
          value: fallback,
          problem: {
            key,
            kind: 'migration',
            message: {
              fr: `${label.fr} : les données enregistrées viennent d'une version précédente et n'ont pas pu être mises à jour. Valeurs par défaut utilisées ; les anciennes données restent en place jusqu'au prochain enregistrement.`,
              en: `${label.en}: the stored data comes from an earlier version and could not be updated. Defaults are used; the old data stays in place until the next save.`,
            },
            details: [`stored version ${found}, expected ${version}`],
          },
        };
      }
      return check(raw);
    },
    async write(value) {
      const parsed = options.parse(value);
      if (parsed.refused) throw new StorageWriteError(key, parsed.refused.details);
      await item.setValue(parsed.value);
    },
    async clear() {
      await item.removeValue();
    },
    watch(listener) {
      return item.watch((raw) => listener(check(raw)));
    },
  };
}

function refusedMessage(
  label: LocalizedText,
  kind: 'unreadable' | 'partial',
  count: number,
): LocalizedText {
  if (kind === 'partial') {
    return {
      fr: `${label.fr} : ${count} élément(s) enregistré(s) illisible(s), laissé(s) de côté ; le reste est utilisé. Ils seront effacés au prochain enregistrement.`,
      en: `${label.en}: ${count} stored item(s) could not be read and were left out; the rest is used. They will be removed at the next save.`,
    };
  }
  return {
    fr: `${label.fr} : les données enregistrées sont illisibles, les valeurs par défaut sont utilisées. Elles restent en place jusqu'au prochain enregistrement.`,
    en: `${label.en}: the stored data could not be read; defaults are used. It stays in place until the next save.`,
  };
}
