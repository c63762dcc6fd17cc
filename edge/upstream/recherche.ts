import {
  type RechercheSearchResponse,
  RechercheSearchResponseSchema,
} from '../../shared/lookup/recherche';
import { UpstreamError } from './errors';
import { type CallOptions, callJson } from './http';

export const RECHERCHE_BASE_URL = 'https://recherche-entreprises.api.gouv.fr';

export interface RechercheQuery {
  readonly q: string;
  readonly postcode?: string;
  readonly page: number;
  readonly perPage: number;
}

export interface RechercheClient {
  search(query: RechercheQuery): Promise<RechercheSearchResponse>;
}

/** API Recherche d'entreprises: no key; 7 requests/s per IP, hence the cache and back-off around it. */
export function rechercheClient(call: Omit<CallOptions, 'upstream'>): RechercheClient {
  const options: CallOptions = { ...call, upstream: 'recherche-entreprises' };
  return {
    async search(query) {
      const params = new URLSearchParams({
        q: query.q,
        page: String(query.page),
        per_page: String(query.perPage),
      });
      if (query.postcode) params.set('code_postal', query.postcode);
      const answer = await callJson(
        `${RECHERCHE_BASE_URL}/search?${params}`,
        { headers: { accept: 'application/json' } },
        options,
      );
      // The API answers 404 for nothing found on some queries: an empty page for us.
      if (answer.status === 404)
        return { results: [], total_results: 0, page: query.page, per_page: query.perPage };
      const parsed = RechercheSearchResponseSchema.safeParse(answer.body);
      if (!parsed.success)
        throw new UpstreamError('recherche-entreprises', 'bad-response', answer.status);
      return parsed.data;
    },
  };
}
