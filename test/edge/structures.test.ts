import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import seedSql from '../../edge/seed/chorus-directory.sql?raw';
import { ChorusStructureSchema } from '../../shared/api/structure';
import swagger from '../fixtures/chorus/piste_cpro_structures_swagger_v1.json';
import { hangUntilAborted, jsonResponse, type RecordedCall } from './support/fake-network';
import {
  bodyOf,
  expectedAccountHeader,
  fakePisteToken,
  PISTE_SANDBOX_API,
  PISTE_SECRETS,
} from './support/fake-piste';
import { type Harness, harness } from './support/harness';
import { sqlStatements } from './support/migrations';
import { expectProblem } from './support/problems';

async function seeded(overrides: Parameters<typeof harness>[0] = {}): Promise<Harness> {
  const h = await harness(overrides);
  await env.DB.batch(sqlStatements(seedSql).map((statement) => env.DB.prepare(statement)));
  return h;
}

async function structureOf(response: Response) {
  expect(response.status).toBe(200);
  return ChorusStructureSchema.parse(await response.json());
}

describe('GET /v1/structures/{siret} from the D1 directory', () => {
  it('gives the flags and only the active services', async () => {
    const h = await seeded();
    const toulouse = await structureOf(await h.request('/v1/structures/21310555400017'));
    expect(toulouse).toMatchObject({
      identifier: '21310555400017',
      identifierType: 'SIRET',
      name: 'COMMUNE DE TOULOUSE',
      active: true,
      flags: { serviceCodeRequired: true, engagementRequired: false, engagementOrService: false },
      source: 'seed',
    });
    expect(toulouse.services).toEqual([
      { code: 'DIR-ACHATS', label: 'Direction des achats', engagementRequired: true },
      { code: 'DIR-CULTURE', label: 'Direction de la culture', engagementRequired: false },
    ]);
    expect(h.network.calls).toHaveLength(0);
  });

  it.each([
    [
      '21750001600019',
      { serviceCodeRequired: false, engagementRequired: true, engagementOrService: false },
    ],
    [
      '21690123100011',
      { serviceCodeRequired: false, engagementRequired: false, engagementOrService: true },
    ],
    [
      '21130055300016',
      { serviceCodeRequired: false, engagementRequired: false, engagementOrService: false },
    ],
    [
      '26750045200011',
      { serviceCodeRequired: true, engagementRequired: true, engagementOrService: false },
    ],
  ])('reads the flags of %s', async (siret, flags) => {
    const h = await seeded();
    expect((await structureOf(await h.request(`/v1/structures/${siret}`))).flags).toEqual(flags);
  });

  it('reports an inactive structure', async () => {
    const h = await seeded();
    const closed = await structureOf(await h.request('/v1/structures/21920023500022'));
    expect(closed.active).toBe(false);
    expect(closed.name).toBe('COMMUNE DE CLAMART; COLONIE DE VACANCES');
  });

  it('refuses an impossible SIRET with a 422', async () => {
    const h = await seeded();
    const problem = await expectProblem(
      await h.request('/v1/structures/21310555400018'),
      422,
      'invalid-identifier',
    );
    expect(problem.reason).toBe('checksum');
  });

  it('answers 404 for a SIRET outside the directory when no PISTE credentials are configured', async () => {
    const h = await seeded();
    const problem = await expectProblem(
      await h.request('/v1/structures/35600000000048'),
      404,
      'structure-not-found',
    );
    expect(problem.detail).toContain('356 000 000 00048');
    expect(problem.detail).toContain('annuaire');
    expect(h.network.calls).toHaveLength(0);
  });

  it('prefers the directory to a live lookup even with credentials', async () => {
    const h = await seeded(PISTE_SECRETS);
    await structureOf(await h.request('/v1/structures/21310555400017'));
    expect(h.network.calls).toHaveLength(0);
  });
});

const LA_POSTE = '35600000000048';
const STRUCTURE_ID = 26262962;

/** A Chorus Pro that knows one structure with three services, one of them inactive. */
function fakeChorusPro(h: Harness) {
  const tokens = fakePisteToken(h.network);
  h.network.on('POST', `${PISTE_SANDBOX_API}/cpro/structures/v1/rechercher`, (call) => {
    const structure = bodyOf(call).structure as { identifiantStructure?: string };
    const known = structure.identifiantStructure === LA_POSTE;
    return jsonResponse({
      codeRetour: 0,
      libelle: 'TRA_MSG_00.000',
      listeStructures: known
        ? [
            {
              idStructureCPP: STRUCTURE_ID,
              identifiantStructure: LA_POSTE,
              designationStructure: 'LA POSTE',
              statut: 'ACTIVE',
              typeIdentifiantStructure: 'SIRET',
            },
          ]
        : [],
      parametresRetour: {
        total: known ? 1 : 0,
        pages: known ? 1 : 0,
        pageCourante: 1,
        nbResultatsParPage: 10,
      },
    });
  });
  h.network.on('POST', `${PISTE_SANDBOX_API}/cpro/structures/v1/consulter`, () =>
    jsonResponse({
      codeRetour: 0,
      libelle: 'TRA_MSG_00.000',
      informationGenerales: {
        idStructureCPP: STRUCTURE_ID,
        raisonSocialeStructure: 'LA POSTE',
        typeIdentifiantStructure: 'SIRET',
      },
      parametres: {
        codeServiceDoitEtreRenseigne: true,
        numeroEJDoitEtreRenseigne: false,
        gestionNumeroEJOuCodeService: false,
      },
    }),
  );
  h.network.on('POST', `${PISTE_SANDBOX_API}/cpro/structures/v1/rechercher/services`, () =>
    jsonResponse({
      codeRetour: 0,
      libelle: 'TRA_MSG_00.000',
      listeServices: [
        { idService: 1, codeService: 'ACHATS', libelleService: 'Achats', estActif: true },
        { idService: 2, codeService: 'IMMO', libelleService: 'Immobilier', estActif: true },
        { idService: 3, codeService: 'ANCIEN', libelleService: 'Ancien service', estActif: false },
      ],
      parametresRetour: { total: 3, pages: 1, pageCourante: 1, nbResultatsParPage: 100 },
    }),
  );
  h.network.on('POST', `${PISTE_SANDBOX_API}/cpro/structures/v1/consulter/service`, (call) =>
    jsonResponse({
      codeRetour: 0,
      libelle: 'TRA_MSG_00.000',
      parametres: { numeroEngagement: bodyOf(call).idService === 1, miseEnPaiement: false },
    }),
  );
  return tokens;
}

type SwaggerDefinitions = Record<string, { properties?: Record<string, unknown> }>;
type SwaggerPath = { post?: { parameters?: { in: string; schema?: { $ref?: string } }[] } };

/** The call's path and top-level body fields exist in the published Swagger (structures API). */
function expectConformsToSwagger(call: RecordedCall) {
  const path = call.url.pathname.replace(/^\/cpro\/structures/, '');
  const operation = (swagger.paths as Record<string, SwaggerPath>)[path]?.post;
  expect(operation, `${path} is in the Swagger`).toBeDefined();
  const ref =
    operation?.parameters?.find((parameter) => parameter.in === 'body')?.schema?.$ref ?? '';
  const definition = (swagger.definitions as SwaggerDefinitions)[ref.replace('#/definitions/', '')];
  expect(Object.keys(definition?.properties ?? {})).toEqual(
    expect.arrayContaining(Object.keys(bodyOf(call))),
  );
  expect(call.headers.get('cpro-account')).toBe(expectedAccountHeader());
  expect(call.headers.get('authorization')).toMatch(/^Bearer token-\d+$/);
}

describe('GET /v1/structures/{siret} live from Chorus Pro (PISTE)', () => {
  it('looks a structure missing from D1 up with rechercher, consulter and the services calls', async () => {
    const h = await seeded(PISTE_SECRETS);
    fakeChorusPro(h);
    const response = await h.request(`/v1/structures/${LA_POSTE}`);
    expect(response.headers.get('x-cache')).toBe('MISS');
    const structure = await structureOf(response);
    expect(structure).toMatchObject({
      identifier: LA_POSTE,
      name: 'LA POSTE',
      active: true,
      flags: { serviceCodeRequired: true, engagementRequired: false, engagementOrService: false },
      source: 'piste',
    });
    expect(structure.services).toEqual([
      { code: 'ACHATS', label: 'Achats', engagementRequired: true },
      { code: 'IMMO', label: 'Immobilier', engagementRequired: false },
    ]);

    const apiCalls = h.network.callsTo(PISTE_SANDBOX_API);
    expect(apiCalls.map((call) => call.url.pathname)).toEqual([
      '/cpro/structures/v1/rechercher',
      '/cpro/structures/v1/consulter',
      '/cpro/structures/v1/rechercher/services',
      '/cpro/structures/v1/consulter/service',
      '/cpro/structures/v1/consulter/service',
    ]);
    for (const call of apiCalls) expectConformsToSwagger(call);
    expect(bodyOf(apiCalls[0])).toMatchObject({
      structure: { identifiantStructure: LA_POSTE, typeIdentifiantStructure: 'SIRET' },
    });
    expect(bodyOf(apiCalls[1])).toMatchObject({ idStructureCPP: STRUCTURE_ID });
    expect(bodyOf(apiCalls[2])).toMatchObject({ idStructure: STRUCTURE_ID });

    const [tokenCall] = h.network.calls;
    const form = new URLSearchParams(tokenCall?.body);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-id',
      client_secret: 'client-secret',
      scope: 'openid',
    });
  });

  it('caches the live answer in KV and reuses the token', async () => {
    const h = await seeded(PISTE_SECRETS);
    const tokens = fakeChorusPro(h);
    await h.request(`/v1/structures/${LA_POSTE}`);
    const callsAfterFirst = h.network.calls.length;
    const again = await h.request(`/v1/structures/${LA_POSTE}`);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(h.network.calls).toHaveLength(callsAfterFirst);

    await expectProblem(
      await h.request('/v1/structures/21920023500030'),
      404,
      'structure-not-found',
    );
    expect(tokens.issued()).toBe(1);
  });

  it('answers 404 when Chorus Pro does not know the SIRET either', async () => {
    const h = await seeded(PISTE_SECRETS);
    fakeChorusPro(h);
    const problem = await expectProblem(
      await h.request('/v1/structures/21920023500030'),
      404,
      'structure-not-found',
    );
    expect(problem.detail).toContain('ni dans l’annuaire ni sur Chorus Pro');
    expect(h.network.callsTo(PISTE_SANDBOX_API)).toHaveLength(1);
  });

  it('renews the token once when PISTE answers 401', async () => {
    const h = await seeded(PISTE_SECRETS);
    const tokens = fakeChorusPro(h);
    let rejected = false;
    h.network.on('POST', `${PISTE_SANDBOX_API}/cpro/structures/v1/rechercher`, (call) => {
      if (!rejected && call.headers.get('authorization') === 'Bearer token-1') {
        rejected = true;
        return new Response('', { status: 401 });
      }
      return jsonResponse({ codeRetour: 0, libelle: 'ok', listeStructures: [] });
    });
    await expectProblem(
      await h.request('/v1/structures/21920023500030'),
      404,
      'structure-not-found',
    );
    expect(tokens.issued()).toBe(2);
  });

  it('uses the production hosts when PISTE_ENV is production', async () => {
    const h = await seeded({ ...PISTE_SECRETS, PISTE_ENV: 'production' });
    h.network.on('POST', 'https://oauth.piste.gouv.fr/api/oauth/token', () =>
      jsonResponse({ access_token: 'prod', expires_in: 3600 }),
    );
    h.network.on('POST', 'https://api.piste.gouv.fr/cpro/structures/v1/rechercher', () =>
      jsonResponse({ codeRetour: 0, libelle: 'ok', listeStructures: [] }),
    );
    await expectProblem(
      await h.request('/v1/structures/21920023500030'),
      404,
      'structure-not-found',
    );
    expect(h.network.calls.map((call) => call.url.host)).toEqual([
      'oauth.piste.gouv.fr',
      'api.piste.gouv.fr',
    ]);
  });

  it('answers 504 when Chorus Pro is too slow and 502 on a business error', async () => {
    const h = await seeded({ ...PISTE_SECRETS, UPSTREAM_TIMEOUT_MS: '50' });
    fakeChorusPro(h);
    h.network.on('POST', `${PISTE_SANDBOX_API}/cpro/structures/v1/consulter`, (_, signal) =>
      hangUntilAborted(signal),
    );
    await expectProblem(await h.request(`/v1/structures/${LA_POSTE}`), 504, 'upstream-timeout');

    h.network.on('POST', `${PISTE_SANDBOX_API}/cpro/structures/v1/consulter`, () =>
      jsonResponse({ codeRetour: 20001, libelle: 'GCU_MSG_01_001' }, 400),
    );
    await expectProblem(await h.request(`/v1/structures/${LA_POSTE}`), 502, 'upstream-error');
  });
});
