import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CompanySearchQuerySchema, CompanySearchResultSchema } from '../../shared/api/companies';
import { CompanySchema, EstablishmentSchema } from '../../shared/api/establishment';
import { API_PATHS } from '../../shared/api/paths';
import * as siren from '../../shared/identifiers/siren';
import * as siret from '../../shared/identifiers/siret';
import type { AppEnv } from '../app-env';
import type { AppDeps } from '../deps';
import { ProblemError } from '../http/problem';
import { invalidIdentifier, lookupHeaders, services } from './context';
import {
  API_KEY_SECURITY,
  CACHE_HEADER,
  COMMON_V1_PROBLEMS,
  jsonContent,
  problemResponses,
} from './openapi-helpers';

const UPSTREAM_PROBLEMS = ['upstream-error', 'upstream-unavailable', 'upstream-timeout'] as const;

const siretRoute = createRoute({
  method: 'get',
  path: API_PATHS.siret,
  tags: ['Entreprises'],
  summary: 'Establishment by SIRET',
  description:
    'Checks the SIRET first (422 with the reason, no upstream call), then reads INSEE Sirene when an INSEE key is configured, else API Recherche d’entreprises. Cached in KV; stale answers are served while they are refreshed.',
  security: API_KEY_SECURITY,
  request: {
    params: z.object({
      siret: z
        .string()
        .meta({ description: 'SIRET, spaces and dots allowed', example: '21920023500014' }),
    }),
  },
  responses: {
    200: { ...jsonContent(EstablishmentSchema, 'The establishment'), headers: CACHE_HEADER },
    ...problemResponses(
      'invalid-identifier',
      'establishment-not-found',
      ...UPSTREAM_PROBLEMS,
      ...COMMON_V1_PROBLEMS,
    ),
  },
});

const sirenRoute = createRoute({
  method: 'get',
  path: API_PATHS.siren,
  tags: ['Entreprises'],
  summary: 'Company by SIREN, with its head office',
  security: API_KEY_SECURITY,
  request: {
    params: z.object({
      siren: z
        .string()
        .meta({ description: 'SIREN, spaces and dots allowed', example: '219200235' }),
    }),
  },
  responses: {
    200: { ...jsonContent(CompanySchema, 'The company'), headers: CACHE_HEADER },
    ...problemResponses(
      'invalid-identifier',
      'company-not-found',
      ...UPSTREAM_PROBLEMS,
      ...COMMON_V1_PROBLEMS,
    ),
  },
});

const searchRoute = createRoute({
  method: 'get',
  path: API_PATHS.companies,
  tags: ['Entreprises'],
  summary: 'Company search for pickers',
  description: 'Full-text search over API Recherche d’entreprises, optionally within one postcode.',
  security: API_KEY_SECURITY,
  request: { query: CompanySearchQuerySchema },
  responses: {
    200: {
      ...jsonContent(CompanySearchResultSchema, 'One page of results'),
      headers: CACHE_HEADER,
    },
    ...problemResponses(...UPSTREAM_PROBLEMS, ...COMMON_V1_PROBLEMS),
  },
});

export function registerCompanyRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(siretRoute, async (c) => {
    const check = siret.validate(c.req.valid('param').siret);
    if (!check.valid) throw invalidIdentifier(check);
    const answer = await services(c, deps).companies.establishment(check.value);
    if (!answer.value) {
      throw new ProblemError('establishment-not-found', {
        fr: `Aucun établissement ne porte le SIRET ${siret.format(check.value)} dans le répertoire Sirene.`,
        en: `No establishment has SIRET ${siret.format(check.value)} in the Sirene register.`,
      });
    }
    lookupHeaders(c, answer.status);
    return c.json(answer.value, 200);
  });

  app.openapi(sirenRoute, async (c) => {
    const check = siren.validate(c.req.valid('param').siren);
    if (!check.valid) throw invalidIdentifier(check);
    const answer = await services(c, deps).companies.company(check.value);
    if (!answer.value) {
      throw new ProblemError('company-not-found', {
        fr: `Aucune entreprise ne porte le SIREN ${siren.format(check.value)} dans le répertoire Sirene.`,
        en: `No company has SIREN ${siren.format(check.value)} in the Sirene register.`,
      });
    }
    lookupHeaders(c, answer.status);
    return c.json(answer.value, 200);
  });

  app.openapi(searchRoute, async (c) => {
    const answer = await services(c, deps).companies.search(c.req.valid('query'));
    if (!answer.value) throw new Error('company search returned no page');
    lookupHeaders(c, answer.status);
    return c.json(answer.value, 200);
  });
}
