import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { HealthSchema } from '../../shared/api/health';
import { harness } from './support/harness';
import { expectProblem } from './support/problems';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const FIREFOX = 'moz-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('x-request-id', () => {
  it('is generated on every answer, success or problem', async () => {
    const h = await harness();
    for (const path of ['/health', '/nope', '/v1/siret/123']) {
      expect((await h.request(path)).headers.get('x-request-id')).toMatch(UUID);
    }
  });

  it('echoes a sane incoming id and replaces anything else', async () => {
    const h = await harness();
    const echoed = await h.request('/v1/siret/123', {
      headers: { 'x-request-id': 'ext-42.a_b~c' },
    });
    expect(echoed.headers.get('x-request-id')).toBe('ext-42.a_b~c');
    expect((await echoed.json()) as { instance: string }).toMatchObject({
      instance: 'ext-42.a_b~c',
    });
    for (const insane of ['<script>', 'a b', 'x'.repeat(129), '../../etc', 'id%0d%0a']) {
      const replaced = await h.request('/health', { headers: { 'x-request-id': insane } });
      expect(replaced.headers.get('x-request-id')).toMatch(UUID);
    }
  });
});

describe('problems', () => {
  it('answers an unknown path with a 404 problem', async () => {
    const h = await harness();
    const problem = await expectProblem(
      await h.request('/v2/siret/21920023500014'),
      404,
      'not-found',
    );
    expect(problem.detail).toContain('/v2/siret/21920023500014');
    expect(problem.title).toBe('Adresse inconnue');
    expect(problem.title_en).toBe('Unknown path');
  });

  it('answers an unexpected failure with a 500 problem that names the request, not the data', async () => {
    const broken = {
      prepare: () => {
        throw new Error('D1 is down');
      },
      batch: () => Promise.reject(new Error('D1 is down')),
    } as unknown as D1Database;
    const h = await harness({ DB: broken });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await h.request('/v1/structures/21920023500014');
    const problem = await expectProblem(response, 500, 'internal-error');
    expect(problem.detail).toContain(problem.instance);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(logged.mock.calls[0]?.[0]))).toEqual({
      event: 'unhandled-error',
      requestId: problem.instance,
      name: 'Error',
      message: 'D1 is down',
    });
  });
});

describe('CORS', () => {
  const origins = { ALLOWED_ORIGINS: `${EXTENSION}, ${FIREFOX},https://app.example.org` };

  it('allows the configured extension origins', async () => {
    const h = await harness(origins);
    for (const origin of [EXTENSION, FIREFOX]) {
      const response = await h.request('/health', { headers: { origin } });
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('vary')).toContain('Origin');
      expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
    }
  });

  it('gives no CORS grant to any other origin, nor to an extension not listed', async () => {
    const h = await harness(origins);
    for (const origin of [
      'https://evil.example',
      'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
    ]) {
      const response = await h.request('/health', { headers: { origin } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('grants nothing when ALLOWED_ORIGINS is empty', async () => {
    const h = await harness({ ALLOWED_ORIGINS: '' });
    const response = await h.request('/health', { headers: { origin: EXTENSION } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflights for allowed origins, without asking for the API key', async () => {
    const h = await harness({ ...origins, API_KEYS: 'k1' });
    const preflight = await h.request('/v1/siret/21920023500014', {
      method: 'OPTIONS',
      headers: {
        origin: EXTENSION,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');

    const refused = await h.request('/v1/siret/21920023500014', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the CORS grant on problem answers, so the extension can read them', async () => {
    const h = await harness(origins);
    const response = await h.request('/v1/siret/123', { headers: { origin: EXTENSION } });
    expect(response.status).toBe(422);
    expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION);
  });
});

describe('API keys', () => {
  it('leaves the API open when API_KEYS is unset', async () => {
    const h = await harness();
    expect((await h.request('/v1/siret/123')).status).toBe(422);
  });

  it('refuses a missing or unknown key with 401 and a Bearer challenge', async () => {
    const h = await harness({ API_KEYS: 'key-one' });
    const missing = await h.request('/v1/siret/123');
    await expectProblem(missing, 401, 'unauthorized');
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expectProblem(
      await h.request('/v1/siret/123', { headers: { authorization: 'Bearer key-two' } }),
      401,
      'unauthorized',
    );
    await expectProblem(
      await h.request('/v1/siret/123', { headers: { authorization: 'Basic a2V5LW9uZQ==' } }),
      401,
      'unauthorized',
    );
  });

  it('accepts a listed key by Authorization: Bearer or x-api-key, plain or as a SHA-256 digest', async () => {
    const digest = [
      ...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('key-two'))),
    ]
      .map((byte) => byte.toString(16).padStart(2, '0'))
      .join('');
    const h = await harness({ API_KEYS: ` key-one , sha256:${digest.toUpperCase()}` });
    expect(
      (await h.request('/v1/siret/123', { headers: { authorization: 'Bearer key-one' } })).status,
    ).toBe(422);
    expect((await h.request('/v1/siret/123', { headers: { 'x-api-key': 'key-two' } })).status).toBe(
      422,
    );
    expect(
      (await h.request('/v1/siret/123', { headers: { 'x-api-key': `sha256:${digest}` } })).status,
    ).toBe(401);
  });

  it('never asks for a key on /health, /openapi.json and /docs', async () => {
    const h = await harness({ API_KEYS: 'key-one' });
    for (const path of ['/health', '/openapi.json', '/docs'])
      expect((await h.request(path)).status).toBe(200);
  });
});

describe('body size limit', () => {
  it('refuses a body above MAX_BODY_BYTES with 413 before any route', async () => {
    const h = await harness({ MAX_BODY_BYTES: '100' });
    const problem = await expectProblem(
      await h.request('/v1/validate', { method: 'POST', body: 'x'.repeat(101) }),
      413,
      'payload-too-large',
    );
    expect(problem.detail).toContain('100 octets');
    // At the limit the body reaches the route, which finds no document in it.
    await expectProblem(
      await h.request('/v1/validate', { method: 'POST', body: 'x'.repeat(100) }),
      422,
      'document-unreadable',
    );
  });

  it('counts a streamed body that declares no length', async () => {
    const h = await harness({ MAX_BODY_BYTES: '100' });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let chunk = 0; chunk < 5; chunk++)
          controller.enqueue(new TextEncoder().encode('y'.repeat(40)));
        controller.close();
      },
    });
    const request = new Request('https://edge.test/v1/validate', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    await expectProblem(await h.request('/v1/validate', request), 413, 'payload-too-large');
  });

  it('defaults to 20 MB', async () => {
    const h = await harness();
    const declared = await h.request('/v1/validate', {
      method: 'POST',
      body: new Uint8Array(20 * 1024 * 1024 + 1),
    });
    await expectProblem(declared, 413, 'payload-too-large');
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After when the limiter says no', async () => {
    const keys: string[] = [];
    const limiter = {
      limit: async ({ key }: { key: string }) => {
        keys.push(key);
        return { success: false };
      },
    };
    const h = await harness({ RATE_LIMITER: limiter as RateLimit });
    const response = await h.request('/v1/siret/123', {
      headers: { 'cf-connecting-ip': '203.0.113.7' },
    });
    const problem = await expectProblem(response, 429, 'rate-limited');
    expect(response.headers.get('retry-after')).toBe('60');
    expect(problem.retry_after).toBe(60);
    expect(keys).toEqual(['ip:203.0.113.7']);
  });

  it('limits per API key when keys are in use', async () => {
    const keys: string[] = [];
    const limiter = {
      limit: async ({ key }: { key: string }) => {
        keys.push(key);
        return { success: true };
      },
    };
    const h = await harness({ RATE_LIMITER: limiter as RateLimit, API_KEYS: 'key-one' });
    await h.request('/v1/siret/123', {
      headers: { authorization: 'Bearer key-one', 'cf-connecting-ip': '203.0.113.7' },
    });
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^key:[0-9a-f]{64}$/);
    expect(keys[0]).not.toContain('key-one');
  });

  it('lets requests through when the binding is absent or fails', async () => {
    const failing = { limit: () => Promise.reject(new Error('limiter unavailable')) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const withFailing = await harness({ RATE_LIMITER: failing as unknown as RateLimit });
    expect((await withFailing.request('/v1/siret/123')).status).toBe(422);
    expect(warn).toHaveBeenCalled();
    const without = await harness({ RATE_LIMITER: undefined });
    expect((await without.request('/v1/siret/123')).status).toBe(422);
  });

  it('uses the real [[ratelimits]] binding of wrangler.toml inside workerd', async () => {
    const limiter = env.RATE_LIMITER;
    expect(limiter).toBeDefined();
    const key = `test-${crypto.randomUUID()}`;
    let allowed = 0;
    // 120 per minute, windows aligned to the clock: at most two windows in this loop.
    while (allowed < 250 && (await limiter?.limit({ key }))?.success) allowed += 1;
    expect(allowed).toBeGreaterThanOrEqual(120);
    expect(allowed).toBeLessThanOrEqual(240);
  });
});

describe('GET /health', () => {
  it('matches its contract', async () => {
    const h = await harness();
    expect(HealthSchema.parse(await (await h.request('/health')).json()).status).toBe('ok');
  });
});
