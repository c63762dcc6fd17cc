import type { Env } from '../env';

/** A positive integer variable, or its default when unset or unreadable. */
export function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 8000;
export const DEFAULT_FRESH_SECONDS = 24 * 3600;
export const DEFAULT_STALE_SECONDS = 30 * 24 * 3600;
/** A "not found" answer is remembered for less time: the company may be registered tomorrow. */
export const MISSING_FRESH_SECONDS = 3600;

/** Whether validation runs the XSD layer when the request does not say (XSD_DEFAULT, default on). */
export function xsdByDefault(env: Pick<Env, 'XSD_DEFAULT'>): boolean {
  return env.XSD_DEFAULT?.trim().toLowerCase() !== 'off';
}

export interface Settings {
  readonly maxBodyBytes: number;
  readonly upstreamTimeoutMs: number;
  readonly freshSeconds: number;
  readonly staleSeconds: number;
  readonly allowedOrigins: readonly string[];
}

export function settingsOf(env: Env): Settings {
  const freshSeconds = positiveInt(env.LOOKUP_FRESH_SECONDS, DEFAULT_FRESH_SECONDS);
  return {
    maxBodyBytes: positiveInt(env.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
    upstreamTimeoutMs: positiveInt(env.UPSTREAM_TIMEOUT_MS, DEFAULT_UPSTREAM_TIMEOUT_MS),
    freshSeconds,
    staleSeconds: Math.max(
      freshSeconds,
      positiveInt(env.LOOKUP_STALE_SECONDS, DEFAULT_STALE_SECONDS),
    ),
    allowedOrigins: listOf(env.ALLOWED_ORIGINS),
  };
}
