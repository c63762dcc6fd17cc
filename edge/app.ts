import { Hono } from 'hono';
import type { Env } from './env';

/** The Hono application: routes are thin and call the pure functions of `shared/`. */
export function createApp() {
  const app = new Hono<{ Bindings: Env }>();

  app.get('/health', (c) =>
    c.json({ status: 'ok', service: 'chorus-assist-edge', version: c.env.APP_VERSION ?? 'dev' }),
  );

  return app;
}

export type App = ReturnType<typeof createApp>;
