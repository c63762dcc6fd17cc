import { createExecutionContext, reset, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createApp } from '../../../edge/app';
import { createDeps } from '../../../edge/deps';
import type { Env } from '../../../edge/env';
import { FakeNetwork } from './fake-network';
import { migrate } from './migrations';

export const START = Date.parse('2026-11-20T10:00:00.000Z');

/**
 * The real app and bindings (KV, D1, rate limiter from wrangler.toml) with a fake network and a
 * clock the test moves. Each harness starts from empty storage with the migrations applied.
 */
export async function harness(overrides: Partial<Env> = {}) {
  await reset();
  await migrate(env.DB);
  const network = new FakeNetwork();
  let now = START;
  const deps = createDeps({ fetch: network.fetch, now: () => now });
  const app = createApp(deps);
  const testEnv: Env = { ...env, ...overrides };
  return {
    network,
    deps,
    env: testEnv,
    advance(seconds: number) {
      now += seconds * 1000;
    },
    /** One request through the app; background work (waitUntil) is finished before it returns. */
    async request(path: string, init?: RequestInit): Promise<Response> {
      const ctx = createExecutionContext();
      const response = await app.fetch(new Request(`https://edge.test${path}`, init), testEnv, ctx);
      await waitOnExecutionContext(ctx);
      return response;
    },
    /** Requests sent together, for coalescing. */
    async together(paths: readonly string[]): Promise<Response[]> {
      const ctx = createExecutionContext();
      const responses = await Promise.all(
        paths.map((path) => app.fetch(new Request(`https://edge.test${path}`), testEnv, ctx)),
      );
      await waitOnExecutionContext(ctx);
      return responses;
    },
  };
}

export type Harness = Awaited<ReturnType<typeof harness>>;
