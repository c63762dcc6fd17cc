/**
 * The recipient's obligations for the live checks, from the edge (`GET /v1/structures/{siret}`),
 * at most once per SIRET for a while: the clerk types, the checks run every few hundred
 * milliseconds, and the directory does not change that fast. Answers are kept in memory and in
 * `session:` storage (the service worker may be stopped between two checks); failures are kept a
 * short time so that an edge that is away is not asked on every keystroke. Never throws.
 */
import { type ChorusStructure, recipientObligationsOf } from '../../shared/api/structure';
import type { RecipientObligations } from '../../shared/rules/rule';
import type { EdgeClient } from '../edge-client/client';
import type { EdgeResult } from '../edge-client/failure';
import type { RecipientCheck } from './report';

/** A found structure is trusted this long. */
export const FOUND_TTL_MS = 10 * 60_000;
/** An edge that did not answer is asked again after this long. */
export const FAILED_TTL_MS = 30_000;
/** The live checks do not wait longer for the directory (the panel's lookups wait 10 s). */
export const LIVE_LOOKUP_TIMEOUT_MS = 4_000;

export interface RecipientLookupResult {
  readonly check: RecipientCheck;
  readonly obligations?: RecipientObligations;
}

/** Where found structures outlive the service worker (WXT `session:` item in the extension). */
export interface StructureCache {
  get(
    key: string,
  ): Promise<{ readonly at: number; readonly obligations: RecipientObligations } | undefined>;
  set(
    key: string,
    value: { readonly at: number; readonly obligations: RecipientObligations },
  ): Promise<void>;
}

export interface RecipientLookupDeps {
  /** The edge client of the current settings, with LIVE_LOOKUP_TIMEOUT_MS (see background-checks). */
  readonly client: () => Promise<EdgeClient>;
  readonly now: () => number;
  readonly cache?: StructureCache;
}

interface Kept {
  readonly at: number;
  readonly result: RecipientLookupResult;
}

function found(obligations: RecipientObligations): RecipientLookupResult {
  return {
    check: { status: 'found', name: obligations.name, siret: obligations.siret },
    obligations,
  };
}

function fromAnswer(answer: EdgeResult<ChorusStructure>): RecipientLookupResult {
  return answer.ok
    ? found(recipientObligationsOf(answer.data))
    : { check: { status: 'failed', message: answer.failure.message } };
}

export interface RecipientLookup {
  /** The obligations of the structure with this SIRET (14 digits, checked by the caller). */
  lookUp(siret: string): Promise<RecipientLookupResult>;
}

export function createRecipientLookup(deps: RecipientLookupDeps): RecipientLookup {
  const kept = new Map<string, Kept>();
  const running = new Map<string, Promise<RecipientLookupResult>>();

  async function ask(key: string, siret: string, client: EdgeClient) {
    const stored = await deps.cache?.get(key).catch(() => undefined);
    if (stored !== undefined && deps.now() - stored.at < FOUND_TTL_MS) {
      const result = found(stored.obligations);
      kept.set(key, { at: stored.at, result });
      return result;
    }
    const result = fromAnswer(await client.structure(siret));
    const at = deps.now();
    kept.set(key, { at, result });
    if (result.obligations !== undefined)
      await deps.cache?.set(key, { at, obligations: result.obligations }).catch(() => undefined);
    return result;
  }

  return {
    async lookUp(siret) {
      const client = await deps.client();
      const key = `${client.baseUrl}|${siret}`;
      const known = kept.get(key);
      if (known !== undefined) {
        const ttl = known.result.obligations === undefined ? FAILED_TTL_MS : FOUND_TTL_MS;
        if (deps.now() - known.at < ttl) return known.result;
      }
      let pending = running.get(key);
      if (pending === undefined) {
        pending = ask(key, siret, client).finally(() => running.delete(key));
        running.set(key, pending);
      }
      return pending;
    },
  };
}
