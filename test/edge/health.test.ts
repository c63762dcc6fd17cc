import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('GET /health', () => {
  it('answers ok with the service name and version', async () => {
    const res = await SELF.fetch('https://edge.test/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await res.json();
    expect(body).toEqual({ status: 'ok', service: 'chorus-assist-edge', version: '0.1.0' });
  });

  it('answers 404 for an unknown path', async () => {
    const res = await SELF.fetch('https://edge.test/nope');
    expect(res.status).toBe(404);
  });
});
