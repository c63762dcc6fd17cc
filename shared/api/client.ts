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
import type { RuleLayer } from '../rules/engine';
import type { FacturxProfile } from '../xsd/schema-sets';
import { encodeUtf8 } from '../xsd/utf8';
import { decodeBase64 } from './base64';
import {
  type CompanySearchQuery,
  type CompanySearchResult,
  CompanySearchResultSchema,
} from './companies';
import {
  type Conversion,
  ConversionSchema,
  type ConvertSource,
  type ConvertTarget,
} from './conversion';
import {
  type Company,
  CompanySchema,
  type Establishment,
  EstablishmentSchema,
} from './establishment';
import { type Extraction, ExtractionSchema } from './extraction';
import { type Health, HealthSchema } from './health';
import { API_PATHS, fillPath } from './paths';
import { type Problem, ProblemSchema } from './problem';
import { type ChorusStructure, ChorusStructureSchema } from './structure';
import { type ValidationResult, ValidationResultSchema } from './validation';

/** The part of a fetch Response the client reads. */
export interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

/** `globalThis.fetch` fits; tests and the extension may pass a wrapper (timeouts, logging). */
export type FetchLike = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    /** The document of POST routes. */
    body?: Uint8Array<ArrayBuffer> | string;
  },
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
  /** Validates an XML invoice or a Factur-X PDF (the document leaves the caller's machine). */
  validate(
    document: DocumentInput,
    options?: ValidateOptions,
  ): Promise<ApiResult<ValidationResult>>;
  /** Converts a document; `bytes` is the converted file, decoded from the envelope. */
  convert(document: DocumentInput, options: ConvertOptions): Promise<ApiResult<ConvertedFile>>;
  /** Reads an invoice from the visible text of a PDF. */
  extract(pdf: Uint8Array): Promise<ApiResult<Extraction>>;
}

/** A file's bytes, or the text of an XML or JSON document. */
export type DocumentInput = Uint8Array | string;

export interface ValidateOptions {
  readonly rules?: readonly RuleLayer[];
  /** false skips the XSD layer (default true). */
  readonly xsd?: boolean;
  /** YYYY-MM-DD; default: the date in Paris on the Worker. */
  readonly today?: string;
  /** BR-FR findings as warnings (transition mode) or fatal (default); needs the fr layer. */
  readonly frSeverity?: 'fatal' | 'warning';
  /** Look the recipient's SIRET (BT-47) up in the Chorus Pro directory (needs the chorus layer). */
  readonly lookupRecipient?: boolean;
  /** The recipient's obligations as the caller knows them (needs the chorus layer). */
  readonly recipient?: {
    readonly serviceCodeRequired?: boolean;
    readonly engagementRequired?: boolean;
    readonly engagementOrService?: boolean;
  };
}

export interface ConvertOptions {
  readonly to: ConvertTarget;
  readonly from?: ConvertSource;
  readonly profile?: FacturxProfile;
}

export type ConvertedFile = Conversion & { readonly bytes: Uint8Array };

/** The body and its media type: bytes are sniffed by the Worker, text is XML or JSON. */
function documentBody(document: DocumentInput): {
  body: Uint8Array<ArrayBuffer> | string;
  contentType: string;
} {
  if (typeof document === 'string') {
    const json = document.trimStart().startsWith('{');
    return { body: document, contentType: json ? 'application/json' : 'application/xml' };
  }
  // A view on a shared or resizable buffer is copied: fetch bodies need a plain ArrayBuffer.
  const body =
    document.buffer instanceof ArrayBuffer
      ? (document as Uint8Array<ArrayBuffer>)
      : new Uint8Array(document);
  return { body, contentType: 'application/octet-stream' };
}

function queryString(params: readonly [string, string | undefined][]): string {
  const present = params.filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (present.length === 0) return '';
  return `?${present.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

const flag = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  async function get<S extends z.ZodType>(path: string, schema: S): Promise<ApiResult<z.infer<S>>> {
    return call(path, schema, { method: 'GET', headers });
  }

  function post<S extends z.ZodType>(
    path: string,
    schema: S,
    document: DocumentInput,
  ): Promise<ApiResult<z.infer<S>>> {
    const { body, contentType } = documentBody(document);
    return call(path, schema, {
      method: 'POST',
      headers: { ...headers, 'content-type': contentType },
      body,
    });
  }

  async function call<S extends z.ZodType>(
    path: string,
    schema: S,
    init: Parameters<FetchLike>[1],
  ): Promise<ApiResult<z.infer<S>>> {
    const url = `${base}${path}`;
    const response = await options.fetch(url, init);
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
    validate: (document, validateOptions = {}) => {
      const recipient = validateOptions.recipient ?? {};
      const search = queryString([
        ['rules', validateOptions.rules?.join(',')],
        ['xsd', flag(validateOptions.xsd)],
        ['today', validateOptions.today],
        ['frSeverity', validateOptions.frSeverity],
        ['lookupRecipient', flag(validateOptions.lookupRecipient)],
        ['recipient.serviceCodeRequired', flag(recipient.serviceCodeRequired)],
        ['recipient.engagementRequired', flag(recipient.engagementRequired)],
        ['recipient.engagementOrService', flag(recipient.engagementOrService)],
      ]);
      return post(`${API_PATHS.validate}${search}`, ValidationResultSchema, document);
    },
    convert: async (document, convertOptions) => {
      const search = queryString([
        ['to', convertOptions.to],
        ['from', convertOptions.from],
        ['profile', convertOptions.profile],
      ]);
      const url = `${base}${API_PATHS.convert}${search}`;
      const result = await post(`${API_PATHS.convert}${search}`, ConversionSchema, document);
      if (!result.ok) return result;
      const bytes =
        result.data.encoding === 'base64'
          ? decodeBase64(result.data.output)
          : encodeUtf8(result.data.output);
      if (!bytes) throw new ApiContractError(result.status, url, 'output is not base64');
      return { ...result, data: { ...result.data, bytes } };
    },
    extract: (pdf) => post(API_PATHS.extract, ExtractionSchema, pdf),
  };
}
