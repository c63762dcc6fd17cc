import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type RefusingProxy, startRefusingProxy } from './refusing-proxy';

/** The Firefox extension build made for end-to-end tests (`wxt build -b firefox --mode e2e`). */
export const FIREFOX_E2E_EXTENSION_DIR = resolve('.output/firefox-mv3-e2e');

/**
 * The add-on's moz-extension host, fixed before Firefox starts (pref `extensions.webextensions.uuids`)
 * so the tests can open its pages; Firefox otherwise draws a random one at install.
 */
const EXTENSION_UUID = '3f6f2d8e-5c1b-4a7e-9b0d-2c4e6a8f0e2e';

/** FIREFOX_PATH when set (then it must exist), else Debian's firefox-esr or firefox. */
function firefoxPath(): string {
  const chosen = process.env.FIREFOX_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`FIREFOX_PATH=${chosen} does not exist`);
    return chosen;
  }
  const found = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
  if (!found)
    throw new Error(
      'Firefox not found: install Debian firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH',
    );
  return found;
}

/** The add-on id the build declares (browser_specific_settings.gecko.id, see wxt.config.ts). */
function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json declares no gecko id`);
  return id;
}

/**
 * On top of Puppeteer's profile defaults and the preferences Firefox's remote agent applies itself
 * (no updates, telemetry, safe browsing, captive portal…): every connection beyond the loopback
 * goes to a proxy that refuses it, and the loopback itself (the replica, a local edge) never does.
 */
function closedNetworkPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
  };
}

export interface FirefoxWithExtension {
  readonly browser: Browser;
  /** `moz-extension://<uuid>`: where the add-on's own pages live. */
  readonly extensionOrigin: string;
  /** Where Firefox tried to go beyond the loopback during the run (each attempt refused). */
  readonly outboundAttempts: readonly string[];
  /** Opens one of the add-on's pages (`popup.html`, `sidepanel.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** The few page globals `openExtensionPage` reads (test code is type-checked without the DOM library). */
interface LoadingPage {
  location: { href: string };
  document: { readyState: string };
}

/**
 * Starts headless Firefox (Debian's ESR) over WebDriver BiDi in a fresh profile, offline, and
 * installs the unpacked build as a temporary add-on, as about:debugging would.
 */
export async function launchFirefoxWithExtension(
  extensionDir = FIREFOX_E2E_EXTENSION_DIR,
): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  const addonId = geckoIdOf(extensionDir);
  const proxy: RefusingProxy = await startRefusingProxy();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: { width: 1280, height: 720 },
      // Lets WebDriver navigate a tab to the add-on's moz-extension pages (refused otherwise).
      args: ['--remote-allow-system-access'],
      env: {
        ...process.env,
        // Mozilla's own test switch: remote settings then honour Puppeteer's dummy server (release
        // builds ignore that pref otherwise), and a connection that bypassed the proxy would stop
        // Firefox instead of leaving the machine.
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
      },
      extraPrefsFirefox: {
        ...closedNetworkPrefs(proxy.port),
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  return {
    browser,
    extensionOrigin,
    outboundAttempts: proxy.attempts,
    async openExtensionPage(path) {
      const url = `${extensionOrigin}/${path}`;
      const page = await browser.newPage();
      // Puppeteer's goto never settles on a moz-extension page in Firefox (no navigation event it
      // waits for): the tab is awaited by its own document instead.
      void page.goto(url, { timeout: 0 }).catch(() => undefined);
      await page.waitForFunction(
        (expected) => {
          const tab = globalThis as unknown as LoadingPage;
          return tab.location.href === expected && tab.document.readyState === 'complete';
        },
        { timeout: 10_000, polling: 100 },
        url,
      );
      return page;
    },
    async close() {
      try {
        await browser.close();
      } finally {
        await proxy.close();
      }
    },
  };
}
