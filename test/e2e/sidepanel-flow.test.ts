/**
 * The side panel of the built extension in Chromium, opened as a tab
 * (`chrome-extension://<id>/sidepanel.html`): a clerk creates a profile, drops the FNFE sample,
 * sees the preview and the report (the XSD layer running in the page under the extension's CSP),
 * then fills the portal replica from the panel.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPortalDate } from '../../shared/chorus/portal-values';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { type StaticServer, serveStatic } from '../support/static-server';
import {
  ACME_PROFILE,
  countSubmitClicks,
  invoiceFromFixture,
  P,
  serializeForm,
  serviceWorkerOf,
  submitClicks,
} from './fill-support';

const SAMPLE = resolve(
  'test/fixtures/facturx/EN16931/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml',
);

describe('side panel in Chromium', () => {
  let browser: ExtensionBrowser;
  let site: StaticServer;
  let panel: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    site = await serveStatic(resolve('test/fixtures/portal'));
    browser = await launchWithExtension();
    const worker = await serviceWorkerOf(browser.context);
    const extensionId = new URL(worker.url()).host;
    panel = await browser.context.newPage();
    panel.on('pageerror', (error) => problems.push(error.message));
    panel.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('creates a profile, reads a dropped FNFE invoice, previews it and checks it with the XSD layer', async () => {
    await panel.getByRole('tab', { name: 'Profils' }).click();
    await panel.getByRole('button', { name: 'Nouveau profil' }).click();
    await panel.fill('#profile-label', ACME_PROFILE.label);
    await panel.fill('#profile-siret', '812 345 676 00017');
    await panel.fill('#profile-serviceCode', ACME_PROFILE.serviceCode);
    await panel.fill('#profile-iban', 'FR76 3000 4000 0100 0123 4567 830');
    await panel.getByRole('button', { name: 'Enregistrer' }).click();
    await panel.getByText('Profil enregistré.').waitFor();
    expect(await panel.locator('.card.in-use strong').textContent()).toBe(ACME_PROFILE.label);

    await panel.getByRole('tab', { name: 'Facture' }).click();
    await panel.setInputFiles('#invoice-file', SAMPLE);
    await panel.locator('[data-at="/BT-1"] dd').waitFor();
    expect((await panel.textContent('[data-at="/BT-1"] dd'))?.trim()).toBe('F20260023');
    expect(await panel.locator('table.lines tbody tr').count()).toBe(3);
    await screenshot(panel, 'sidepanel-preview');

    await panel.getByRole('tab', { name: /^Contrôle/ }).click();
    await panel.locator('.report').waitFor({ timeout: 20_000 });
    const xsd = await panel.textContent('[data-layer="xsd"]');
    expect(xsd).toContain('règle(s) appliquée(s)');
    expect(await panel.locator('li.layer').count()).toBe(6);
    const verdict = await panel.getAttribute('.report', 'data-verdict');
    expect(['valid', 'invalid']).toContain(verdict);
    await screenshot(panel, 'sidepanel-report');
    expect(problems).toEqual([]);
  });

  it('fills the portal replica from the panel, without submitting, and keeps it in the history', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(`${site.origin}/cpp/facture/saisie.html?execution=e1s1`);
    await portal
      .locator('chorus-assist-toolbar button[data-action=fill]')
      .waitFor({ timeout: 10_000 });
    await countSubmitClicks(portal);

    await panel.bringToFront();
    await panel.getByRole('tab', { name: 'Facture' }).click();
    await panel.getByRole('button', { name: 'Actualiser' }).click();
    await panel.getByText('Formulaire « Saisir une facture » détecté.').waitFor();
    await panel.click('#fill-button');
    await panel.locator('.fill-result').waitFor({ timeout: 20_000 });
    expect(await panel.textContent('.fill-result')).toMatch(/^Formulaire rempli : \d+ rempli/);

    expect(await portal.inputValue(`#${P}References_NumeroFacture`)).toBe('F20260023');
    expect(await portal.inputValue(`#${P}References_DateFacture`)).toBe('31/01/2026');
    expect(await submitClicks(portal)).toBe(0);

    await panel.getByRole('tab', { name: 'Historique' }).click();
    await panel.locator('li.card').first().waitFor();
    expect(await panel.locator('li.card').count()).toBe(1);
    expect(await panel.textContent('li.card .card-title')).toBe('F20260023');

    await panel.getByRole('tab', { name: 'Facture' }).click();
    await panel.click('#undo-button');
    await panel.getByText(/^Remplissage annulé/).waitFor();
    expect(await portal.inputValue(`#${P}References_NumeroFacture`)).toBe('');
    expect(problems).toEqual([]);
  });

  it('reads a dropped Factur-X PDF in the panel and fills the portal with its embedded invoice', async () => {
    const name = 'Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931';
    // What the PDF embeds, read here with the project's readers: the ground truth of the fill.
    const expected = invoiceFromFixture(`facturx/EN16931/${name}.xml`);
    const portal = await browser.context.newPage();
    await portal.goto(`${site.origin}/cpp/facture/saisie.html?execution=e1s2`);
    await portal
      .locator('chorus-assist-toolbar button[data-action=fill]')
      .waitFor({ timeout: 10_000 });
    await countSubmitClicks(portal);

    await panel.bringToFront();
    await panel.getByRole('tab', { name: 'Facture' }).click();
    await panel.setInputFiles(
      '#invoice-file',
      resolve(`test/fixtures/facturx-pdf/EN16931/${name}.pdf`),
    );
    // The preview of the previous invoice is replaced once the PDF is read.
    await expect
      .poll(async () => (await panel.textContent('[data-at="/BT-1"] dd'))?.trim(), {
        timeout: 20_000,
      })
      .toBe(expected['BT-1']);
    await panel.getByRole('button', { name: 'Actualiser' }).click();
    await panel.getByText('Formulaire « Saisir une facture » détecté.').waitFor();
    await panel.click('#fill-button');
    await panel.locator('.fill-result').waitFor({ timeout: 20_000 });

    const posted = new Map(await serializeForm(portal));
    expect(posted.get('references.numeroFacture')).toBe(expected['BT-1']);
    expect(posted.get('references.dateFacture')).toBe(toPortalDate(expected['BT-2'] ?? ''));
    const designations = [...posted.keys()].filter((key) => key.endsWith('.designation'));
    expect(designations).toHaveLength(expected['BG-25']?.length ?? 0);
    expect(await submitClicks(portal)).toBe(0);
    expect(problems).toEqual([]);
  });
});
