/**
 * The side panel as a whole, rendered into happy-dom over the fake browser's storage: the flows a
 * clerk follows (profile, invoice, check, fill, history, settings), and what stored data can do
 * to it (corrupt values are reported, never a blank panel).
 */
import { html } from 'htm/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, type PanelTab } from '../../../extension/entrypoints/sidepanel/app';
import { fillRequestItem } from '../../../extension/messaging/fill-request';
import { historyItem } from '../../../extension/storage/history';
import { pendingInvoiceItem } from '../../../extension/storage/pending-invoice';
import {
  activeProfileIdItem,
  EMPTY_DRAFT,
  profilesItem,
  validateProfileDraft,
} from '../../../extension/storage/profiles';
import { settingsItem } from '../../../extension/storage/settings';
import { fieldLabel } from '../../../extension/ui/fill-result';
import { FNFE_CII, FNFE_UBL, fixtureBytes, fixtureInvoice } from './fixtures';
import { type TestPanel, testServices } from './panel-services';
import { button, choose, click, plain, typeInto } from './render';

const VALID_SIRET = '18007003900110';

function open(services: TestPanel, initialTab?: PanelTab): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(html`<${App} services=${services} initialTab=${initialTab} />`, root);
  return root;
}

const text = (root: HTMLElement) => plain(root.textContent);
const tab = (root: HTMLElement, id: string) => root.querySelector(`#tab-${id}`);
const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 20 });

async function dropFile(root: HTMLElement, path: string, name = path.split('/').at(-1) ?? 'f') {
  const input = root.querySelector<HTMLInputElement>('#invoice-file');
  if (!input) throw new Error('no file input');
  const file = new File([fixtureBytes(path) as Uint8Array<ArrayBuffer>], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function storeProfile(): Promise<void> {
  const check = validateProfileDraft(
    { ...EMPTY_DRAFT, label: 'ACME Lyon', siret: VALID_SIRET },
    'acme',
  );
  if (!check.ok) throw new Error('fixture');
  await profilesItem.write([check.profile]);
}

describe('side panel', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const child of [...document.body.children]) {
      render(null, child as HTMLElement);
      child.remove();
    }
  });

  it('opens in French on the invoice tab and shows that the portal form is there', async () => {
    const root = open(testServices());
    await until(() => expect(text(root)).toContain('Formulaire « Saisir une facture » détecté.'));
    expect([...root.querySelectorAll('[role="tab"]')].map((t) => plain(t.textContent))).toEqual([
      'Facture',
      'Contrôle',
      'Profils',
      'Historique',
      'Réglages',
    ]);
    expect(tab(root, 'invoice')?.getAttribute('aria-selected')).toBe('true');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('switches language from the settings, everywhere at once', async () => {
    await settingsItem.write({ language: 'en', liveChecks: true });
    const root = open(testServices(), 'settings');
    await until(() => expect(plain(tab(root, 'invoice')?.textContent)).toBe('Invoice'));
    expect(document.documentElement.lang).toBe('en');
    choose(root.querySelector('#settings-language'), 'fr');
    await until(() => expect(plain(tab(root, 'invoice')?.textContent)).toBe('Facture'));
    expect((await settingsItem.read()).value.language).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const root = open(testServices());
    await until(() => expect(tab(root, 'invoice')).not.toBeNull());
    const list = root.querySelector('[role="tablist"]');
    const press = (key: string) =>
      list?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('ArrowRight');
    await until(() => expect(tab(root, 'check')?.getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(tab(root, 'check'));
    press('End');
    await until(() => expect(tab(root, 'settings')?.getAttribute('aria-selected')).toBe('true'));
    press('ArrowRight');
    await until(() => expect(tab(root, 'invoice')?.getAttribute('aria-selected')).toBe('true'));
    press('ArrowLeft');
    await until(() => expect(tab(root, 'settings')?.getAttribute('aria-selected')).toBe('true'));
    expect(root.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe(
      'tab-settings',
    );
  });

  it('creates a profile: refuses an impossible SIRET next to the field, then saves and uses it', async () => {
    const root = open(testServices(), 'profiles');
    await until(() => expect(text(root)).toContain('Aucun profil.'));
    click(button(root, 'Nouveau profil'));
    await until(() => expect(root.querySelector('#profile-label')).not.toBeNull());
    await typeInto(root.querySelector('#profile-label'), 'ACME Lyon');
    await typeInto(root.querySelector('#profile-siret'), '180 070 039 00111');
    click(button(root, 'Enregistrer'));
    await until(() => expect(root.querySelector('#profile-siret-error')).not.toBeNull());
    const siret = root.querySelector('#profile-siret');
    expect(siret?.getAttribute('aria-invalid')).toBe('true');
    expect(siret?.getAttribute('aria-describedby')).toContain('profile-siret-error');
    expect(plain(root.querySelector('#profile-siret-error')?.textContent)).toMatch(/clé/);
    await until(() => expect(document.activeElement).toBe(siret));
    expect((await profilesItem.read()).value).toEqual([]);

    await typeInto(siret, '180 070 039 00110');
    click(button(root, 'Enregistrer'));
    await until(() => expect(text(root)).toContain('Profil enregistré.'));
    const stored = (await profilesItem.read()).value;
    expect(stored.map((p) => [p.label, p.siret])).toEqual([['ACME Lyon', VALID_SIRET]]);
    expect((await activeProfileIdItem.read()).value).toBe(stored[0]?.id);
    expect(text(root)).toContain('ACME Lyon utilisé');
  });

  it('reads a dropped XML invoice, previews it, and checks it in the Contrôle tab', async () => {
    const root = open(testServices());
    await until(() => expect(root.querySelector('#invoice-file')).not.toBeNull());
    await dropFile(root, FNFE_CII);
    await until(() => expect(root.querySelector('.preview')).not.toBeNull());
    expect(plain(root.querySelector('[data-at="/BT-1"] dd')?.textContent)).toBe('F20260023');
    expect(text(root)).toContain('Source : XML CII — Facture_F20260023');
    expect((await pendingInvoiceItem.read()).value?.invoice).toEqual(fixtureInvoice(FNFE_CII));

    click(tab(root, 'check'));
    await until(() => expect(root.querySelector('.report')).not.toBeNull());
    // The sample's buyer is named by SIREN: no directory lookup, and the panel says why.
    expect(text(root)).toContain('La facture ne donne pas de SIRET de destinataire');
    expect(root.querySelectorAll('li.layer').length).toBeGreaterThan(3);
  });

  it('fills the portal form with the invoice and the profile, then records it in the history', async () => {
    await storeProfile();
    const services = testServices();
    const root = open(services);
    await until(() => expect(root.querySelector('#invoice-file')).not.toBeNull());
    await dropFile(root, FNFE_UBL);
    await until(() =>
      expect(root.querySelector('#fill-button')?.hasAttribute('disabled')).toBe(false),
    );
    click(root.querySelector('#fill-button'));
    await until(() =>
      expect(text(root)).toContain(
        'Formulaire rempli : 2 rempli, 1 calculé par la page, différent.',
      ),
    );
    expect(services.fills).toHaveLength(1);
    expect(services.fills[0]?.invoice).toEqual(fixtureInvoice(FNFE_UBL));
    expect(services.fills[0]?.profile?.siret).toBe(VALID_SIRET);
    expect(text(root)).toContain(
      `${fieldLabel('totalWithVat')} — calculé par la page, différent (0,00)`,
    );
    expect(text(root)).toContain('Pièce à joindre.');
    const history = (await historyItem.read()).value;
    expect(history.map((entry) => [entry.invoiceNumber, entry.profileId])).toEqual([
      ['F20260023', 'acme'],
    ]);
    // The toolbar on the page fills with the same request.
    expect((await fillRequestItem.getValue())?.invoice).toEqual(fixtureInvoice(FNFE_UBL));

    await until(() =>
      expect(root.querySelector('#undo-button')?.hasAttribute('disabled')).toBe(false),
    );
    click(root.querySelector('#undo-button'));
    await until(() => expect(text(root)).toContain('Remplissage annulé : 2 champ(s) rétabli(s)'));
    expect(services.undos).toBe(1);
  });

  it('does not offer to fill while no portal form is open, and says why', async () => {
    const root = open(testServices({ portal: { kind: 'no-tab' } }));
    await until(() => expect(root.querySelector('#invoice-file')).not.toBeNull());
    await dropFile(root, FNFE_UBL);
    await until(() => expect(root.querySelector('.preview')).not.toBeNull());
    expect(root.querySelector('#fill-button')?.hasAttribute('disabled')).toBe(true);
    expect(plain(root.querySelector('#fill-blockers')?.textContent)).toContain(
      'Aucune page Chorus Pro ouverte',
    );
  });

  it('sends a plain PDF for extraction only when asked, and fills only once the values are confirmed', async () => {
    const invoice = fixtureInvoice(FNFE_UBL);
    const services = testServices({
      edge: {
        '/v1/extract': {
          status: 200,
          body: {
            invoice,
            fields: {
              'BT-1': { value: 'F20260023', confidence: 0.95 },
              'BT-112': { value: '114.00', confidence: 0.3 },
            },
            lines: [],
            warnings: [],
          },
        },
      },
    });
    const root = open(services);
    await until(() => expect(root.querySelector('#invoice-file')).not.toBeNull());
    await dropFile(root, 'test/fixtures/facturx-pdf/Custom/2023-6013_facture.pdf');
    await until(() => expect(text(root)).toContain('Ce PDF ne contient pas de facture structurée'));
    expect(services.fetches).toHaveLength(0);
    click(button(root, 'Envoyer pour extraction'));
    await until(() => expect(root.querySelector('.preview')).not.toBeNull());
    expect(services.fetches.map((call) => new URL(call.url).pathname)).toEqual(['/v1/extract']);
    expect(plain(root.querySelector('[data-at="/BG-22/BT-112"] dd')?.textContent)).toContain(
      'à vérifier',
    );
    expect(root.querySelector('#fill-button')?.hasAttribute('disabled')).toBe(true);
    click(button(root, 'J’ai vérifié ces valeurs'));
    await until(() =>
      expect(root.querySelector('#fill-button')?.hasAttribute('disabled')).toBe(false),
    );
    expect((await pendingInvoiceItem.read()).value?.extraction?.confirmed).toBe(true);
  });

  it('says so plainly when the extraction service cannot be reached', async () => {
    const root = open(testServices());
    await until(() => expect(root.querySelector('#invoice-file')).not.toBeNull());
    await dropFile(root, 'test/fixtures/facturx-pdf/Custom/2023-6013_facture.pdf');
    await until(() => expect(text(root)).toContain('Envoyer pour extraction'));
    click(button(root, 'Envoyer pour extraction'));
    await until(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect(plain(root.querySelector('[role="alert"]')?.textContent)).toContain(
      'Le service Chorus Assist (http://127.0.0.1:8787) ne répond pas.',
    );
    expect(root.querySelector('.preview')).toBeNull();
  });

  it('reuses a previous invoice from the history, warning to change its number', async () => {
    await storeProfile();
    const services = testServices();
    const root = open(services);
    await until(() => expect(root.querySelector('#invoice-file')).not.toBeNull());
    await dropFile(root, FNFE_UBL);
    await until(() =>
      expect(root.querySelector('#fill-button')?.hasAttribute('disabled')).toBe(false),
    );
    click(root.querySelector('#fill-button'));
    await until(() => expect(services.fills.length).toBe(1));
    await pendingInvoiceItem.clear();
    click(tab(root, 'history'));
    await until(() => expect(text(root)).toContain('F20260023'));
    click(button(root, 'Réutiliser'));
    await until(() => expect(text(root)).toContain('Reprise de la facture n° F20260023'));
    expect(tab(root, 'invoice')?.getAttribute('aria-selected')).toBe('true');
    expect((await pendingInvoiceItem.read()).value?.source.kind).toBe('history');
  });

  it('reports corrupt stored data and keeps working with what it could read', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', profiles: [{ id: 1 }] });
    const root = open(testServices(), 'profiles');
    await until(() =>
      expect(text(root)).toContain('Réglages : les données enregistrées sont illisibles'),
    );
    expect(text(root)).toContain('Profils fournisseur : 1 élément(s) enregistré(s) illisible(s)');
    expect(text(root)).toContain('Aucun profil.');
  });

  it('saves another edge address only after the browser granted it, and tests it', async () => {
    const services = testServices({
      edge: {
        '/health': {
          status: 200,
          body: { status: 'ok', service: 'chorus-assist', version: '9.9.9' },
        },
      },
    });
    const asked: string[] = [];
    const root = open(
      {
        ...services,
        requestOriginAccess: async (url) => {
          asked.push(url);
          return url.includes('good');
        },
      },
      'settings',
    );
    await until(() => expect(root.querySelector('#settings-edge-url')).not.toBeNull());
    await typeInto(root.querySelector('#settings-edge-url'), 'http://edge.example.org');
    click(button(root, 'Enregistrer'));
    await until(() => expect(root.querySelector('#settings-edge-url-error')).not.toBeNull());
    expect(asked).toEqual([]);

    await typeInto(root.querySelector('#settings-edge-url'), 'https://bad.example.org');
    click(button(root, 'Enregistrer'));
    await until(() => expect(text(root)).toContain('Le navigateur n’a pas autorisé'));
    expect((await settingsItem.read()).value.edgeUrl).toBeUndefined();

    await typeInto(root.querySelector('#settings-edge-url'), 'https://good.example.org/');
    click(button(root, 'Tester'));
    await until(() => expect(text(root)).toContain('Service joint : chorus-assist version 9.9.9.'));
    expect(services.fetches.at(-1)?.url).toBe('https://good.example.org/health');
    click(button(root, 'Enregistrer'));
    await until(() => expect(text(root)).toContain('Réglages enregistrés.'));
    expect((await settingsItem.read()).value.edgeUrl).toBe('https://good.example.org');
    expect(asked).toEqual([
      'https://bad.example.org',
      'https://good.example.org',
      'https://good.example.org',
    ]);
  });
});
