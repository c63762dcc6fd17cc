import { type FakeNetwork, jsonResponse, type RecordedCall } from './fake-network';

export const PISTE_SANDBOX_TOKEN = 'https://sandbox-oauth.piste.gouv.fr/api/oauth/token';
export const PISTE_SANDBOX_API = 'https://sandbox-api.piste.gouv.fr';

export const PISTE_SECRETS = {
  PISTE_CLIENT_ID: 'client-id',
  PISTE_CLIENT_SECRET: 'client-secret',
  CPRO_TECH_LOGIN: 'TECH_chorus-assist@example.org',
  CPRO_TECH_PASSWORD: 'pässword',
} as const;

/** The token endpoint of the PISTE sandbox: hands out numbered tokens and counts them. */
export function fakePisteToken(
  network: FakeNetwork,
  lifetimeSeconds = 3600,
): { issued: () => number } {
  let issued = 0;
  network.on('POST', PISTE_SANDBOX_TOKEN, () => {
    issued += 1;
    return jsonResponse({
      access_token: `token-${issued}`,
      token_type: 'Bearer',
      expires_in: lifetimeSeconds,
      scope: 'openid',
    });
  });
  return { issued: () => issued };
}

export function bodyOf(call: RecordedCall | undefined): Record<string, unknown> {
  return JSON.parse(call?.body ?? '{}') as Record<string, unknown>;
}

/** base64 of "login:password" in UTF-8, computed independently of the Worker's helper. */
export function expectedAccountHeader(): string {
  const bytes = new TextEncoder().encode(
    `${PISTE_SECRETS.CPRO_TECH_LOGIN}:${PISTE_SECRETS.CPRO_TECH_PASSWORD}`,
  );
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
