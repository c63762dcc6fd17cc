import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** The extension build made for end-to-end tests (`wxt build --mode e2e`). */
export const E2E_EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');

function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian chromium or set CHROMIUM_PATH');
  return found;
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with the unpacked extension loaded, in a fresh profile. */
export async function launchWithExtension(
  extensionDir = E2E_EXTENSION_DIR,
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'chorus-assist-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Starts headless Chromium without any extension, in a fresh profile: for tests that drive a
 * fixture page directly (the portal replica), where the extension would only get in the way.
 */
export async function launchPlainChromium(): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'chorus-assist-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-extensions',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
