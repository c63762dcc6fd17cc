import { Backoff } from './cache/backoff';
import { LookupCache } from './cache/lookup-cache';
import { DirectoryStore } from './chorus/directory-store';
import { PisteClient, pisteCredentials } from './chorus/piste-client';
import { StructureLookups } from './chorus/structures';
import type { AppDeps } from './deps';
import type { Env } from './env';
import { MISSING_FRESH_SECONDS, settingsOf } from './http/settings';
import { CompanyLookups } from './lookup/companies';
import { inseeClient } from './upstream/insee';
import { rechercheClient } from './upstream/recherche';

export interface Services {
  readonly companies: CompanyLookups;
  readonly structures: StructureLookups;
}

/** The PISTE client when credentials are configured. */
export function pisteClientFor(env: Env, deps: AppDeps, timeoutMs: number): PisteClient | null {
  const credentials = pisteCredentials(env);
  return credentials
    ? new PisteClient({
        credentials,
        fetch: deps.fetch,
        now: deps.now,
        timeoutMs,
        tokens: deps.pisteTokens,
      })
    : null;
}

/** Wires the lookups of one request; cheap, the long-lived parts come from `deps`. */
export function servicesFor(
  env: Env,
  deps: AppDeps,
  waitUntil: (promise: Promise<unknown>) => void,
): Services {
  const settings = settingsOf(env);
  const call = { fetch: deps.fetch, now: deps.now, timeoutMs: settings.upstreamTimeoutMs };
  const cache = new LookupCache(env.CACHE, deps.inFlight, deps.now, {
    freshSeconds: settings.freshSeconds,
    staleSeconds: settings.staleSeconds,
    missingFreshSeconds: MISSING_FRESH_SECONDS,
  });
  const backoff = new Backoff(env.CACHE, deps.now);
  return {
    companies: new CompanyLookups({
      cache,
      backoff,
      insee: env.INSEE_API_KEY ? inseeClient(env.INSEE_API_KEY, call) : null,
      recherche: rechercheClient(call),
      now: deps.now,
      waitUntil,
    }),
    structures: new StructureLookups({
      store: new DirectoryStore(env.DB),
      piste: pisteClientFor(env, deps, settings.upstreamTimeoutMs),
      cache,
      backoff,
      now: deps.now,
      waitUntil,
    }),
  };
}
