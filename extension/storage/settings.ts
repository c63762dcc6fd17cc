/**
 * The clerk's settings. The edge URL is stored only when the clerk overrides the one the
 * extension was built with (see edge-client/edge-url.ts): a rebuilt extension pointing at another
 * deployment then takes effect without touching stored settings.
 */
import * as z from 'zod/mini';
import { LANGUAGES, type Language } from '../../shared/i18n/text';
import { parseFields } from './parse';
import { defineValidatedItem } from './validated-item';

export interface Settings {
  /** Edge API origin chosen by the clerk; absent: the one the extension was built with. */
  readonly edgeUrl?: string;
  readonly language: Language;
  /**
   * Online checks: ask the edge for the recipient's Chorus Pro obligations (service code or
   * engagement number required). Off: every check runs in the panel alone, nothing is sent.
   */
  readonly liveChecks: boolean;
  /** Sent as a bearer token when the edge deployment requires API keys. */
  readonly apiKey?: string;
}

export const DEFAULT_SETTINGS: Settings = { language: 'fr', liveChecks: true };

/** `http:` or `https:` URL without credentials; the edge client keeps only its origin and path. */
export const EdgeUrlSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        url.username === '' &&
        url.password === ''
      );
    } catch {
      return false;
    }
  }, 'Adresse http(s) attendue / http(s) URL expected'),
);

const API_KEY = z.string().check(z.minLength(1), z.maxLength(500), z.regex(/^[\x21-\x7e]+$/));

export const SETTINGS_FIELDS = {
  edgeUrl: z.optional(EdgeUrlSchema),
  language: z.enum(LANGUAGES),
  liveChecks: z.boolean(),
  apiKey: z.optional(API_KEY),
} as const;

export const SETTINGS_VERSION = 1;

export const settingsItem = defineValidatedItem<Settings>({
  key: 'local:settings',
  label: { fr: 'Réglages', en: 'Settings' },
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  parse: parseFields<Settings>(SETTINGS_FIELDS, DEFAULT_SETTINGS),
});
