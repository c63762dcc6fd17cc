import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * An incoming id is kept when it is short and made of URI-unreserved characters (it becomes the
 * `instance` of problems, a URI reference); anything else is replaced, never echoed.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._~-]{1,128}$/;

export function requestIdOf(incoming: string | undefined): string {
  return incoming && SANE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = requestIdOf(c.req.header(REQUEST_ID_HEADER));
  c.set('requestId', id);
  c.header(REQUEST_ID_HEADER, id);
  await next();
  // Responses built outside the context helpers (static or proxied) get it here.
  if (c.res.headers.get(REQUEST_ID_HEADER) !== id) {
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set(REQUEST_ID_HEADER, id);
  }
};
