import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { type StaticServer, serveStatic } from '../support/static-server';
import {
  ACME_PROFILE,
  countSubmitClicks,
  P,
  type PageScope,
  replicaState,
  sendToPage,
  serializeForm,
  serviceWorkerOf,
  storeFillRequest,
  submitClicks,
} from './fill-support';
import { EXPECTED_POST, sampleForReplica } from './fnfe-sample-fill';

describe('filling the portal replica from an FNFE sample and a supplier profile', () => {
  let browser: ExtensionBrowser;
  let site: StaticServer;
  let worker: Worker;
  let page: Page;
  let formUrl: string;
  let initial: [string, string][];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    site = await serveStatic(resolve('test/fixtures/portal'));
    browser = await launchWithExtension();
    worker = await serviceWorkerOf(browser.context);
    formUrl = `${site.origin}/cpp/facture/saisie.html`;
    page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${formUrl}?execution=e1s1`);
    await page
      .locator('chorus-assist-toolbar button[data-action=fill]')
      .waitFor({ timeout: 10_000 });
    await countSubmitClicks(page);
    initial = await serializeForm(page);
    await storeFillRequest(worker, { invoice: sampleForReplica(), profile: ACME_PROFILE });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('fills every field from the toolbar, as the portal would receive them, without submitting', async () => {
    await page.click('chorus-assist-toolbar button[data-action=fill]');
    const status = page.locator('chorus-assist-toolbar [role=status][data-state=done]');
    await status.waitFor({ timeout: 15_000 });
    expect(await status.textContent()).toContain('Remplissage terminé');

    expect(await serializeForm(page)).toEqual(EXPECTED_POST);
    await screenshot(page, 'filled-form');
    // What the page drew from the values: the select2 labels and the recipient lookup.
    expect(await page.textContent(`#select2-${P}References_ModePaiement-container`)).toBe(
      'Virement',
    );
    expect(await page.textContent(`#select2-${P}Fournisseur_Structure-container`)).toBe(
      '81234567600017 - ACME CONSEIL',
    );
    expect(await page.textContent(`#${P}Destinataire_RaisonSociale`)).toBe('COMMUNE DE VAL-FLEURI');
    expect(await page.locator('.erreur').count()).toBe(0);

    const state = await replicaState(page);
    expect(state.lastPost).toBeNull();
    expect(state.lastEventId).toBeNull();
    expect(state.errors).toEqual([]);
    expect(await submitClicks(page)).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('sets values like a person: focus, input, change, blur on inputs; change on select2 lists', async () => {
    const { events } = await replicaState(page);
    const trace = (id: string) =>
      events.filter((event) => event.id === id).map((event) => event.type);
    expect(trace(`${P}References_NumeroFacture`)).toEqual(['focus', 'input', 'change', 'blur']);
    expect(trace(`${P}References_DateFacture`)).toEqual(['focus', 'input', 'change', 'blur']);
    expect(trace(`${P}LignesPoste_Quantite_1`)).toEqual(['focus', 'input', 'change', 'blur']);
    expect(trace(`${P}References_ModePaiement`)).toEqual(['change']);
    expect(trace(`${P}LignesPoste_TauxTva_2`)).toEqual(['change']);
    // Already right on the page: not touched.
    expect(trace(`${P}CadreFacturation_Cadre`)).toEqual([]);
    expect(trace(`${P}References_Devise`)).toEqual([]);
    // Computed by the page and read-only: never written.
    expect(
      events.filter(
        (event) => event.id.includes('MontantHT') || event.id.includes('Montants_Total'),
      ),
    ).toEqual([]);
    const decimal = events.find(
      (event) => event.id === `${P}LignesPoste_PrixUnitaireHT_0` && event.type === 'input',
    );
    expect(decimal?.value).toBe('60,00');
  });

  it('reads the form back by mapping key through the message contract', async () => {
    const answer = await sendToPage<{
      ok: boolean;
      form: {
        fields: Record<string, { value: string; label?: string }>;
        lines: Record<string, { value: string }>[];
        vatRecap: unknown[];
      };
    }>(worker, formUrl, 'readForm');
    expect(answer.ok).toBe(true);
    expect(answer.form.fields.invoiceNumber?.value).toBe('F20260023');
    expect(answer.form.fields.paymentMode).toMatchObject({ value: 'VIREMENT', label: 'Virement' });
    expect(answer.form.fields.recipientName?.value).toBe('COMMUNE DE VAL-FLEURI');
    expect(answer.form.fields.totalWithVat?.value).toBe('104,90');
    expect(answer.form.lines.map((line) => line.designation?.value)).toEqual([
      'PRESTATION SUPPORT',
      'FOURNITURES PAPIER',
      'APPEL',
    ]);
    expect(answer.form.vatRecap).toHaveLength(3);
  });

  it('undoes the fill in one action: the form posts what it posted before', async () => {
    await page.click('chorus-assist-toolbar button[data-action=undo]');
    const status = page.locator('chorus-assist-toolbar [role=status][data-state=done]');
    await page
      .locator('chorus-assist-toolbar [role=status]', { hasText: 'Remplissage annulé' })
      .waitFor({ timeout: 10_000 });
    expect(await status.textContent()).toMatch(/3 ligne\(s\) retirée\(s\)/);
    expect(await serializeForm(page)).toEqual(initial);
    expect(await page.locator('tr.ligne-poste').count()).toBe(0);
    expect(await page.textContent(`#${P}Destinataire_RaisonSociale`)).toBe('');
    expect(await page.textContent(`#select2-${P}References_ModePaiement-container`)).toBe(
      'Sélectionnez un mode de paiement',
    );
    expect(await page.locator('.erreur').count()).toBe(0);
    expect(await page.isDisabled(`#${P}Fournisseur_Service`)).toBe(true);
    expect(await page.isDisabled(`#${P}Destinataire_CodeService`)).toBe(true);
    const state = await replicaState(page);
    expect(state.lastPost).toBeNull();
    expect(state.errors).toEqual([]);
    expect(await submitClicks(page)).toBe(0);
  });

  it('answers the contract with a result, never an exception, when there is nothing to undo', async () => {
    const answer = await sendToPage<{ ok: boolean; error?: { code: string } }>(
      worker,
      formUrl,
      'undoFill',
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'nothing-to-undo' } });
    const status = await sendToPage<{
      ok: boolean;
      status: { isInvoiceForm: boolean; canUndo: boolean };
    }>(worker, formUrl, 'getFormStatus');
    expect(status.status).toMatchObject({ isInvoiceForm: true, canUndo: false });
  });
});

describe('the toolbar', () => {
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

  it('shows on the invoice entry form only, next to the status badge', async () => {
    const home = await browser.context.newPage();
    await home.goto(`${site.origin}/cpp/index.html`);
    await home.locator('#chorus-assist-badge').waitFor({ timeout: 10_000 });
    await home.waitForTimeout(300);
    expect(await home.locator('chorus-assist-toolbar').count()).toBe(0);

    const form = await browser.context.newPage();
    await form.goto(`${site.origin}/cpp/facture/saisie.html?execution=e1s1`);
    await form
      .locator('chorus-assist-toolbar button[data-action=fill]')
      .waitFor({ timeout: 10_000 });
    expect(await form.locator('#chorus-assist-badge').count()).toBe(1);
    expect(
      await form.evaluate(() => (globalThis as unknown as PageScope).__replica.errors),
    ).toEqual([]);
  });
});
