/**
 * Which edge the panel talks to. The extension is built for one edge (CHORUS_ASSIST_EDGE_URL in
 * wxt.config.ts), whose origin is its only non-portal host permission: that origin is the default.
 * The clerk may point the panel at another edge; that origin is then asked for at run time
 * (permissions.ts). Plain http is accepted only for the local machine: an API key and invoice PDFs
 * must not cross a network unencrypted.
 */
import type { LocalizedText } from '../../shared/i18n/text';

/** The edge of a development build (`npm run dev:edge`). */
export const DEFAULT_EDGE_URL = 'http://127.0.0.1:8787';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type EdgeUrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly message: LocalizedText };

/** Trims, checks and normalises an edge address: no credentials, query or fragment, no final `/`. */
export function normalizeEdgeUrl(input: string): EdgeUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return refuse(
      'Adresse invalide : écrivez-la en entier, par exemple https://api.exemple.fr.',
      'Invalid address: write it in full, for example https://api.example.com.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse('Adresse en https:// attendue.', 'An https:// address is expected.');
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return refuse(
      'Seule une adresse en https:// est acceptée hors de cet ordinateur (http:// est réservé à 127.0.0.1 et localhost).',
      'Only an https:// address is accepted beyond this computer (http:// is for 127.0.0.1 and localhost only).',
    );
  }
  if (url.username !== '' || url.password !== '') {
    return refuse(
      "L'adresse ne doit pas contenir d'identifiant ni de mot de passe : mettez la clé d'API dans son champ.",
      'The address must not hold a user name or password: put the API key in its own field.',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    return refuse(
      "L'adresse ne doit contenir ni « ? » ni « # ».",
      'The address must contain neither "?" nor "#".',
    );
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

function refuse(fr: string, en: string): EdgeUrlCheck {
  return { ok: false, message: { fr, en } };
}

/** The match pattern granting access to the edge's origin, e.g. `https://api.example.com/*`. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

const ORIGIN_PATTERN = /^(https?:\/\/[^/*]+)\/\*$/;

/**
 * The edge the extension was built for: its only host permission that covers a whole origin (the
 * portal permissions stop at `/cpp/*`). The development default when there is none.
 */
export function builtInEdgeUrl(hostPermissions: readonly string[] | undefined): string {
  for (const pattern of hostPermissions ?? []) {
    const origin = ORIGIN_PATTERN.exec(pattern)?.[1];
    if (origin !== undefined) return origin;
  }
  return DEFAULT_EDGE_URL;
}

/** The edge to call: the clerk's choice, else the built-in one. */
export function effectiveEdgeUrl(settings: { readonly edgeUrl?: string }, builtIn: string): string {
  return settings.edgeUrl ?? builtIn;
}
