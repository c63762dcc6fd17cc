import type { Context } from 'hono';
import type { Invalid } from '../../shared/identifiers/result';
import type { AppEnv } from '../app-env';
import type { AppDeps } from '../deps';
import { ProblemError } from '../http/problem';
import { type Services, servicesFor } from '../services';

/** `waitUntil` of the request, or a detached promise when the app runs without an execution context. */
export function waitUntilOf(c: Context<AppEnv>): (promise: Promise<unknown>) => void {
  try {
    const ctx = c.executionCtx;
    return (promise) => ctx.waitUntil(promise);
  } catch {
    return (promise) => void promise.catch(() => undefined);
  }
}

export function services(c: Context<AppEnv>, deps: AppDeps): Services {
  return servicesFor(c.env, deps, waitUntilOf(c));
}

/** The 422 answer for an identifier that cannot exist: nothing is asked upstream. */
export function invalidIdentifier(check: Invalid): ProblemError {
  return new ProblemError('invalid-identifier', check.message, { reason: check.reason });
}

export function lookupHeaders(c: Context<AppEnv>, cache: string | null): void {
  if (cache) c.header('x-cache', cache);
  c.header('cache-control', 'private, max-age=300');
}
