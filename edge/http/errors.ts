import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { UPSTREAM_LABELS, UpstreamError } from '../upstream/errors';
import { ProblemError, problemResponse } from './problem';

/** What the client is told when a source failed. */
export function problemOfUpstream(error: UpstreamError): ProblemError {
  const label = UPSTREAM_LABELS[error.upstream];
  switch (error.failure) {
    case 'rate-limited': {
      const wait = error.retryAfterSeconds ?? 60;
      return new ProblemError(
        'upstream-unavailable',
        {
          fr: `${label} limite le nombre de requêtes et rien n'est en cache pour celle-ci : réessayez dans ${wait} secondes.`,
          en: `${label} is rate limiting and nothing is cached for this request: retry in ${wait} seconds.`,
        },
        { retryAfter: wait },
      );
    }
    case 'timeout':
      return new ProblemError('upstream-timeout', {
        fr: `${label} n'a pas répondu à temps. Réessayez dans un moment.`,
        en: `${label} did not answer in time. Try again in a moment.`,
      });
    case 'rejected':
      return new ProblemError('upstream-error', {
        fr: `${label} a refusé la requête du service (configuration ou identifiants à vérifier).`,
        en: `${label} refused the service's request (configuration or credentials to check).`,
      });
    default:
      return new ProblemError('upstream-error', {
        fr: `${label} est en erreur${error.status ? ` (HTTP ${error.status})` : ''}. Réessayez plus tard.`,
        en: `${label} failed${error.status ? ` (HTTP ${error.status})` : ''}. Try again later.`,
      });
  }
}

/**
 * The app's error handler: problems as they are, upstream failures translated, anything else a
 * 500 whose log line names the request (never its body).
 */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId') ?? 'unknown';
  if (error instanceof ProblemError) return problemResponse(c, error, requestId);
  if (error instanceof UpstreamError) {
    console.warn(
      JSON.stringify({
        event: 'upstream-failure',
        requestId,
        upstream: error.upstream,
        failure: error.failure,
        status: error.status ?? null,
      }),
    );
    return problemResponse(c, problemOfUpstream(error), requestId);
  }
  console.error(
    JSON.stringify({
      event: 'unhandled-error',
      requestId,
      name: error.name,
      message: error.message,
    }),
  );
  return problemResponse(
    c,
    new ProblemError('internal-error', {
      fr: `Erreur inattendue du service. Donnez l'identifiant ${requestId} au support.`,
      en: `Unexpected service error. Give id ${requestId} to support.`,
    }),
    requestId,
  );
}
