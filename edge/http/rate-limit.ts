import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { ProblemError } from './problem';

/** Must match `period` of the [[ratelimits]] binding in wrangler.toml. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/**
 * Per-client limit with the Workers Rate Limiting binding: the client is its API key (hashed) when
 * keys are in use, else its IP address. The binding is best effort by design; when it is missing
 * or fails, requests go through rather than the API going down with it.
 */
export const rateLimitPerClient: MiddlewareHandler<AppEnv> = async (c, next) => {
  const limiter = c.env.RATE_LIMITER;
  if (!limiter || c.req.method === 'OPTIONS') return next();
  const client = c.get('clientKeyHash');
  const key = client ? `key:${client}` : `ip:${c.req.header('cf-connecting-ip') ?? 'unknown'}`;
  let allowed = true;
  try {
    allowed = (await limiter.limit({ key })).success;
  } catch (error) {
    console.warn(JSON.stringify({ event: 'rate-limiter-failed', error: String(error) }));
  }
  if (!allowed) {
    throw new ProblemError(
      'rate-limited',
      {
        fr: `Trop de requêtes pour ce client : réessayez dans ${RATE_LIMIT_PERIOD_SECONDS} secondes.`,
        en: `Too many requests from this client: retry in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`,
      },
      { retryAfter: RATE_LIMIT_PERIOD_SECONDS },
    );
  }
  await next();
};
