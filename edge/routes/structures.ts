import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { API_PATHS } from '../../shared/api/paths';
import { ChorusStructureSchema } from '../../shared/api/structure';
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

const structureRoute = createRoute({
  method: 'get',
  path: API_PATHS.structure,
  tags: ['Chorus Pro'],
  summary: 'Chorus Pro recipient: flags and active services',
  description:
    'Reads the Chorus Pro directory kept in D1 (refreshed daily from PISTE, or imported with the CLI). A SIRET missing from it is looked up live on Chorus Pro when PISTE credentials are configured (cached in KV).',
  security: API_KEY_SECURITY,
  request: {
    params: z.object({
      siret: z
        .string()
        .meta({ description: 'SIRET of the public structure', example: '21920023500014' }),
    }),
  },
  responses: {
    200: { ...jsonContent(ChorusStructureSchema, 'The structure'), headers: CACHE_HEADER },
    ...problemResponses(
      'invalid-identifier',
      'structure-not-found',
      'upstream-error',
      'upstream-unavailable',
      'upstream-timeout',
      ...COMMON_V1_PROBLEMS,
    ),
  },
});

export function registerStructureRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(structureRoute, async (c) => {
    const check = siret.validate(c.req.valid('param').siret);
    if (!check.valid) throw invalidIdentifier(check);
    const answer = await services(c, deps).structures.structure(check.value);
    if (!answer.structure) {
      const where = answer.liveConfigured
        ? {
            fr: 'ni dans l’annuaire ni sur Chorus Pro',
            en: 'neither in the directory nor on Chorus Pro',
          }
        : { fr: 'dans l’annuaire des destinataires', en: 'in the directory of recipients' };
      throw new ProblemError('structure-not-found', {
        fr: `Le SIRET ${siret.format(check.value)} n'est pas une structure publique connue ${where.fr} : une facture ne peut pas lui être adressée sur Chorus Pro.`,
        en: `SIRET ${siret.format(check.value)} is not a public structure known ${where.en}: no invoice can be addressed to it on Chorus Pro.`,
      });
    }
    lookupHeaders(c, answer.cache);
    return c.json(answer.structure, 200);
  });
}
