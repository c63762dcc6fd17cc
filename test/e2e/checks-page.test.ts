/**
 * The live checks of the built extension on the portal replica, in Chromium: a clerk types, and
 * the page shows what is wrong next to the field (the service worker runs the rules); the
 * recipient's obligations come from an edge faked here (`GET /v1/structures/{siret}`, the three
 * structures of the replica), the real edge not running in end-to-end tests. The checks never
 * change what the form posts and never stop « Valider et envoyer ».
 */
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Invoice } from '../../shared/model';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { type StaticServer, serveStatic } from '../support/static-server';
import {
  ACME_PROFILE,
  invoiceFromFixture,
  P,
  type PageScope,
  replicaState,
  sendToPage,
  serializeForm,
  serviceWorkerOf,
} from './fill-support';

const SAMPLE = 'facturx/EN16931/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml';
const HOSPITAL = '26990002300012';

/** The replica's structures as the edge would describe them (docs/portal.md § Simulated server data). */
const STRUCTURES: Record<string, { name: string; service: boolean; engagement: boolean }> = {
  '21990001600011': { name: 'COMMUNE DE VAL-FLEURI', service: true, engagement: false },
  [HOSPITAL]: { name: 'CENTRE HOSPITALIER DES TROIS RIVIERES', service: false, engagement: true },
  '19990003600013': { name: 'LYCEE JULES VERNE', service: false, engagement: false },
};

interface FakeEdge {
  readonly origin: string;
  readonly asked: string[];
  close(): Promise<void>;
}

/** A stand-in for the edge's structure lookup, answering with CORS like the Worker. */
async function startFakeEdge(): Promise<FakeEdge> {
  const asked: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    asked.push(path);
    const siret = /^\/v1\/structures\/(\d{14})$/.exec(path)?.[1];
    const known = siret === undefined ? undefined : STRUCTURES[siret];
    const headers = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
    if (siret === undefined || known === undefined) {
      res.writeHead(404, { ...headers, 'content-type': 'application/problem+json' });
      res.end(
        JSON.stringify({
          type: 'https://chorus-assist.dev/problems/structure-not-found',
          code: 'structure-not-found',
          title: 'Structure absente de l’annuaire Chorus Pro',
          title_en: 'Structure not in the Chorus Pro directory',
          status: 404,
          detail: `Aucune structure ${siret ?? ''} dans l’annuaire.`,
          detail_en: `No structure ${siret ?? ''} in the directory.`,
          instance: 'req-test',
        }),
      );
      return;
    }
    res.writeHead(200, headers);
    res.end(
      JSON.stringify({
        identifier: siret,
        identifierType: 'SIRET',
        name: known.name,
        active: true,
        flags: {
          serviceCodeRequired: known.service,
          engagementRequired: known.engagement,
          engagementOrService: false,
        },
        services: [],
        source: 'seed',
        updatedAt: '2026-01-01T00:00:00Z',
      }),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    asked,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

interface StorageGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

/** What the side panel's Réglages store (extension/storage/settings.ts, version 1). */
async function storeSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (value) => {
    await (globalThis as unknown as StorageGlobal).chrome.storage.local.set({
      settings: value,
      settings$: { v: 1 },
    });
  }, settings);
}

const notes = (page: Page) => page.locator('chorus-assist-checks .note');
const summary = (page: Page) => page.locator('chorus-assist-checks section');

/** The note drawn under a field: the first note whose top is within a few pixels of its bottom. */
async function noteUnder(page: Page, fieldSelector: string): Promise<string | undefined> {
  const field = await page.locator(fieldSelector).boundingBox();
  if (field === null) return undefined;
  for (const note of await notes(page).all()) {
    const box = await note.boundingBox();
    if (
      box !== null &&
      Math.abs(box.y - (field.y + field.height)) <= 6 &&
      Math.abs(box.x - field.x) <= 2
    )
      return (await note.textContent()) ?? '';
  }
  return undefined;
}

async function waitForNoteUnder(page: Page, selector: string, text: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        found = await noteUnder(page, selector);
        return found ?? '';
      },
      { timeout: 10_000 },
    )
    .toContain(text);
  return found ?? '';
}

function sampleForReplica(): Invoice {
  const invoice = invoiceFromFixture(SAMPLE);
  return {
    ...invoice,
    'BT-10': 'DIRFIN',
    'BG-7': { ...invoice['BG-7'], 'BT-47': { id: '21990001600011', scheme: '0009' } },
  };
}

describe('live checks on the portal replica', () => {
  let browser: ExtensionBrowser;
  let site: StaticServer;
  let edge: FakeEdge;
  let worker: Worker;
  let formUrl: string;
  const pageErrors: string[] = [];

  async function openForm(): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${formUrl}?execution=e1s1`);
    await page
      .locator('chorus-assist-toolbar button[data-action=fill]')
      .waitFor({ timeout: 10_000 });
    await summary(page).waitFor({ timeout: 10_000 });
    // Closed whatever the test's outcome: messages go to the first tab showing the form.
    onTestFinished(() => page.close());
    return page;
  }

  beforeAll(async () => {
    site = await serveStatic(resolve('test/fixtures/portal'));
    edge = await startFakeEdge();
    browser = await launchWithExtension();
    worker = await serviceWorkerOf(browser.context);
    formUrl = `${site.origin}/cpp/facture/saisie.html`;
    await storeSettings(worker, { language: 'fr', liveChecks: true, edgeUrl: edge.origin });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await edge?.close();
  });

  it('writes next to the recipient SIRET that it is invalid', async () => {
    const page = await openForm();
    const siret = `#${P}Destinataire_Siret`;
    await page.fill(siret, '21990001600012');
    await page.press(siret, 'Tab');
    const text = await waitForNoteUnder(page, siret, 'SIRET du destinataire');
    expect(text).toContain('« 21990001600012 »');
    await screenshot(page, 'live-check-siret');
    expect(await page.getAttribute(siret, 'data-chorus-assist-check')).toBe('fatal');
    // An invalid SIRET is not looked up.
    expect(edge.asked.filter((path) => path.includes('21990001600012'))).toEqual([]);
  });

  it('names the recipient that requires an engagement number, next to the EJ field', async () => {
    const page = await openForm();
    const siret = `#${P}Destinataire_Siret`;
    await page.fill(siret, HOSPITAL);
    await page.press(siret, 'Tab');
    const text = await waitForNoteUnder(
      page,
      `#${P}References_NumeroBonCommande`,
      'CENTRE HOSPITALIER DES TROIS RIVIERES',
    );
    expect(text).toContain("exige un numéro d'engagement");
    expect(edge.asked).toContain(`/v1/structures/${HOSPITAL}`);
    expect(
      await page.getAttribute(`#${P}References_NumeroBonCommande`, 'data-chorus-assist-check'),
    ).toBe('fatal');

    // Typing the EJ makes it go.
    await page.fill(`#${P}References_NumeroBonCommande`, 'EJ-2026-0042');
    await page.press(`#${P}References_NumeroBonCommande`, 'Tab');
    await expect
      .poll(() => noteUnder(page, `#${P}References_NumeroBonCommande`), { timeout: 10_000 })
      .toBeUndefined();
  });

  it('says the obligations were not checked when the edge does not answer, without an error', async () => {
    await storeSettings(worker, {
      language: 'fr',
      liveChecks: true,
      edgeUrl: 'http://127.0.0.1:9',
    });
    const page = await openForm();
    onTestFinished(() =>
      storeSettings(worker, { language: 'fr', liveChecks: true, edgeUrl: edge.origin }),
    );
    const siret = `#${P}Destinataire_Siret`;
    await page.fill(siret, HOSPITAL);
    await page.press(siret, 'Tab');
    await summary(page).locator('header').click();
    const info = summary(page).locator('li.info', { hasText: 'non vérifiées' });
    await info.waitFor({ timeout: 10_000 });
    expect(await info.textContent()).toContain('ne répond pas');
    // No error about the check itself: the page just says what was not checked.
    expect(await summary(page).locator('[role=status]').count()).toBe(0);
    expect(await noteUnder(page, `#${P}References_NumeroBonCommande`)).toBeUndefined();
  });

  it('flags a VAT recap edited by hand, and highlights fatal issues on « Valider et envoyer » without stopping it', async () => {
    const page = await openForm();
    const filled = await sendToPage<{ ok: boolean }>(worker, formUrl, 'fillForm', {
      invoice: sampleForReplica(),
      profile: ACME_PROFILE,
    });
    expect(filled.ok).toBe(true);
    // The filled sample is sound: warnings only (its document allowances sit in the recap).
    await expect
      .poll(() => summary(page).locator('[data-counts]').textContent(), { timeout: 10_000 })
      .toMatch(/avertissement/);
    expect(await summary(page).locator('[data-counts]').textContent()).not.toMatch(/bloquant/);

    const before = await serializeForm(page);
    const base = `#${P}RecapitulatifTva_BaseHT_0`;
    await page.fill(base, '50,00');
    await page.press(base, 'Tab');
    const text = await waitForNoteUnder(page, `#${P}RecapitulatifTva_MontantTva_0`, 'BT-117');
    expect(text).toContain('2.20');
    expect(text).toContain('10.00');
    // The checks wrote nothing: the form posts what the clerk and the page wrote.
    const after = await serializeForm(page);
    const changed = after.filter(([, value], n) => before[n]?.[1] !== value).map(([name]) => name);
    expect(changed.sort()).toEqual(
      [
        'montantTotal.montantAPayer',
        'montantTotal.montantHtTotal',
        'montantTotal.montantTtcTotal',
        'recapTva[0].montantBaseHt',
      ].sort(),
    );

    // On the submit button: fatal fields pulse, a notice counts them, and the click goes through.
    const send = page.locator(`#${P}Actions_BoutonValiderEnvoyer`);
    await send.hover();
    const alert = page.locator('chorus-assist-checks .alert');
    await alert.waitFor({ timeout: 5_000 });
    expect(await alert.textContent()).toMatch(/^\d+ erreur\(s\) bloquante\(s\)/);
    await screenshot(page, 'live-check-submit');
    expect(
      await page.getAttribute(`#${P}RecapitulatifTva_MontantTva_0`, 'data-chorus-assist-pulse'),
    ).toBe('');
    expect(await summary(page).locator('li').count()).toBeGreaterThan(0);
    const posted = await serializeForm(page);
    expect(posted).toEqual(after);
    await send.click();
    expect((await replicaState(page)).lastEventId).toBe('valider');
    expect(
      await page.evaluate(() => (globalThis as unknown as PageScope).__replica.errors),
    ).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('takes the clerk to the field from the summary', async () => {
    const page = await openForm();
    const number = `#${P}References_NumeroFacture`;
    await page.fill(number, '31/01/2026');
    await page.press(number, 'Tab');
    await summary(page).locator('header').click();
    const item = summary(page).locator('li', { hasText: 'est une date' });
    await item.waitFor({ timeout: 10_000 });
    await item.locator('button').click();
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document
            .activeElement?.id,
      ),
    ).toBe(`${P}References_NumeroFacture`);
  });

  it('draws nothing when live checks are off', async () => {
    await storeSettings(worker, { language: 'fr', liveChecks: false, edgeUrl: edge.origin });
    const page = await browser.context.newPage();
    onTestFinished(() => page.close());
    await page.goto(`${formUrl}?execution=e1s1`);
    await page
      .locator('chorus-assist-toolbar button[data-action=fill]')
      .waitFor({ timeout: 10_000 });
    const siret = `#${P}Destinataire_Siret`;
    await page.fill(siret, '21990001600012');
    await page.press(siret, 'Tab');
    await page.waitForTimeout(1_500);
    expect(await summary(page).count()).toBe(0);
    expect(await notes(page).count()).toBe(0);
    expect(await page.getAttribute(siret, 'data-chorus-assist-check')).toBeNull();

    // Switched on while the page is open: the checks start.
    await storeSettings(worker, { language: 'fr', liveChecks: true, edgeUrl: edge.origin });
    await waitForNoteUnder(page, siret, 'SIRET du destinataire');
  });
});
