/**
 * Typed client of the edge API for the extension and the CLI. It validates every answer against
 * the same zod contracts the Worker publishes, so a drifted deployment fails loudly here instead
 * of handing half-shaped data to the form filler.
 *
 * Why not `hc` from hono/client: it needs the type of the Worker app, and `shared/` must not import
 * `edge/`. The contracts and paths live here, the Worker imports them, and this client is plain
 * `fetch` over them; `fetch` is injected (no DOM types in shared/).
 */
import type { z } from 'zod';
import {
  type CompanySearchQuery,
  type CompanySearchResult,
  CompanySearchResultSchema,
} from './companies';
import {
  type Company,
  CompanySchema,
  type Establishment,
  EstablishmentSchema,
} from './establishment';
import { type Health, HealthSchema } from './health';
import { API_PATHS, fillPath } from './paths';
import { type Problem, ProblemSchema } from './problem';
import { type ChorusStructure, ChorusStructureSchema } from './structure';

/** The part of a fetch Response the client reads. */
export interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

/** `globalThis.fetch` fits; tests and the extension may pass a wrapper (timeouts, logging). */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string> },
) => Promise<ResponseLike>;

export interface ApiClientOptions {
  /** Origin of the Worker, e.g. `https://api.chorus-assist.dev` (no trailing slash needed). */
  readonly baseUrl: string;
  readonly fetch: FetchLike;
  /** Sent as `Authorization: Bearer …` when the deployment requires API keys. */
  readonly apiKey?: string;
}

interface Answer {
  readonly status: number;
  /** The `x-request-id` of the answer: quote it when reporting a problem. */
  readonly requestId: string | null;
}

export type ApiResult<T> =
  | (Answer & {
      readonly ok: true;
      readonly data: T;
      /** HIT, MISS or STALE for cached lookups, null elsewhere. */
      readonly cache: string | null;
    })
  | (Answer & { readonly ok: false; readonly problem: Problem });

/** The answer matched neither the success contract nor a problem: wrong URL or a drifted deployment. */
export class ApiContractError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    readonly issues: string,
  ) {
    super(`Réponse inattendue de ${url} (HTTP ${status}) : ${issues}`);
    this.name = 'ApiContractError';
  }
}

export interface ApiClient {
  health(): Promise<ApiResult<Health>>;
  /** Spaces and dots in `siret` are fine: the Worker compacts before checking. */
  siret(siret: string): Promise<ApiResult<Establishment>>;
  siren(siren: string): Promise<ApiResult<Company>>;
  searchCompanies(
    query: Partial<CompanySearchQuery> & { q: string },
  ): Promise<ApiResult<CompanySearchResult>>;
  structure(siret: string): Promise<ApiResult<ChorusStructure>>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  async function get<S extends z.ZodType>(path: string, schema: S): Promise<ApiResult<z.infer<S>>> {
    const url = `${base}${path}`;
    const response = await options.fetch(url, { method: 'GET', headers });
    const body = await response.json().catch(() => undefined);
    const answer = { status: response.status, requestId: response.headers.get('x-request-id') };
    if (response.status >= 200 && response.status < 300) {
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw new ApiContractError(response.status, url, parsed.error.message);
      return { ...answer, ok: true, data: parsed.data, cache: response.headers.get('x-cache') };
    }
    const problem = ProblemSchema.safeParse(body);
    if (!problem.success) throw new ApiContractError(response.status, url, problem.error.message);
    return { ...answer, ok: false, problem: problem.data };
  }

  return {
    health: () => get(API_PATHS.health, HealthSchema),
    siret: (siret) => get(fillPath(API_PATHS.siret, { siret }), EstablishmentSchema),
    siren: (siren) => get(fillPath(API_PATHS.siren, { siren }), CompanySchema),
    searchCompanies: (query) => {
      const params: [string, string][] = [['q', query.q]];
      if (query.postcode) params.push(['postcode', query.postcode]);
      if (query.page !== undefined) params.push(['page', String(query.page)]);
      if (query.perPage !== undefined) params.push(['perPage', String(query.perPage)]);
      const search = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
      return get(`${API_PATHS.companies}?${search}`, CompanySearchResultSchema);
    },
    structure: (siret) => get(fillPath(API_PATHS.structure, { siret }), ChorusStructureSchema),
  };
}
