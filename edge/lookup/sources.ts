import { UpstreamError } from '../upstream/errors';

/**
 * Asks each source in turn: the first answer wins, "does not exist" included. A source that fails
 * in a transient way (timeout, 429, 5xx) hands over to the next; when none is left, the last
 * failure is the answer.
 */
export async function firstAnswer<T>(sources: readonly (() => Promise<T>)[]): Promise<T> {
  let lastFailure: unknown = new Error('no source configured');
  for (const source of sources) {
    try {
      return await source();
    } catch (error) {
      if (!(error instanceof UpstreamError && error.transient)) throw error;
      lastFailure = error;
    }
  }
  throw lastFailure;
}
