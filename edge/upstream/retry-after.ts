/** When a 429 comes without a usable Retry-After. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

/**
 * Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Clamped to [1 s, 1 day] so a wrong header can neither hammer nor lock us out for long.
 */
export function retryAfterSeconds(header: string | null, nowMs: number): number {
  const value = header?.trim() ?? '';
  let seconds = DEFAULT_RETRY_AFTER_SECONDS;
  if (/^\d+$/.test(value)) {
    seconds = Number(value);
  } else if (value !== '') {
    const date = Date.parse(value);
    if (!Number.isNaN(date)) seconds = Math.ceil((date - nowMs) / 1000);
  }
  return Math.min(Math.max(seconds, 1), 24 * 3600);
}
