/**
 * Bindings, variables and secrets of the Worker, as declared in wrangler.toml. Secrets are set
 * with `wrangler secret put` (or `.dev.vars` locally) and never appear in the configuration file.
 * Everything optional degrades: no INSEE key → API Recherche d'entreprises; no PISTE credentials →
 * the D1 directory alone; no rate limiter → no limit.
 */
export interface Env {
  /** Build and deployment label, returned by /health. */
  readonly APP_VERSION?: string;

  /** KV: lookup cache, upstream back-off marks, PISTE token and live structure lookups. */
  readonly CACHE: KVNamespace;
  /** D1: the Chorus Pro directory (tables in edge/migrations/). */
  readonly DB: D1Database;
  /** Workers Rate Limiting binding; absent → no limit. */
  readonly RATE_LIMITER?: RateLimit;

  /** Comma-separated origins allowed by CORS (`chrome-extension://<id>`, `moz-extension://<id>`, https://…). */
  readonly ALLOWED_ORIGINS?: string;
  /** Largest request body accepted, in bytes (default 20 MB). */
  readonly MAX_BODY_BYTES?: string;
  /** Upstream timeout in milliseconds (default 8000). */
  readonly UPSTREAM_TIMEOUT_MS?: string;
  /** Seconds a lookup stays fresh in KV (default 1 day). */
  readonly LOOKUP_FRESH_SECONDS?: string;
  /** Seconds a lookup may still be served stale while it is refreshed (default 30 days). */
  readonly LOOKUP_STALE_SECONDS?: string;
  /**
   * `on`: the document routes send `Server-Timing` with the duration of each step (wrangler dev
   * and the edge benchmark only; nothing about the document itself).
   */
  readonly TIMING?: string;
  /**
   * `off`: `POST /v1/validate` skips the XSD layer unless the request says `xsd=true`, so a
   * deployment on the Workers Free plan (10 ms of CPU) never compiles a schema by surprise.
   * Default `on`.
   */
  readonly XSD_DEFAULT?: string;
  /** sandbox | production: which PISTE hosts to call (default sandbox). */
  readonly PISTE_ENV?: string;

  /** Secret: INSEE Sirene integration key (header X-INSEE-Api-Key-Integration). */
  readonly INSEE_API_KEY?: string;
  /** Secrets: PISTE OAuth client (client credentials grant). */
  readonly PISTE_CLIENT_ID?: string;
  readonly PISTE_CLIENT_SECRET?: string;
  /** Secrets: Chorus Pro technical account, sent as `cpro-account: base64(login:password)`. */
  readonly CPRO_TECH_LOGIN?: string;
  readonly CPRO_TECH_PASSWORD?: string;
  /** Secret: comma-separated API keys, plain or `sha256:<hex>`; unset → the API is open. */
  readonly API_KEYS?: string;
}

type WorkerEnv = Env;

declare global {
  namespace Cloudflare {
    // `env` from cloudflare:workers and cloudflare:test is typed with this interface.
    interface Env extends WorkerEnv {}
  }
}
