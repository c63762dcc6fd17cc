import { type ApiClient, createApiClient } from '../shared/api/client';
import { UsageError } from './io';

/**
 * The edge client as the CLI uses it (`--edge URL`): Node's own fetch, and the API key from
 * `CHORUS_ASSIST_API_KEY` so that it never appears in a command line or a shell history.
 */
export function edgeClient(baseUrl: string, environment = process.env): ApiClient {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UsageError(`--edge attend une adresse http(s), pas « ${baseUrl} »`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--edge attend une adresse http(s), pas « ${baseUrl} »`);
  }
  const apiKey = environment.CHORUS_ASSIST_API_KEY;
  return createApiClient({
    baseUrl: url.origin,
    fetch: (input, init) => fetch(input, init),
    ...(apiKey ? { apiKey } : {}),
  });
}
