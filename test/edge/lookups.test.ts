import { describe, expect, it, vi } from 'vitest';
import { CompanySchema, EstablishmentSchema } from '../../shared/api/establishment';
import { gate, hangUntilAborted, jsonResponse } from './support/fake-network';
import { harness } from './support/harness';
import { expectProblem } from './support/problems';
import {
  INSEE,
  inseeClosed,
  inseeHeadOffice,
  inseeSearchOf,
  laPosteResult,
  RECHERCHE,
  recherchePageOf,
} from './support/samples';

const CLAMART = '21920023500014';
const CLAMART_CLOSED = '21920023500022';
const LA_POSTE_HEAD_OFFICE = '35600000000048';
const LA_POSTE_TERGNIER = '35600000053166';

describe('GET /v1/siret/{siret}: identifier check first', () => {
  it.each([
    ['21920023500015', 'checksum'],
    ['2192002350001', 'length'],
    ['2192002350001A', 'characters'],
    ['11122233344455', 'siren'],
  ])('refuses %s (%s) with a 422 problem and no upstream call', async (siret, reason) => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    const problem = await expectProblem(
      await h.request(`/v1/siret/${siret}`),
      422,
      'invalid-identifier',
    );
    expect(problem.reason).toBe(reason);
    expect(problem.detail).toMatch(/SIRET/);
    expect(h.network.calls).toHaveLength(0);
  });

  it('accepts spaces and dots, and answers with the compact SIRET', async () => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    h.network.on('GET', `${INSEE}siret/${CLAMART}`, () => jsonResponse(inseeHeadOffice));
    const response = await h.request(`/v1/siret/${encodeURIComponent('219 200 235.00014')}`);
    expect(response.status).toBe(200);
    expect(EstablishmentSchema.parse(await response.json()).siret).toBe(CLAMART);
  });
});

describe('GET /v1/siret/{siret}: sources', () => {
  it('reads INSEE Sirene with the integration key when INSEE_API_KEY is set', async () => {
    const h = await harness({ INSEE_API_KEY: 'secret-insee-key' });
    h.network.on('GET', `${INSEE}siret/${CLAMART}`, () => jsonResponse(inseeHeadOffice));
    const response = await h.request(`/v1/siret/${CLAMART}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-cache')).toBe('MISS');
    const body = EstablishmentSchema.parse(await response.json());
    expect(body).toMatchObject({
      siret: CLAMART,
      siren: '219200235',
      name: 'COMMUNE DE CLAMART',
      tradeName: 'MAIRIE',
      address: {
        line1: '1 PL MAURICE GUNSBOURG',
        line2: null,
        postcode: '92140',
        city: 'CLAMART',
        country: 'FR',
      },
      active: true,
      closedSince: null,
      headOffice: true,
      nafCode: '84.11Z',
      legalFormCode: '7210',
      companyActive: true,
      vatNumber: 'FR81219200235',
      source: 'insee',
    });
    const [call] = h.network.calls;
    expect(call?.headers.get('X-INSEE-Api-Key-Integration')).toBe('secret-insee-key');
    expect(h.network.callsTo(RECHERCHE)).toHaveLength(0);
  });

  it('reports a closed establishment as inactive with its closing date', async () => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    h.network.on('GET', `${INSEE}siret/${CLAMART_CLOSED}`, () => jsonResponse(inseeClosed));
    const body = EstablishmentSchema.parse(
      await (await h.request(`/v1/siret/${CLAMART_CLOSED}`)).json(),
    );
    expect(body.active).toBe(false);
    expect(body.closedSince).toBe('2002-06-20');
    expect(body.headOffice).toBe(false);
    expect(body.companyActive).toBe(true);
    expect(body.tradeName).toBe('COLONIE DE VACANCES COMMUNE CLAMART');
    expect(body.nafCode).toBe('55.2E');
    expect(body.address).toMatchObject({
      line1: null,
      postcode: '86270',
      city: 'COUSSAY-LES-BOIS',
    });
  });

  it('uses API Recherche d’entreprises without a key, head office with its address in parts', async () => {
    const h = await harness();
    h.network.on('GET', RECHERCHE, () => jsonResponse(recherchePageOf(laPosteResult)));
    const body = EstablishmentSchema.parse(
      await (await h.request(`/v1/siret/${LA_POSTE_HEAD_OFFICE}`)).json(),
    );
    expect(body).toMatchObject({
      siret: LA_POSTE_HEAD_OFFICE,
      name: 'LA POSTE',
      tradeName: 'LA POSTE',
      address: {
        line1: '9 RUE DU COLONEL PIERRE AVIA',
        line2: 'DIRECTION GENERALE DE LA POSTE',
        postcode: '75015',
        city: 'PARIS',
      },
      headOffice: true,
      legalFormCode: '5510',
      source: 'recherche-entreprises',
    });
    const [call] = h.network.calls;
    expect(call?.url.searchParams.get('q')).toBe(LA_POSTE_HEAD_OFFICE);
    expect(call?.headers.get('X-INSEE-Api-Key-Integration')).toBeNull();
  });

  it('finds a matched secondary establishment (La Poste digit-sum SIRET) from its one-line address', async () => {
    const h = await harness();
    h.network.on('GET', RECHERCHE, () => jsonResponse(recherchePageOf(laPosteResult)));
    const body = EstablishmentSchema.parse(
      await (await h.request(`/v1/siret/${LA_POSTE_TERGNIER}`)).json(),
    );
    expect(body.address).toMatchObject({
      line1: '1 PLACE CARNEGIE',
      postcode: '02700',
      city: 'TERGNIER',
    });
    expect(body.headOffice).toBe(false);
  });

  it('answers 404 when the source does not know the SIRET, and remembers it', async () => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    h.network.on('GET', INSEE, () =>
      jsonResponse({ header: { statut: 404, message: 'Aucun élément trouvé' } }, 404),
    );
    await expectProblem(await h.request(`/v1/siret/${CLAMART}`), 404, 'establishment-not-found');
    await expectProblem(await h.request(`/v1/siret/${CLAMART}`), 404, 'establishment-not-found');
    expect(h.network.calls).toHaveLength(1);
  });

  it('falls back to Recherche d’entreprises when INSEE fails', async () => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    h.network.on('GET', INSEE, () => new Response('maintenance', { status: 503 }));
    h.network.on('GET', RECHERCHE, () => jsonResponse(recherchePageOf(laPosteResult)));
    const response = await h.request(`/v1/siret/${LA_POSTE_HEAD_OFFICE}`);
    expect(response.status).toBe(200);
    expect(EstablishmentSchema.parse(await response.json()).source).toBe('recherche-entreprises');
  });
});

describe('GET /v1/siret/{siret}: upstream failures', () => {
  it('turns a 429 into a 503 problem with Retry-After, and backs off without calling again', async () => {
    const h = await harness();
    h.network.on('GET', RECHERCHE, () =>
      jsonResponse({ erreur: 'quota' }, 429, { 'retry-after': '120' }),
    );
    const first = await h.request(`/v1/siret/${CLAMART}`);
    const problem = await expectProblem(first, 503, 'upstream-unavailable');
    expect(first.headers.get('retry-after')).toBe('120');
    expect(problem.retry_after).toBe(120);

    h.advance(30);
    const second = await h.request(`/v1/siret/${CLAMART_CLOSED}`);
    await expectProblem(second, 503, 'upstream-unavailable');
    expect(second.headers.get('retry-after')).toBe('90');
    expect(h.network.calls).toHaveLength(1);

    h.advance(91);
    h.network.on('GET', RECHERCHE, () => jsonResponse(recherchePageOf()));
    await expectProblem(await h.request(`/v1/siret/${CLAMART}`), 404, 'establishment-not-found');
    expect(h.network.calls).toHaveLength(2);
  });

  it('answers 504 when the source does not answer in time', async () => {
    const h = await harness({ UPSTREAM_TIMEOUT_MS: '50' });
    h.network.on('GET', RECHERCHE, (_, signal) => hangUntilAborted(signal));
    const started = Date.now();
    await expectProblem(await h.request(`/v1/siret/${CLAMART}`), 504, 'upstream-timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers 502 when the source fails with a 5xx', async () => {
    const h = await harness();
    h.network.on('GET', RECHERCHE, () => new Response('<html>oops</html>', { status: 500 }));
    const problem = await expectProblem(
      await h.request(`/v1/siret/${CLAMART}`),
      502,
      'upstream-error',
    );
    expect(problem.detail).toContain('HTTP 500');
  });

  it('answers 502 when the source sends something that is not its JSON', async () => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    h.network.on('GET', INSEE, () => jsonResponse({ unexpected: true }));
    h.network.on('GET', RECHERCHE, () => new Response('not json', { status: 200 }));
    await expectProblem(await h.request(`/v1/siret/${CLAMART}`), 502, 'upstream-error');
  });
});

describe('GET /v1/siret/{siret}: cache', () => {
  it('serves the second lookup from KV without calling the source', async () => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    h.network.on('GET', INSEE, () => jsonResponse(inseeHeadOffice));
    const first = await h.request(`/v1/siret/${CLAMART}`);
    const second = await h.request(`/v1/siret/${CLAMART}`);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.json()).toEqual(await first.json());
    expect(h.network.calls).toHaveLength(1);
  });

  it('serves a stale entry at once and refreshes it in the background', async () => {
    const h = await harness({ INSEE_API_KEY: 'key', LOOKUP_FRESH_SECONDS: '3600' });
    h.network.on('GET', INSEE, () => jsonResponse(inseeHeadOffice));
    await h.request(`/v1/siret/${CLAMART}`);
    h.advance(2 * 3600);
    const renamed = structuredClone(inseeHeadOffice);
    renamed.etablissement.uniteLegale.denominationUniteLegale = 'VILLE DE CLAMART';
    h.network.on('GET', INSEE, () => jsonResponse(renamed));

    const stale = await h.request(`/v1/siret/${CLAMART}`);
    expect(stale.headers.get('x-cache')).toBe('STALE');
    expect(EstablishmentSchema.parse(await stale.json()).name).toBe('COMMUNE DE CLAMART');
    expect(h.network.calls).toHaveLength(2);

    const fresh = await h.request(`/v1/siret/${CLAMART}`);
    expect(fresh.headers.get('x-cache')).toBe('HIT');
    expect(EstablishmentSchema.parse(await fresh.json()).name).toBe('VILLE DE CLAMART');
    expect(h.network.calls).toHaveLength(2);
  });

  it('keeps serving the stale entry when the refresh fails', async () => {
    const h = await harness({ INSEE_API_KEY: 'key', LOOKUP_FRESH_SECONDS: '3600' });
    h.network.on('GET', INSEE, () => jsonResponse(inseeHeadOffice));
    await h.request(`/v1/siret/${CLAMART}`);
    h.advance(2 * 3600);
    h.network.on('GET', INSEE, () => new Response('down', { status: 502 }));
    h.network.on('GET', RECHERCHE, () => new Response('down', { status: 502 }));
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await h.request(`/v1/siret/${CLAMART}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-cache')).toBe('STALE');
    }
  });

  it('goes on without the cache when KV fails', async () => {
    const broken = {
      get: () => Promise.reject(new Error('KV unavailable')),
      put: () => Promise.reject(new Error('KV unavailable')),
    } as unknown as KVNamespace;
    const h = await harness({ INSEE_API_KEY: 'key', CACHE: broken });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    h.network.on('GET', INSEE, () => jsonResponse(inseeHeadOffice));
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await h.request(`/v1/siret/${CLAMART}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-cache')).toBe('MISS');
    }
    expect(h.network.calls).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"event":"kv-failed"'));
  });

  it('coalesces identical lookups running at the same time into one upstream call', async () => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    const hold = gate();
    h.network.on('GET', INSEE, async () => {
      await hold.opened;
      return jsonResponse(inseeHeadOffice);
    });
    const pending = h.together([
      `/v1/siret/${CLAMART}`,
      `/v1/siret/${CLAMART}`,
      `/v1/siret/${CLAMART}`,
    ]);
    // Let the three requests reach the in-flight map before the upstream answers.
    await new Promise((resolve) => setTimeout(resolve, 50));
    hold.open();
    const responses = await pending;
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(h.network.calls).toHaveLength(1);
    expect(h.deps.inFlight.size).toBe(0);
  });
});

describe('GET /v1/siren/{siren}', () => {
  it('refuses an impossible SIREN with a 422 and no upstream call', async () => {
    const h = await harness();
    const problem = await expectProblem(
      await h.request('/v1/siren/219200236'),
      422,
      'invalid-identifier',
    );
    expect(problem.reason).toBe('checksum');
    expect(h.network.calls).toHaveLength(0);
  });

  it('reads the head office from INSEE with a search on the SIREN', async () => {
    const h = await harness({ INSEE_API_KEY: 'key' });
    h.network.on('GET', `${INSEE}siret?`, () => jsonResponse(inseeSearchOf(inseeHeadOffice)));
    const body = CompanySchema.parse(await (await h.request('/v1/siren/219200235')).json());
    expect(body).toMatchObject({
      siren: '219200235',
      name: 'COMMUNE DE CLAMART',
      active: true,
      legalFormCode: '7210',
      nafCode: '84.11Z',
      vatNumber: 'FR81219200235',
      source: 'insee',
    });
    expect(body.headOffice?.siret).toBe(CLAMART);
    expect(h.network.calls[0]?.url.searchParams.get('q')).toBe(
      'siren:219200235 AND etablissementSiege:true',
    );
  });

  it('reads the company from Recherche d’entreprises without a key', async () => {
    const h = await harness();
    h.network.on('GET', RECHERCHE, () => jsonResponse(recherchePageOf(laPosteResult)));
    const body = CompanySchema.parse(await (await h.request('/v1/siren/356 000 000')).json());
    expect(body).toMatchObject({
      siren: '356000000',
      name: 'LA POSTE',
      establishmentCount: 13083,
      nafCode: '53.10Z',
    });
    expect(body.headOffice?.siret).toBe(LA_POSTE_HEAD_OFFICE);
    expect(body.vatNumber).toBe('FR39356000000');
  });

  it('answers 404 for a SIREN no result carries', async () => {
    const h = await harness();
    h.network.on('GET', RECHERCHE, () => jsonResponse(recherchePageOf(laPosteResult)));
    await expectProblem(await h.request('/v1/siren/219200235'), 404, 'company-not-found');
  });
});
