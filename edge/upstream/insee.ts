import {
  type InseeEstablishment,
  InseeSiretResponseSchema,
  InseeSiretSearchResponseSchema,
} from '../../shared/lookup/insee';
import { UpstreamError } from './errors';
import { type CallOptions, callJson } from './http';

export const INSEE_BASE_URL = 'https://api.insee.fr/api-sirene/3.11';
export const INSEE_KEY_HEADER = 'X-INSEE-Api-Key-Integration';

export interface InseeClient {
  /** The establishment, or null when INSEE does not know the SIRET. */
  establishment(siret: string): Promise<InseeEstablishment | null>;
  /** The head office of a legal unit, or null when INSEE does not know the SIREN. */
  headOffice(siren: string): Promise<InseeEstablishment | null>;
}

export function inseeClient(apiKey: string, call: Omit<CallOptions, 'upstream'>): InseeClient {
  const options: CallOptions = { ...call, upstream: 'insee' };
  const init: RequestInit = { headers: { [INSEE_KEY_HEADER]: apiKey, accept: 'application/json' } };
  return {
    async establishment(siret) {
      const answer = await callJson(`${INSEE_BASE_URL}/siret/${siret}`, init, options);
      if (answer.status === 404) return null;
      const parsed = InseeSiretResponseSchema.safeParse(answer.body);
      if (!parsed.success) throw new UpstreamError('insee', 'bad-response', answer.status);
      return parsed.data.etablissement;
    },
    async headOffice(siren) {
      // INSEE answers 404 to a search with no result, like to an unknown SIRET.
      const query = encodeURIComponent(`siren:${siren} AND etablissementSiege:true`);
      const answer = await callJson(`${INSEE_BASE_URL}/siret?q=${query}&nombre=1`, init, options);
      if (answer.status === 404) return null;
      const parsed = InseeSiretSearchResponseSchema.safeParse(answer.body);
      if (!parsed.success) throw new UpstreamError('insee', 'bad-response', answer.status);
      return parsed.data.etablissements[0] ?? null;
    },
  };
}
