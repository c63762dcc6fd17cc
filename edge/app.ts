import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { HealthSchema } from '../shared/api/health';
import { API_PATHS } from '../shared/api/paths';
import type { AppEnv } from './app-env';
import { type AppDeps, createDeps } from './deps';
import { requireApiKey } from './http/auth';
import { limitBodySize } from './http/body-limit';
import { corsForAllowedOrigins } from './http/cors';
import { handleError } from './http/errors';
import { ProblemError, problemResponse } from './http/problem';
import { rateLimitPerClient } from './http/rate-limit';
import { requestId } from './http/request-id';
import { registerCompanyRoutes } from './routes/companies';
import { registerConvertRoutes } from './routes/convert';
import { registerExtractRoutes } from './routes/extract';
import { jsonContent } from './routes/openapi-helpers';
import { registerStructureRoutes } from './routes/structures';
import { registerValidateRoutes } from './routes/validate';

const healthRoute = createRoute({
  method: 'get',
  path: API_PATHS.health,
  tags: ['Service'],
  summary: 'Liveness and version',
  responses: { 200: jsonContent(HealthSchema, 'The service is up') },
});

/**
 * The Hono application: routes are thin and call the pure functions of `shared/`. `deps` carries
 * the network and the clock; tests pass fakes, the Worker entry the real ones.
 */
export function createApp(deps: AppDeps = createDeps()) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const errors = result.error.issues.map((issue) => ({
        path: issue.path.join('.') || result.target,
        message: issue.message,
      }));
      const names = [...new Set(errors.map((error) => error.path))].join(', ');
      throw new ProblemError(
        'invalid-request',
        { fr: `Paramètres refusés : ${names}.`, en: `Rejected parameters: ${names}.` },
        { errors },
      );
    },
  });

  app.use('*', requestId, corsForAllowedOrigins, limitBodySize);
  app.use('/v1/*', requireApiKey, rateLimitPerClient);

  app.openapi(healthRoute, (c) =>
    c.json(
      { status: 'ok' as const, service: 'chorus-assist-edge', version: c.env.APP_VERSION ?? 'dev' },
      200,
    ),
  );
  registerCompanyRoutes(app, deps);
  registerStructureRoutes(app, deps);
  registerValidateRoutes(app, deps);
  registerConvertRoutes(app, deps);
  registerExtractRoutes(app);

  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'Required only when the deployment sets API_KEYS; `x-api-key: <key>` works too.',
  });
  app.doc31(API_PATHS.openapi, (c) => ({
    openapi: '3.1.0',
    info: {
      title: 'Chorus Assist edge API',
      version: c.env.APP_VERSION ?? 'dev',
      description:
        'Invoice validation (XML, Factur-X PDF), conversion (UBL, CII, Factur-X, JSON model) and PDF extraction; company lookups (INSEE Sirene, API Recherche d’entreprises) and Chorus Pro recipients, for the Chorus Assist extension and CLI. Invoices are neither logged nor stored. Errors are RFC 9457 problems: French in title/detail, English in title_en/detail_en.',
    },
    servers: [{ url: new URL(c.req.url).origin }],
  }));
  // The reference page loads Scalar's script from its CDN in the reader's browser.
  app.get(API_PATHS.docs, Scalar({ url: API_PATHS.openapi, pageTitle: 'Chorus Assist API' }));

  app.notFound((c) =>
    problemResponse(
      c,
      new ProblemError('not-found', {
        fr: `Aucune ressource à l'adresse ${c.req.method} ${new URL(c.req.url).pathname}.`,
        en: `No resource at ${c.req.method} ${new URL(c.req.url).pathname}.`,
      }),
      c.get('requestId'),
    ),
  );
  app.onError(handleError);

  return app;
}

export type App = ReturnType<typeof createApp>;
