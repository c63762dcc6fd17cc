import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { CONVERSION_HEADERS } from '../../shared/api/conversion';
import type { AppEnv } from '../app-env';
import { REQUEST_ID_HEADER } from './request-id';
import { listOf } from './settings';

/**
 * CORS for the browser extension and the configured web origins only. An origin outside
 * ALLOWED_ORIGINS gets no Access-Control-Allow-Origin, so the browser keeps the answer from it;
 * extensions calling from their background worker with host permissions are not subject to CORS.
 */
export const corsForAllowedOrigins: MiddlewareHandler<AppEnv> = cors({
  origin: (origin, c) => (listOf(c.env.ALLOWED_ORIGINS).includes(origin) ? origin : null),
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['authorization', 'x-api-key', 'content-type', REQUEST_ID_HEADER],
  exposeHeaders: [
    REQUEST_ID_HEADER,
    'retry-after',
    'x-cache',
    'content-disposition',
    'server-timing',
    ...Object.values(CONVERSION_HEADERS),
  ],
  maxAge: 600,
});
