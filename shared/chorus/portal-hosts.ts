/**
 * Where the Chorus Pro portal lives. The extension's content scripts run on these pages and
 * nowhere else: production, the older host name, and the qualification (test) platform.
 */
export const PORTAL_HOSTS = [
  'cpro.chorus-pro.gouv.fr',
  'chorus-pro.gouv.fr',
  'qualif.chorus-pro.gouv.fr',
] as const;

/** Match patterns for the portal's application pages (all under `/cpp/`). */
export const PORTAL_MATCHES: readonly string[] = PORTAL_HOSTS.map(
  (host) => `https://${host}/cpp/*`,
);

/**
 * Build mode of the end-to-end tests. Only that build also runs on the loopback replica of the
 * portal (`/cpp/` pages on 127.0.0.1); release builds never match anything but the portal.
 */
export const E2E_MODE = 'e2e';
export const E2E_MATCHES: readonly string[] = ['http://127.0.0.1/cpp/*'];

export function portalMatches(mode: string | undefined): string[] {
  return mode === E2E_MODE ? [...PORTAL_MATCHES, ...E2E_MATCHES] : [...PORTAL_MATCHES];
}
