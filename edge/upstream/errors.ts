/** The services the Worker calls. */
export type UpstreamName = 'insee' | 'recherche-entreprises' | 'piste';

export const UPSTREAM_LABELS: Record<UpstreamName, string> = {
  insee: 'INSEE Sirene',
  'recherche-entreprises': "API Recherche d'entreprises",
  piste: 'Chorus Pro (PISTE)',
};

/**
 * How a call went wrong:
 * - `timeout`: no complete answer in time;
 * - `rate-limited`: the service said 429 (or we are still in its back-off window);
 * - `server`: 5xx, or the connection failed;
 * - `rejected`: a 4xx other than 404/429, i.e. our request or credentials (a configuration bug);
 * - `bad-response`: 2xx but not the JSON we expect.
 */
export type UpstreamFailure = 'timeout' | 'rate-limited' | 'server' | 'rejected' | 'bad-response';

export class UpstreamError extends Error {
  constructor(
    readonly upstream: UpstreamName,
    readonly failure: UpstreamFailure,
    readonly status?: number,
    /** Seconds the service asked us to wait (rate-limited only). */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${upstream}: ${failure}${status === undefined ? '' : ` (HTTP ${status})`}`);
    this.name = 'UpstreamError';
  }

  /** Worth asking another source or trying later; `rejected` will fail again the same way. */
  get transient(): boolean {
    return this.failure !== 'rejected';
  }
}
