import { describe, expect, it } from 'vitest';
import { ApiContractError, createApiClient, type FetchLike } from '../../shared/api/client';
import { readFacturxPdf } from '../../shared/pdf';
import { plainPdf, ublExample } from './support/documents';
import { jsonResponse } from './support/fake-network';
import { harness } from './support/harness';
import {
  INSEE,
  inseeHeadOffice,
  laPosteResult,
  RECHERCHE,
  recherchePageOf,
} from './support/samples';

/** The shared client talking to the real app in-process, as the extension talks to the Worker. */
async function clientOnApp(overrides = {}, apiKey?: string) {
  const h = await harness(overrides);
  const seen: { url: string; headers: Record<string, string> }[] = [];
  const fetch: FetchLike = async (url, init) => {
    seen.push({ url, headers: init.headers });
    const path = url.replace('https://api.example.org', '');
    return h.request(path, init);
  };
  return {
    h,
    seen,
    client: createApiClient({ baseUrl: 'https://api.example.org/', fetch, apiKey }),
  };
}

describe('shared/api client', () => {
  it('returns typed data with the cache status and request id', async () => {
    const { h, client, seen } = await clientOnApp({ INSEE_API_KEY: 'key' });
    h.network.on('GET', INSEE, () => jsonResponse(inseeHeadOffice));
    const result = await client.siret('219 200 235 00014');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.name).toBe('COMMUNE DE CLAMART');
    expect(result.cache).toBe('MISS');
    expect(result.requestId).toBeTruthy();
    expect(seen[0]?.url).toBe('https://api.example.org/v1/siret/219%20200%20235%2000014');
  });

  it('returns problems as data, not exceptions', async () => {
    const { client } = await clientOnApp();
    const result = await client.siren('123');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(422);
    expect(result.problem).toMatchObject({ code: 'invalid-identifier', reason: 'length' });
  });

  it('builds the search query and sends the API key', async () => {
    const { h, client, seen } = await clientOnApp({ API_KEYS: 'key-one' }, 'key-one');
    h.network.on('GET', RECHERCHE, () => jsonResponse(recherchePageOf(laPosteResult)));
    const result = await client.searchCompanies({
      q: 'la poste & co',
      postcode: '02700',
      perPage: 5,
    });
    expect(result.ok && result.data.results[0]?.siren).toBe('356000000');
    expect(seen[0]?.url).toBe(
      'https://api.example.org/v1/companies?q=la%20poste%20%26%20co&postcode=02700&perPage=5',
    );
    expect(seen[0]?.headers.authorization).toBe('Bearer key-one');
    expect((await client.health()).ok).toBe(true);
    expect((await client.structure('21920023500014')).ok).toBe(false);
  });

  it('throws ApiContractError when the answer matches no contract', async () => {
    const client = createApiClient({
      baseUrl: 'https://api.example.org',
      fetch: async () => jsonResponse({ siret: 'not really' }),
    });
    await expect(client.siret('21920023500014')).rejects.toBeInstanceOf(ApiContractError);
    const html = createApiClient({
      baseUrl: 'https://api.example.org',
      fetch: async () => new Response('<html>502 Bad Gateway</html>', { status: 502 }),
    });
    await expect(html.health()).rejects.toThrow(/HTTP 502/);
  });

  it('validates, converts and extracts documents through the same contracts', async () => {
    const { client, seen } = await clientOnApp();
    const validated = await client.validate(ublExample, { rules: ['en16931', 'fr'], xsd: false });
    expect(validated.ok && validated.data.verdict).toBe('invalid');
    expect(validated.ok && validated.data.checked.rules).toEqual(['en16931', 'fr']);
    expect(seen[0]?.url).toBe('https://api.example.org/v1/validate?rules=en16931%2Cfr&xsd=false');
    expect(seen[0]?.headers['content-type']).toBe('application/xml');

    const transition = await client.validate(ublExample, {
      rules: ['fr'],
      xsd: false,
      frSeverity: 'warning',
    });
    expect(seen[1]?.url).toBe(
      'https://api.example.org/v1/validate?rules=fr&xsd=false&frSeverity=warning',
    );
    const findings = transition.ok ? transition.data.findings : [];
    expect(findings.length).toBeGreaterThan(0);
    // The contract keeps the assert id of each BR-FR finding.
    expect(findings.every((f) => f.severity === 'warning' && f.assert?.startsWith('BR-FR-'))).toBe(
      true,
    );

    const pdf = await client.convert(new TextEncoder().encode(ublExample), { to: 'facturx' });
    expect(pdf.ok).toBe(true);
    if (!pdf.ok) return;
    expect(pdf.data.encoding).toBe('base64');
    const read = await readFacturxPdf(pdf.data.bytes);
    expect(read.ok).toBe(true);

    const cii = await client.convert(ublExample, { to: 'cii', profile: 'basic' });
    expect(cii.ok && new TextDecoder().decode(cii.data.bytes)).toBe(cii.ok && cii.data.output);

    const refused = await client.convert(ublExample, { to: 'cii', from: 'json' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem.code).toBe('invalid-request');

    const extracted = await client.extract(plainPdf);
    expect(extracted.ok && extracted.data.fields['BT-1']?.value).toBe('2023-6013');
  }, 60_000);
});
