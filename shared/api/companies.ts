import { z } from 'zod';
import { EstablishmentSchema } from './establishment';

/** Upstream cap (API Recherche d'entreprises serves at most 25 results a page). */
export const MAX_SEARCH_PAGE_SIZE = 25;

export const CompanySearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .meta({ description: 'Name, SIREN or SIRET to look for', example: 'commune de clamart' }),
  postcode: z
    .string()
    .regex(/^\d{5}$/)
    .optional()
    .meta({ description: 'Only establishments in this postcode', example: '92140' }),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  perPage: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE_SIZE).default(10),
});

export type CompanySearchQuery = z.infer<typeof CompanySearchQuerySchema>;

export const CompanySearchHitSchema = z
  .object({
    siren: z.string().regex(/^\d{9}$/),
    name: z.string(),
    active: z.boolean(),
    nafCode: z.string().nullable(),
    legalFormCode: z.string().nullable(),
    vatNumber: z.string().nullable(),
    headOffice: EstablishmentSchema.nullable(),
    matchingEstablishments: z
      .array(EstablishmentSchema)
      .meta({ description: 'Establishments that matched the query (and the postcode)' }),
    establishmentCount: z.number().int().nonnegative().nullable(),
  })
  .meta({ id: 'CompanySearchHit' });

export type CompanySearchHit = z.infer<typeof CompanySearchHitSchema>;

export const CompanySearchResultSchema = z
  .object({
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    perPage: z.number().int().min(1),
    results: z.array(CompanySearchHitSchema),
    source: z.literal('recherche-entreprises'),
    retrievedAt: z.string(),
  })
  .meta({ id: 'CompanySearchResult' });

export type CompanySearchResult = z.infer<typeof CompanySearchResultSchema>;
