import type { Env } from './env';

/** Hono's view of the Worker: bindings plus what middleware hands to handlers. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    /** SHA-256 of the caller's API key when one was checked; the rate-limit key. */
    clientKeyHash?: string;
  };
}
