import { UpstreamError, type UpstreamName } from './errors';
import { retryAfterSeconds } from './retry-after';

export type Fetcher = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface CallOptions {
  readonly upstream: UpstreamName;
  readonly fetch: Fetcher;
  readonly timeoutMs: number;
  readonly now: () => number;
}

export interface JsonAnswer {
  readonly status: number;
  /** Parsed body; undefined for 404 (the caller decides what "not found" means). */
  readonly body: unknown;
}

/**
 * One HTTP call returning JSON, with every failure mapped to an UpstreamError. The timeout covers
 * the body too: the signal aborts a body read that stalls. 404 is an answer, not a failure.
 * `acceptStatuses` lists other 4xx statuses whose JSON body the caller reads (PISTE errors).
 */
export async function callJson(
  url: string,
  init: RequestInit,
  options: CallOptions,
  acceptStatuses: readonly number[] = [],
): Promise<JsonAnswer> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await options.fetch(url, { ...init, signal });
  } catch (error) {
    throw failureOf(error, signal, options.upstream);
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return { status: 404, body: undefined };
  }
  if (response.status === 429) {
    await response.body?.cancel();
    throw new UpstreamError(
      options.upstream,
      'rate-limited',
      429,
      retryAfterSeconds(response.headers.get('retry-after'), options.now()),
    );
  }
  const readable =
    (response.status >= 200 && response.status < 300) || acceptStatuses.includes(response.status);
  if (!readable) {
    await response.body?.cancel();
    throw new UpstreamError(
      options.upstream,
      response.status >= 500 ? 'server' : 'rejected',
      response.status,
    );
  }
  try {
    return { status: response.status, body: await response.json() };
  } catch (error) {
    if (signal.aborted) throw failureOf(error, signal, options.upstream);
    throw new UpstreamError(options.upstream, 'bad-response', response.status);
  }
}

function failureOf(error: unknown, signal: AbortSignal, upstream: UpstreamName): UpstreamError {
  if (error instanceof UpstreamError) return error;
  return new UpstreamError(upstream, signal.aborted ? 'timeout' : 'server');
}
