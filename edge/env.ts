/**
 * Bindings, variables and secrets of the Worker, as declared in wrangler.toml. Secrets are set
 * with `wrangler secret put` and never appear in the configuration file.
 */
export interface Env {
  /** Build and deployment label, returned by /health. */
  readonly APP_VERSION?: string;
}
