import type { Context } from 'hono';
import {
  buildProblem,
  PROBLEM_MEDIA_TYPE,
  type ProblemCode,
  type ProblemInit,
} from '../../shared/api/problem';
import type { LocalizedText } from '../../shared/i18n/text';

/**
 * Thrown by handlers and middleware to answer with a problem; the app's error handler turns it
 * into the response. Throwing keeps route handlers typed on their success shape only.
 */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: LocalizedText,
    readonly extra: Pick<ProblemInit, 'reason' | 'retryAfter' | 'errors'> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${code}: ${detail.en}`);
    this.name = 'ProblemError';
  }
}

/**
 * The problem response. Built on the context so headers prepared earlier (CORS, request id) are
 * kept; French is the language of `title`/`detail`.
 */
export function problemResponse(c: Context, error: ProblemError, requestId: string): Response {
  const problem = buildProblem({
    code: error.code,
    detail: error.detail,
    instance: requestId,
    ...error.extra,
  });
  const headers: Record<string, string> = {
    'content-type': PROBLEM_MEDIA_TYPE,
    'content-language': 'fr',
    'cache-control': 'no-store',
    ...error.headers,
  };
  if (error.extra.retryAfter !== undefined) headers['retry-after'] = String(error.extra.retryAfter);
  return c.body(JSON.stringify(problem), problem.status as 400, headers);
}
