import type { InFlight } from './in-flight';
import { kvGetJson, kvPut } from './kv-safe';

/** How a cached answer was served, sent as the `x-cache` header. */
export type CacheStatus = 'HIT' | 'MISS' | 'STALE';

interface Entry<T> {
  /** null records "the source says this does not exist". */
  readonly value: T | null;
  readonly storedAt: number;
}

export interface CachePolicy {
  readonly freshSeconds: number;
  /** How long an entry is kept in KV at all; past freshSeconds it is served stale. */
  readonly staleSeconds: number;
  /** Freshness of a "does not exist" answer. */
  readonly missingFreshSeconds: number;
}

export interface Cached<T> {
  readonly value: T | null;
  readonly status: CacheStatus;
}

/**
 * Read-through cache in KV with stale-while-revalidate: a fresh entry is served as is; a stale one
 * is served at once while `waitUntil` refreshes it; a miss waits for the source. Loads of the same
 * key within the isolate are coalesced. Failures of a background refresh keep the stale entry.
 */
export class LookupCache {
  constructor(
    private readonly kv: KVNamespace,
    private readonly inFlight: InFlight,
    private readonly now: () => number,
    private readonly policy: CachePolicy,
  ) {}

  async get<T>(
    key: string,
    load: () => Promise<T | null>,
    waitUntil: (promise: Promise<unknown>) => void,
  ): Promise<Cached<T>> {
    const entry = await kvGetJson<Entry<T>>(this.kv, key);
    if (entry) {
      const freshFor =
        entry.value === null ? this.policy.missingFreshSeconds : this.policy.freshSeconds;
      if (this.now() - entry.storedAt < freshFor * 1000)
        return { value: entry.value, status: 'HIT' };
      waitUntil(
        this.refresh(key, load).catch((error: unknown) => {
          // The kind of lookup only: search keys hold what the user typed.
          const lookup = key.split(':')[0];
          console.warn(
            JSON.stringify({ event: 'background-refresh-failed', lookup, error: String(error) }),
          );
        }),
      );
      return { value: entry.value, status: 'STALE' };
    }
    return { value: await this.refresh(key, load), status: 'MISS' };
  }

  private refresh<T>(key: string, load: () => Promise<T | null>): Promise<T | null> {
    return this.inFlight.run(key, async () => {
      const value = await load();
      const entry: Entry<T> = { value, storedAt: this.now() };
      const ttl = value === null ? this.policy.missingFreshSeconds : this.policy.staleSeconds;
      await kvPut(this.kv, key, JSON.stringify(entry), Math.max(60, ttl));
      return value;
    });
  }
}
