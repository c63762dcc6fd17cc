import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type StaticServer, serveStatic } from '../support/static-server';

describe('built extension in Chromium', () => {
  let browser: ExtensionBrowser;
  let site: StaticServer;

  beforeAll(async () => {
    site = await serveStatic(resolve('test/fixtures/portal'));
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('runs its content script on portal pages', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/cpp/index.html`);
    const badge = page.locator('#chorus-assist-badge');
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.textContent()).toBe('Chorus Assist actif');
  });

  it('stays off every other page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/other/index.html`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.locator('#chorus-assist-badge').count()).toBe(0);
  });
});
