/**
 * The two settings the content script needs for the live checks: on or off, and the language of
 * the messages. Read straight from the stored settings (extension/storage/settings.ts, key
 * `local:settings`) without their checked item, whose schema would weigh on the content script
 * (docs/extension-checks.md § Size); anything unexpected reads as the default (on, French).
 * `liveChecks` off: no check runs on the page and nothing is sent.
 */
import { storage } from 'wxt/utils/storage';
import type { Language } from '../../shared/i18n/text';

/** Must stay the key of `settingsItem` (a unit test compares them). */
export const SETTINGS_KEY = 'local:settings' as const;

export interface PageSettings {
  readonly enabled: boolean;
  readonly language: Language;
}

export function pageSettingsOf(raw: unknown): PageSettings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    enabled: stored.liveChecks !== false,
    language: stored.language === 'en' ? 'en' : 'fr',
  };
}

export async function readPageSettings(): Promise<PageSettings> {
  try {
    return pageSettingsOf(await storage.getItem(SETTINGS_KEY));
  } catch {
    return pageSettingsOf(undefined);
  }
}

export function watchPageSettings(listener: (settings: PageSettings) => void): () => void {
  return storage.watch(SETTINGS_KEY, (value) => listener(pageSettingsOf(value)));
}
