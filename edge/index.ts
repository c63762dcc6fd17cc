import { createApp } from './app';
import { createDeps } from './deps';
import type { Env } from './env';
import { scheduledDirectoryRefresh } from './scheduled';

// One set of dependencies per isolate: requests share the in-flight lookups and the PISTE token.
const deps = createDeps();
const app = createApp(deps);

export default {
  fetch: app.fetch,
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(scheduledDirectoryRefresh(env, deps));
  },
} satisfies ExportedHandler<Env>;
