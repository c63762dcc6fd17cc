/**
 * The Firefox build of the extension in Debian's Firefox ESR, installed as a temporary add-on and
 * driven over WebDriver BiDi (Puppeteer): the same replica and the same expectations as the
 * Chromium tests. Firefox's MV3 background is an event page, not a service worker: what the
 * Chromium tests run in the worker (storage, messages to the portal tab) runs here in the add-on's
 * popup page opened in a tab, with the same extension APIs the popup and the sidebar use.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from '../support/firefox';
import { type StaticServer, serveStatic } from '../support/static-server';
import {
  ACME_PROFILE,
  countSubmitClicks,
  P,
  replicaState,
  sendToPage,
  serializeForm,
  storeFillRequest,
  submitClicks,
} from './fill-support';
import { EXPECTED_POST, sampleForReplica } from './fnfe-sample-fill';

const TOOLBAR = 'chorus-assist-toolbar >>>';
const CHECKS = 'chorus-assist-checks >>>';

/** The text of the element `selector` matches, once it is there. */
async function textOf(page: Page, selector: string, timeout = 10_000): Promise<string> {
  const element = await page.waitForSelector(selector, { timeout });
  if (element === null) throw new Error(`${selector} not found`);
  return element.evaluate((node) => node.textContent ?? '');
}

/** The live-check note drawn right under a field (same rule as the Chromium checks test). */
async function noteUnder(page: Page, fieldSelector: string): Promise<string | undefined> {
  const field = await (await page.$(fieldSelector))?.boundingBox();
  if (!field) return undefined;
  for (const note of await page.$$(`${CHECKS} .note`)) {
    const box = await note.boundingBox();
    if (box && Math.abs(box.y - (field.y + field.height)) <= 6 && Math.abs(box.x - field.x) <= 2)
      return note.evaluate((node) => node.textContent ?? '');
  }
  return undefined;
}

describe('built extension in Firefox ESR', () => {
  let firefox: FirefoxWithExtension;
  let site: StaticServer;
  let extensionPage: Page;
  let formUrl: string;
  const pageErrors: string[] = [];

  async function openPage(url: string): Promise<Page> {
    const page = await firefox.browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(url);
    return page;
  }

  /** A tab for one test, closed whatever its outcome: messages go to the first tab showing the form. */
  async function openPageForTest(url: string): Promise<Page> {
    const page = await openPage(url);
    onTestFinished(() => page.close());
    return page;
  }

  beforeAll(async () => {
    site = await serveStatic(resolve('test/fixtures/portal'));
    firefox = await launchFirefoxWithExtension();
    extensionPage = await firefox.openExtensionPage('popup.html');
    formUrl = `${site.origin}/cpp/facture/saisie.html`;
  });
  afterAll(async () => {
    await firefox?.close();
    await site?.close();
  });

  it('runs its content script on portal pages', async () => {
    const page = await openPageForTest(`${site.origin}/cpp/index.html`);
    expect(await textOf(page, '#chorus-assist-badge')).toBe('Chorus Assist actif');
  });

  it('stays off every other page', async () => {
    const page = await openPageForTest(`${site.origin}/other/index.html`);
    await new Promise((done) => setTimeout(done, 500));
    expect(await page.$('#chorus-assist-badge')).toBeNull();
  });

  it('writes in French next to an invalid recipient SIRET', async () => {
    const page = await openPageForTest(`${formUrl}?execution=e1s1`);
    await page.waitForSelector(`${CHECKS} section`, { timeout: 10_000 });
    const siret = `#${P}Destinataire_Siret`;
    await page.type(siret, '21990001600012');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await noteUnder(page, siret)) ?? '', { timeout: 10_000 })
      .toContain('Le SIRET du destinataire « 21990001600012 » (BT-47) est invalide');
    expect(await page.$eval(siret, (field) => field.getAttribute('data-chorus-assist-check'))).toBe(
      'fatal',
    );
  });

  describe('filling the replica from an FNFE sample and a supplier profile', () => {
    let form: Page;
    let initial: [string, string][];

    beforeAll(async () => {
      form = await openPage(`${formUrl}?execution=e1s1`);
      await form.waitForSelector(`${TOOLBAR} button[data-action=fill]`, { timeout: 10_000 });
      await countSubmitClicks(form);
      initial = await serializeForm(form);
      await storeFillRequest(extensionPage, { invoice: sampleForReplica(), profile: ACME_PROFILE });
    });

    it('fills every field from the toolbar, as the portal would receive them, without submitting', async () => {
      await form.locator(`${TOOLBAR} button[data-action=fill]`).click();
      const status = await textOf(form, `${TOOLBAR} [role=status][data-state=done]`, 15_000);
      expect(status).toContain('Remplissage terminé');

      expect(await serializeForm(form)).toEqual(EXPECTED_POST);
      expect(await textOf(form, `#${P}Destinataire_RaisonSociale`)).toBe('COMMUNE DE VAL-FLEURI');
      expect(await textOf(form, `#select2-${P}References_ModePaiement-container`)).toBe('Virement');
      const state = await replicaState(form);
      expect(state.lastPost).toBeNull();
      expect(state.errors).toEqual([]);
      expect(await submitClicks(form)).toBe(0);
      expect(pageErrors).toEqual([]);
    });

    it('reads the form back through the message contract, from an extension page', async () => {
      const answer = await sendToPage<{
        ok: boolean;
        form: { fields: Record<string, { value: string }> };
      }>(extensionPage, formUrl, 'readForm');
      expect(answer.ok).toBe(true);
      expect(answer.form.fields.invoiceNumber?.value).toBe('F20260023');
      expect(answer.form.fields.totalWithVat?.value).toBe('104,90');
    });

    it('undoes the fill in one action: the form posts what it posted before', async () => {
      await form.locator(`${TOOLBAR} button[data-action=undo]`).click();
      await expect
        .poll(() => textOf(form, `${TOOLBAR} [role=status]`), { timeout: 10_000 })
        .toContain('Remplissage annulé');
      expect(await serializeForm(form)).toEqual(initial);
      expect(await form.$$eval('tr.ligne-poste', (rows) => rows.length)).toBe(0);
      expect(await textOf(form, `#${P}Destinataire_RaisonSociale`)).toBe('');
      const answer = await sendToPage<{ ok: boolean; error?: { code: string } }>(
        extensionPage,
        formUrl,
        'undoFill',
      );
      expect(answer).toMatchObject({ ok: false, error: { code: 'nothing-to-undo' } });
      expect((await replicaState(form)).errors).toEqual([]);
      expect(await submitClicks(form)).toBe(0);
    });
  });

  it('stayed offline: Firefox reached nothing beyond the loopback', () => {
    expect(firefox.outboundAttempts).toEqual([]);
  });
});
