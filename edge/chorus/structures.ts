import type { ChorusStructure } from '../../shared/api/structure';
import type { Backoff } from '../cache/backoff';
import type { CacheStatus, LookupCache } from '../cache/lookup-cache';
import type { DirectoryStore } from './directory-store';
import { structureFromPiste } from './live-structure';
import type { PisteClient } from './piste-client';

export interface StructureAnswer {
  readonly structure: ChorusStructure | null;
  /** null when the answer came from D1 (no cache in front of it). */
  readonly cache: CacheStatus | null;
  /** Whether a live Chorus Pro lookup was possible (PISTE credentials configured). */
  readonly liveConfigured: boolean;
}

export interface StructureLookupParts {
  readonly store: DirectoryStore;
  readonly piste: PisteClient | null;
  readonly cache: LookupCache;
  readonly backoff: Backoff;
  readonly now: () => number;
  readonly waitUntil: (promise: Promise<unknown>) => void;
}

/** The recipient: the D1 directory first, then (with credentials) Chorus Pro live, cached in KV. */
export class StructureLookups {
  constructor(private readonly parts: StructureLookupParts) {}

  async structure(siret: string): Promise<StructureAnswer> {
    const { store, piste, cache, backoff, now, waitUntil } = this.parts;
    const stored = await store.structure(siret);
    if (stored || !piste) return { structure: stored, cache: null, liveConfigured: piste !== null };
    const live = await cache.get(
      `structure:v1:${siret}`,
      () =>
        backoff.guard('piste', () =>
          structureFromPiste(piste, siret, new Date(now()).toISOString()),
        ),
      waitUntil,
    );
    return { structure: live.value, cache: live.status, liveConfigured: true };
  }
}
