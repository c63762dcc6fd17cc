import { describe, expect, it } from 'vitest';
import {
  builtInEdgeUrl,
  DEFAULT_EDGE_URL,
  effectiveEdgeUrl,
  normalizeEdgeUrl,
  originPattern,
} from '../../../extension/edge-client/edge-url';

describe('normalizeEdgeUrl', () => {
  it('keeps the origin and path, without the final slash', () => {
    expect(normalizeEdgeUrl('  https://api.example.org/ ')).toEqual({
      ok: true,
      url: 'https://api.example.org',
    });
    expect(normalizeEdgeUrl('https://example.org/chorus/')).toEqual({
      ok: true,
      url: 'https://example.org/chorus',
    });
    expect(normalizeEdgeUrl('http://127.0.0.1:8787')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8787',
    });
    expect(normalizeEdgeUrl('http://localhost:9000/')).toEqual({
      ok: true,
      url: 'http://localhost:9000',
    });
  });

  it('refuses plain http beyond this computer, credentials, queries and non-web schemes', () => {
    for (const refused of [
      'http://api.example.org',
      'https://user:pw@api.example.org',
      'https://api.example.org/?key=1',
      'https://api.example.org/#x',
      'ftp://api.example.org',
      'api.example.org',
    ]) {
      const check = normalizeEdgeUrl(refused);
      expect(check.ok, refused).toBe(false);
      if (!check.ok) {
        expect(check.message.fr.length).toBeGreaterThan(0);
        expect(check.message.en.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('built-in edge', () => {
  it('is the host permission covering a whole origin, not a portal path', () => {
    expect(
      builtInEdgeUrl([
        'https://cpro.chorus-pro.gouv.fr/cpp/*',
        'http://127.0.0.1/cpp/*',
        'https://edge.example.org/*',
      ]),
    ).toBe('https://edge.example.org');
    expect(builtInEdgeUrl(['https://chorus-pro.gouv.fr/cpp/*'])).toBe(DEFAULT_EDGE_URL);
    expect(builtInEdgeUrl(undefined)).toBe(DEFAULT_EDGE_URL);
  });

  it('gives way to the address the clerk saved', () => {
    expect(effectiveEdgeUrl({}, 'https://a.example')).toBe('https://a.example');
    expect(effectiveEdgeUrl({ edgeUrl: 'https://b.example' }, 'https://a.example')).toBe(
      'https://b.example',
    );
    expect(originPattern('https://b.example/chorus')).toBe('https://b.example/*');
  });
});
