/**
 * A structure missing from the D1 directory, asked live from Chorus Pro (Swagger "Structures" v1):
 * rechercher (SIRET → idStructureCPP), consulter (flags), rechercher/services (services), then
 * consulter/service for each active service (does it require an EJ).
 */
import { z } from 'zod';
import type { ChorusService, ChorusStructure } from '../../shared/api/structure';
import { UpstreamError } from '../upstream/errors';
import type { PisteAnswer, PisteClient } from './piste-client';

export const STRUCTURES_PATH = '/cpro/structures/v1';

/** Each service detail is one more subrequest: beyond this many, EJ requirement stays unknown. */
export const MAX_SERVICE_DETAILS = 40;
const SERVICE_PAGE_SIZE = 100;
const MAX_SERVICE_PAGES = 5;
const DETAIL_CONCURRENCY = 4;

const FoundStructuresSchema = z.object({
  listeStructures: z
    .array(
      z.object({
        idStructureCPP: z.number(),
        identifiantStructure: z.string().nullish(),
        designationStructure: z.string().nullish(),
        statut: z.string().nullish(),
        typeIdentifiantStructure: z.string().nullish(),
      }),
    )
    .nullish(),
});

const StructureDetailSchema = z.object({
  informationGenerales: z
    .object({
      raisonSocialeStructure: z.string().nullish(),
      libelleStructure: z.string().nullish(),
      typeIdentifiantStructure: z.string().nullish(),
    })
    .nullish(),
  parametres: z
    .object({
      codeServiceDoitEtreRenseigne: z.boolean().nullish(),
      numeroEJDoitEtreRenseigne: z.boolean().nullish(),
      gestionNumeroEJOuCodeService: z.boolean().nullish(),
    })
    .nullish(),
});

const ServicesPageSchema = z.object({
  listeServices: z
    .array(
      z.object({
        idService: z.number(),
        codeService: z.string().nullish(),
        libelleService: z.string().nullish(),
        estActif: z.boolean().nullish(),
      }),
    )
    .nullish(),
  parametresRetour: z.object({ pages: z.number().nullish() }).nullish(),
});

const ServiceDetailSchema = z.object({
  parametres: z.object({ numeroEngagement: z.boolean().nullish() }).nullish(),
});

function checked<S extends z.ZodType>(answer: PisteAnswer | null, schema: S): z.infer<S> {
  if (!answer || (answer.codeRetour ?? 0) !== 0) {
    throw new UpstreamError('piste', 'rejected', undefined);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new UpstreamError('piste', 'bad-response');
  return parsed.data;
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function structureFromPiste(
  client: PisteClient,
  siret: string,
  updatedAt: string,
): Promise<ChorusStructure | null> {
  const search = await client.post(`${STRUCTURES_PATH}/rechercher`, {
    structure: { identifiantStructure: siret, typeIdentifiantStructure: 'SIRET' },
    parametres: { nbResultatsParPage: 10, pageResultatDemandee: 1 },
  });
  // An unknown SIRET may come back as an empty list or as a business error (codeRetour ≠ 0):
  // both mean "not in Chorus Pro" for us (*verify* the exact code on the qualification platform).
  if (!search || (search.codeRetour ?? 0) !== 0) return null;
  const found = checked(search, FoundStructuresSchema).listeStructures?.find(
    (structure) => structure.identifiantStructure === siret,
  );
  if (!found) return null;

  const detail = checked(
    await client.post(`${STRUCTURES_PATH}/consulter`, {
      idStructureCPP: found.idStructureCPP,
      codeLangue: 'fr',
    }),
    StructureDetailSchema,
  );

  const listed: { id: number; code: string; label: string }[] = [];
  for (let page = 1; page <= MAX_SERVICE_PAGES; page++) {
    const services = checked(
      await client.post(`${STRUCTURES_PATH}/rechercher/services`, {
        idStructure: found.idStructureCPP,
        parametresRechercherServicesStructure: {
          nbResultatsParPage: SERVICE_PAGE_SIZE,
          pageResultatDemandee: page,
        },
      }),
      ServicesPageSchema,
    );
    for (const service of services.listeServices ?? []) {
      if (service.estActif !== false && service.codeService) {
        listed.push({
          id: service.idService,
          code: service.codeService,
          label: service.libelleService ?? '',
        });
      }
    }
    if (page >= (services.parametresRetour?.pages ?? 1)) break;
  }

  const details = await mapLimited(
    listed.slice(0, MAX_SERVICE_DETAILS),
    DETAIL_CONCURRENCY,
    async (service) => {
      const answer = checked(
        await client.post(`${STRUCTURES_PATH}/consulter/service`, {
          idStructure: found.idStructureCPP,
          idService: service.id,
          codeLangue: 'fr',
        }),
        ServiceDetailSchema,
      );
      return answer.parametres?.numeroEngagement ?? null;
    },
  );

  const services: ChorusService[] = listed.map((service, index) => ({
    code: service.code,
    label: service.label,
    engagementRequired: details[index] ?? null,
  }));
  const flags = detail.parametres;
  const general = detail.informationGenerales;
  return {
    identifier: siret,
    identifierType: found.typeIdentifiantStructure ?? general?.typeIdentifiantStructure ?? 'SIRET',
    name:
      found.designationStructure ??
      general?.raisonSocialeStructure ??
      general?.libelleStructure ??
      '',
    active: found.statut !== 'INACTIVE',
    flags: {
      serviceCodeRequired: flags?.codeServiceDoitEtreRenseigne === true,
      engagementRequired: flags?.numeroEJDoitEtreRenseigne === true,
      engagementOrService: flags?.gestionNumeroEJOuCodeService === true,
    },
    services,
    source: 'piste',
    updatedAt,
  };
}
