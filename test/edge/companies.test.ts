import { describe, expect, it } from 'vitest';
import { CompanySearchResultSchema } from '../../shared/api/companies';
import { jsonResponse } from './support/fake-network';
import { harness } from './support/harness';
import { expectProblem } from './support/problems';
import { carrefourSearch, laPosteResult, RECHERCHE, recherchePageOf } from './support/samples';

describe('GET /v1/companies', () => {
  it('searches Recherche d’entreprises and maps each company with its head office', async () => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    h.network.on('GET', RECHERCHE, () => jsonResponse(carrefourSearch));
    const response = await h.request('/v1/companies?q=carrefour&perPage=1');
    expect(response.status).toBe(200);
    const body = CompanySearchResultSchema.parse(await response.json());
    expect(body).toMatchObject({
      total: 10000,
      page: 1,
      perPage: 1,
      source: 'recherche-entreprises',
    });
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({
      siren: '510761505',
      name: 'CARREFOUR',
      active: true,
      nafCode: '68.32A',
      legalFormCode: '9900',
      establishmentCount: 1,
      headOffice: {
        siret: '51076150500013',
        address: { line1: '15 AVENUE DES ECOLES', postcode: '06110', city: 'LE CANNET' },
        headOffice: true,
      },
    });
    expect(body.results[0]?.matchingEstablishments.map((e) => e.siret)).toEqual(['51076150500013']);
    // The search goes to Recherche d'entreprises even when an INSEE key is configured.
    expect(h.network.calls).toHaveLength(1);
    const params = h.network.calls[0]?.url.searchParams;
    expect(params?.get('q')).toBe('carrefour');
    expect(params?.get('per_page')).toBe('1');
    expect(params?.get('page')).toBe('1');
    expect(params?.has('code_postal')).toBe(false);
  });

  it('passes the postcode on and lists the matching establishments', async () => {
    const h = await harness();
    h.network.on('GET', RECHERCHE, () => jsonResponse(recherchePageOf(laPosteResult)));
    const body = CompanySearchResultSchema.parse(
      await (await h.request('/v1/companies?q=la%20poste&postcode=02700')).json(),
    );
    expect(h.network.calls[0]?.url.searchParams.get('code_postal')).toBe('02700');
    const sirets = body.results[0]?.matchingEstablishments.map((e) => e.siret);
    expect(sirets).toEqual([
      '35600000053166',
      '35600000053170',
      '35600000053210',
      '35600000053215',
    ]);
    expect(body.results[0]?.matchingEstablishments[1]?.address.line1).toBe(
      '14 AVENUE DU GENERAL DE GAULLE',
    );
  });

  it('caches a page: the same search again does not call the source', async () => {
    const h = await harness();
    h.network.on('GET', RECHERCHE, () => jsonResponse(carrefourSearch));
    await h.request('/v1/companies?q=Carrefour');
    const again = await h.request('/v1/companies?q=%20carrefour%20');
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(h.network.calls).toHaveLength(1);
  });

  it('answers an empty page when the source finds nothing', async () => {
    const h = await harness();
    h.network.on('GET', RECHERCHE, () => jsonResponse(recherchePageOf()));
    const body = CompanySearchResultSchema.parse(
      await (await h.request('/v1/companies?q=zzzzzz')).json(),
    );
    expect(body.results).toEqual([]);
    expect(body.total).toBe(0);
  });

  it.each([
    ['/v1/companies', 'q'],
    ['/v1/companies?q=ab', 'q'],
    ['/v1/companies?q=carrefour&postcode=7500', 'postcode'],
    ['/v1/companies?q=carrefour&perPage=26', 'perPage'],
  ])('refuses %s with a 400 problem naming %s', async (path, parameter) => {
    const h = await harness();
    const problem = await expectProblem(await h.request(path), 400, 'invalid-request');
    expect(problem.errors?.map((error) => error.path)).toContain(parameter);
    expect(h.network.calls).toHaveLength(0);
  });

  it('answers 503 with Retry-After when Recherche d’entreprises rate-limits and nothing is cached', async () => {
    const h = await harness();
    h.network.on(
      'GET',
      RECHERCHE,
      () => new Response('', { status: 429, headers: { 'retry-after': '7' } }),
    );
    const response = await h.request('/v1/companies?q=carrefour');
    await expectProblem(response, 503, 'upstream-unavailable');
    // KV cannot keep anything under 60 s, but the wait announced is the service's.
    expect(response.headers.get('retry-after')).toBe('7');
  });
});
