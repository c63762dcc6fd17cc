/**
 * The panel's client of the edge API: shared/api's typed client for the lookups, plus the PDF
 * extraction, behind one promise per call that never rejects. Every failure becomes an
 * `EdgeFailure` the panel can show as is: the panel must keep working when the edge is away.
 */
import {
  ApiContractError,
  type ApiResult,
  createApiClient,
  type FetchLike,
} from '../../shared/api/client';
import type { Health } from '../../shared/api/health';
import { API_PATHS } from '../../shared/api/paths';
import { ProblemSchema } from '../../shared/api/problem';
import type { ChorusStructure } from '../../shared/api/structure';
import { type Extraction, ExtractionSchema } from './extract-contract';
import { type EdgeResult, fromContractError, fromProblem, timedOut, unreachable } from './failure';

/** Lookups answer from a cache or one upstream call. */
export const LOOKUP_TIMEOUT_MS = 10_000;
/** Reading a PDF may take the edge a while. */
export const EXTRACT_TIMEOUT_MS = 60_000;

export interface EdgeClientOptions {
  /** Normalised edge address (edge-url.ts). */
  readonly baseUrl: string;
  readonly apiKey?: string;
  /** `globalThis.fetch` by default; tests pass their own. */
  readonly fetch?: typeof fetch;
}

export interface EdgeClient {
  readonly baseUrl: string;
  health(): Promise<EdgeResult<Health>>;
  /** The recipient's Chorus Pro structure: name, obligations, services. */
  structure(siret: string): Promise<EdgeResult<ChorusStructure>>;
  /** Reads a plain PDF invoice into the model. The PDF leaves this computer. */
  extract(pdf: Uint8Array, fileName: string): Promise<EdgeResult<Extraction>>;
}

class Timeout extends Error {}

async function withTimeout<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Timeout()), ms);
  try {
    return await work(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw new Timeout();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export function createEdgeClient(options: EdgeClientOptions): EdgeClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const lookupFetch: FetchLike = (url, init) =>
    withTimeout(LOOKUP_TIMEOUT_MS, (signal) => doFetch(url, { ...init, signal }));
  const api = createApiClient({
    baseUrl,
    fetch: lookupFetch,
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
  });

  async function settle<T>(ms: number, call: () => Promise<EdgeResult<T>>): Promise<EdgeResult<T>> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof Timeout) return { ok: false, failure: timedOut(baseUrl, ms) };
      if (error instanceof ApiContractError) {
        return { ok: false, failure: fromContractError(error) };
      }
      return { ok: false, failure: unreachable(baseUrl) };
    }
  }

  const lookup = <T>(call: () => Promise<ApiResult<T>>) =>
    settle<T>(LOOKUP_TIMEOUT_MS, async () => {
      const result = await call();
      return result.ok
        ? { ok: true, data: result.data }
        : { ok: false, failure: fromProblem(result.problem, result.requestId) };
    });

  return {
    baseUrl,
    health: () => lookup(() => api.health()),
    structure: (siret) => lookup(() => api.structure(siret)),
    extract: (pdf, fileName) =>
      settle<Extraction>(EXTRACT_TIMEOUT_MS, async () => {
        const url = `${baseUrl}${API_PATHS.extract}`;
        const headers: Record<string, string> = {
          accept: 'application/json',
          'content-type': 'application/pdf',
          'x-file-name': encodeURIComponent(fileName),
        };
        if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
        const response = await withTimeout(EXTRACT_TIMEOUT_MS, (signal) =>
          doFetch(url, { method: 'POST', headers, body: pdf as BodyInit, signal }),
        );
        const body: unknown = await response.json().catch(() => undefined);
        const requestId = response.headers.get('x-request-id');
        if (response.ok) {
          const parsed = ExtractionSchema.safeParse(body);
          if (parsed.success) return { ok: true, data: parsed.data };
          throw new ApiContractError(response.status, url, parsed.error.message);
        }
        const problem = ProblemSchema.safeParse(body);
        if (problem.success) return { ok: false, failure: fromProblem(problem.data, requestId) };
        throw new ApiContractError(response.status, url, problem.error.message);
      }),
  };
}
