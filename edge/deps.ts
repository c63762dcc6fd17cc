import { InFlight } from './cache/in-flight';
import { PisteTokenCache } from './chorus/piste-client';
import type { Fetcher } from './upstream/http';

/**
 * What the Worker takes from the outside world, injectable so tests drive the very same code with
 * a fake network and clock. One instance lives per isolate: the in-flight map and the PISTE token
 * cache are only useful when shared by the requests of the isolate.
 */
export interface AppDeps {
  readonly fetch: Fetcher;
  readonly now: () => number;
  readonly inFlight: InFlight;
  readonly pisteTokens: PisteTokenCache;
}

export function createDeps(overrides: Partial<AppDeps> = {}): AppDeps {
  return {
    // Called through a wrapper: workerd refuses `fetch` invoked with another `this`.
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    inFlight: new InFlight(),
    pisteTokens: new PisteTokenCache(),
    ...overrides,
  };
}
