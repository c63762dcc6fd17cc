import { UpstreamError, type UpstreamName } from '../upstream/errors';
import { kvGetText, kvPut } from './kv-safe';

/** KV refuses expirations shorter than 60 seconds. */
const KV_MIN_TTL_SECONDS = 60;

/**
 * Remembers, in KV, that a service told us to slow down (429 + Retry-After), so every isolate
 * stops calling it until the time is up instead of each finding out on its own.
 */
export class Backoff {
  constructor(
    private readonly kv: KVNamespace,
    private readonly now: () => number,
  ) {}

  private key(upstream: UpstreamName): string {
    return `backoff:v1:${upstream}`;
  }

  /** Seconds still to wait before calling `upstream`; 0 when it may be called. */
  async remainingSeconds(upstream: UpstreamName): Promise<number> {
    const until = Number(await kvGetText(this.kv, this.key(upstream)));
    if (!Number.isFinite(until)) return 0;
    return Math.max(0, Math.ceil((until - this.now()) / 1000));
  }

  async start(upstream: UpstreamName, seconds: number): Promise<void> {
    const until = this.now() + seconds * 1000;
    await kvPut(this.kv, this.key(upstream), String(until), Math.max(KV_MIN_TTL_SECONDS, seconds));
  }

  /**
   * Runs `call` unless `upstream` is in its back-off window, and opens a window when the call
   * comes back rate-limited.
   */
  async guard<T>(upstream: UpstreamName, call: () => Promise<T>): Promise<T> {
    const wait = await this.remainingSeconds(upstream);
    if (wait > 0) throw new UpstreamError(upstream, 'rate-limited', undefined, wait);
    try {
      return await call();
    } catch (error) {
      if (
        error instanceof UpstreamError &&
        error.failure === 'rate-limited' &&
        error.retryAfterSeconds
      ) {
        await this.start(upstream, error.retryAfterSeconds);
      }
      throw error;
    }
  }
}
