import type { Env } from '../env';
import { UpstreamError } from '../upstream/errors';
import { callJson, type Fetcher } from '../upstream/http';

/** PISTE hosts per environment (DOMAIN.md §3): sandbox is the Chorus Pro qualification platform. */
export const PISTE_HOSTS = {
  sandbox: {
    token: 'https://sandbox-oauth.piste.gouv.fr/api/oauth/token',
    api: 'https://sandbox-api.piste.gouv.fr',
  },
  production: {
    token: 'https://oauth.piste.gouv.fr/api/oauth/token',
    api: 'https://api.piste.gouv.fr',
  },
} as const;

export type PisteEnvironment = keyof typeof PISTE_HOSTS;

export interface PisteCredentials {
  readonly environment: PisteEnvironment;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly technicalLogin: string;
  readonly technicalPassword: string;
}

/** The credentials when all four secrets are set; null otherwise (PISTE features stay off). */
export function pisteCredentials(env: Env): PisteCredentials | null {
  const { PISTE_CLIENT_ID, PISTE_CLIENT_SECRET, CPRO_TECH_LOGIN, CPRO_TECH_PASSWORD } = env;
  if (!PISTE_CLIENT_ID || !PISTE_CLIENT_SECRET || !CPRO_TECH_LOGIN || !CPRO_TECH_PASSWORD)
    return null;
  return {
    environment: env.PISTE_ENV === 'production' ? 'production' : 'sandbox',
    clientId: PISTE_CLIENT_ID,
    clientSecret: PISTE_CLIENT_SECRET,
    technicalLogin: CPRO_TECH_LOGIN,
    technicalPassword: CPRO_TECH_PASSWORD,
  };
}

interface Token {
  readonly value: string;
  readonly expiresAt: number;
}

/** Tokens per client id and environment, kept for the life of the isolate. */
export class PisteTokenCache {
  private readonly tokens = new Map<string, Token>();

  get(key: string, now: number): string | undefined {
    const token = this.tokens.get(key);
    return token && token.expiresAt > now ? token.value : undefined;
  }

  set(key: string, token: Token): void {
    this.tokens.set(key, token);
  }

  forget(key: string): void {
    this.tokens.delete(key);
  }
}

/** Base64 of the UTF-8 bytes (btoa alone refuses characters above U+00FF). */
export function base64Utf8(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/** Tokens last an hour; renewing a minute early avoids sending one that expires in flight. */
const TOKEN_MARGIN_MS = 60_000;

/** Every PISTE answer carries codeRetour (0 = OK) and libelle. */
export interface PisteAnswer {
  readonly codeRetour?: number;
  readonly libelle?: string;
  readonly [field: string]: unknown;
}

export interface PisteClientParts {
  readonly credentials: PisteCredentials;
  readonly fetch: Fetcher;
  readonly now: () => number;
  readonly timeoutMs: number;
  readonly tokens: PisteTokenCache;
}

/**
 * Chorus Pro API on PISTE: OAuth2 client-credentials token (cached until it expires) plus the
 * `cpro-account` header naming the technical account, on JSON POSTs. A 401 drops the token and
 * retries once with a new one.
 */
export class PisteClient {
  constructor(private readonly parts: PisteClientParts) {}

  private get tokenKey(): string {
    const { environment, clientId } = this.parts.credentials;
    return `${environment}:${clientId}`;
  }

  private async token(): Promise<string> {
    const { credentials, fetch, now, timeoutMs, tokens } = this.parts;
    const cached = tokens.get(this.tokenKey, now());
    if (cached) return cached;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      scope: 'openid',
    });
    const answer = await callJson(
      PISTE_HOSTS[credentials.environment].token,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: form.toString(),
      },
      { upstream: 'piste', fetch, now, timeoutMs },
    );
    const body = answer.body as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (typeof body?.access_token !== 'string')
      throw new UpstreamError('piste', 'bad-response', answer.status);
    const lifetimeSeconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    tokens.set(this.tokenKey, {
      value: body.access_token,
      expiresAt: now() + lifetimeSeconds * 1000 - TOKEN_MARGIN_MS,
    });
    return body.access_token;
  }

  /**
   * POSTs `body` to `path` (e.g. `/cpro/structures/v1/rechercher`). Returns the answer, or null for
   * 404. A codeRetour other than 0 is returned too: its meaning depends on the call.
   */
  async post(
    path: string,
    body: unknown,
    timeoutMs = this.parts.timeoutMs,
  ): Promise<PisteAnswer | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await this.token();
      try {
        return await this.postWith(token, path, body, timeoutMs);
      } catch (error) {
        const expired = error instanceof UpstreamError && error.status === 401;
        if (!expired || attempt > 0) throw error;
        this.parts.tokens.forget(this.tokenKey);
      }
    }
    throw new UpstreamError('piste', 'rejected', 401);
  }

  private async postWith(
    token: string,
    path: string,
    body: unknown,
    timeoutMs: number,
  ): Promise<PisteAnswer | null> {
    const { credentials, fetch, now } = this.parts;
    const account = base64Utf8(`${credentials.technicalLogin}:${credentials.technicalPassword}`);
    const answer = await callJson(
      `${PISTE_HOSTS[credentials.environment].api}${path}`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'cpro-account': account,
          'content-type': 'application/json;charset=utf-8',
          accept: 'application/json',
        },
        body: JSON.stringify(body),
      },
      { upstream: 'piste', fetch, now, timeoutMs },
      // Business errors come as HTTP 400 with codeRetour and libelle.
      [400],
    );
    if (answer.status === 404) return null;
    if (typeof answer.body !== 'object' || answer.body === null) {
      throw new UpstreamError('piste', 'bad-response', answer.status);
    }
    return answer.body as PisteAnswer;
  }
}
