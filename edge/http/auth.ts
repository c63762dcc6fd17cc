import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { sha256Hex } from '../digest';
import { ProblemError } from './problem';
import { listOf } from './settings';

const HASH_PREFIX = 'sha256:';

function sameDigest(left: string, right: string): boolean {
  const a = new TextEncoder().encode(left);
  const b = new TextEncoder().encode(right);
  return a.byteLength === b.byteLength && crypto.subtle.timingSafeEqual(a, b);
}

/** The key the caller presents: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
function presentedKey(
  authorization: string | undefined,
  apiKeyHeader: string | undefined,
): string | undefined {
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? apiKeyHeader?.trim() ?? undefined;
}

/**
 * Optional API-key check. API_KEYS lists accepted keys, each plain or as `sha256:<hex>` (so the
 * secret store need not hold them in clear). Unset: the API is open. Digests are compared in
 * constant time, plain keys after hashing them too.
 */
export const requireApiKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  const accepted = listOf(c.env.API_KEYS);
  if (accepted.length === 0 || c.req.method === 'OPTIONS') return next();
  const key = presentedKey(c.req.header('authorization'), c.req.header('x-api-key'));
  const challenge = { 'www-authenticate': 'Bearer realm="chorus-assist"' };
  if (!key) {
    throw new ProblemError(
      'unauthorized',
      {
        fr: "Cette API demande une clé : envoyez-la dans l'en-tête Authorization (Bearer) ou x-api-key.",
        en: 'This API requires a key: send it in the Authorization (Bearer) or x-api-key header.',
      },
      {},
      challenge,
    );
  }
  const digest = await sha256Hex(key);
  let known = false;
  for (const entry of accepted) {
    const expected = entry.startsWith(HASH_PREFIX)
      ? entry.slice(HASH_PREFIX.length).toLowerCase()
      : await sha256Hex(entry);
    // No early exit: every entry is compared, whatever matched.
    if (sameDigest(digest, expected)) known = true;
  }
  if (!known) {
    throw new ProblemError(
      'unauthorized',
      { fr: "Cette clé d'API n'est pas reconnue.", en: 'This API key is not recognised.' },
      {},
      challenge,
    );
  }
  c.set('clientKeyHash', digest);
  await next();
};
