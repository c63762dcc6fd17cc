/**
 * The live checks on the replica's markup (its page scripts do not run here): what is drawn next
 * to the fields and in the summary, when, in which language, and that the form is left as it was.
 * The service worker's part is the real one (checkPortalForm), called directly.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkPortalForm } from '../../../extension/checks/form-checks';
import { createLiveChecks, type LiveChecks } from '../../../extension/checks/live-checks';
import type { PageSettings } from '../../../extension/checks/page-settings';
import {
  pageSettingsOf,
  readPageSettings,
  SETTINGS_KEY,
  watchPageSettings,
} from '../../../extension/checks/page-settings';
import { MARK_ATTRIBUTE, PULSE_ATTRIBUTE } from '../../../extension/checks/view';
import { settingsItem } from '../../../extension/storage/settings';
import type { PortalFormValues } from '../../../shared/chorus/portal-model';
import replicaHtml from '../../fixtures/portal/cpp/facture/saisie.html?raw';

const P = 'GDP_SaisieFacture_';
const FR: PageSettings = { enabled: true, language: 'fr' };

function loadReplica(): HTMLElement {
  const body = /<body>([\s\S]*)<\/body>/.exec(replicaHtml)?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/g, '');
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

const byId = <T extends HTMLElement = HTMLInputElement>(id: string) =>
  document.getElementById(`${P}${id}`) as T;

function type(id: string, value: string): void {
  const input = byId(id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
const posted = () =>
  [...new FormData(byId<HTMLFormElement>('Formulaire')).entries()].map(([name, value]) => [
    name,
    String(value),
  ]);

describe('live checks on the page', () => {
  let container: HTMLElement;
  let checks: LiveChecks | undefined;
  let sent: PortalFormValues[];

  function start(settings: PageSettings = FR): LiveChecks {
    sent = [];
    checks = createLiveChecks(document, container, {
      settings,
      loadCorrections: async () => ({}),
      idleMs: 20,
      check: async (form) => {
        sent.push(form);
        return {
          ok: true,
          report: checkPortalForm(form, { today: '2026-02-10', recipient: { status: 'no-siret' } }),
        };
      },
    });
    return checks;
  }

  beforeEach(() => {
    container = loadReplica();
  });
  afterEach(() => {
    checks?.stop();
    checks = undefined;
  });

  it('writes what is wrong under a field that holds a value, and outlines it', async () => {
    byId('Destinataire_Siret').value = '21990001600012';
    await start().run();
    await frame();
    const notes = [...container.querySelectorAll('.note')];
    expect(notes.map((note) => note.textContent)).toEqual([
      expect.stringContaining('Le SIRET du destinataire « 21990001600012 » (BT-47) est invalide.'),
    ]);
    expect(byId('Destinataire_Siret').getAttribute(MARK_ATTRIBUTE)).toBe('fatal');
    expect(document.head.querySelector('style[data-chorus-assist-checks]')?.textContent).toContain(
      `[${MARK_ATTRIBUTE}=fatal]`,
    );
  });

  it('waits for the clerk to reach an empty field before writing that it is required', async () => {
    await start().run();
    await frame();
    expect(container.querySelectorAll('.note')).toHaveLength(0);
    expect(container.querySelector('[data-counts]')?.textContent).toMatch(/^\d+ bloquant\(s\)/);

    byId('References_NumeroFacture').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await vi.waitFor(() =>
      expect(container.querySelector('.note')?.textContent).toBe(
        'Indiquez le numéro de la facture (BT-1).',
      ),
    );
    expect(byId('References_NumeroFacture').getAttribute(MARK_ATTRIBUTE)).toBe('fatal');
  });

  it('checks once the clerk pauses, not at every keystroke, and never changes the form', async () => {
    start();
    const before = posted();
    for (const text of ['F', 'F2', 'F20', 'F2026']) type('References_NumeroFacture', text);
    type('References_DateFacture', '31/13/2026');
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.fields.invoiceNumber?.value).toBe('F2026');
    await vi.waitFor(() =>
      expect(container.querySelector('.note')?.textContent).toContain(
        "« 31/13/2026 » n'est pas une date valide",
      ),
    );
    const after = posted();
    expect(after.filter(([name]) => !name?.startsWith('references.'))).toEqual(
      before.filter(([name]) => !name?.startsWith('references.')),
    );
    expect(Object.fromEntries(after)['references.numeroFacture']).toBe('F2026');
  });

  it('does not leave an answer about the old value under a field the clerk is changing', async () => {
    byId('Destinataire_Siret').value = '21990001600012';
    const live = createLiveChecks(document, container, {
      settings: FR,
      loadCorrections: async () => ({}),
      idleMs: 60_000,
      check: async (form) => ({
        ok: true,
        report: checkPortalForm(form, { today: '2026-02-10', recipient: { status: 'no-siret' } }),
      }),
    });
    checks = live;
    await live.run();
    await frame();
    expect(container.querySelectorAll('.note')).toHaveLength(1);
    // The clerk types; the next check is a minute away here: the old answer is taken down at once.
    const siret = byId('Destinataire_Siret');
    siret.value = '21990001600011';
    siret.dispatchEvent(new Event('input', { bubbles: true }));
    siret.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await frame();
    expect(container.querySelectorAll('.note')).toHaveLength(0);
  });

  it('lists every issue in the summary, each taking the clerk to its field', async () => {
    byId('Destinataire_Siret').value = '21990001600012';
    await start().run();
    await frame();
    const header = container.querySelector('header');
    expect(header?.getAttribute('aria-expanded')).toBe('false');
    header?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(container.querySelectorAll('li').length).toBeGreaterThan(2));
    const items = [...container.querySelectorAll('li')];
    const siret = items.find((item) => item.textContent?.includes('« 21990001600012 »'));
    const link = siret?.querySelector('button');
    expect(link?.textContent).toBe('Identifiant (SIRET) du destinataire');
    byId('Destinataire_Siret').scrollIntoView = () => undefined;
    link?.click();
    expect(document.activeElement).toBe(byId('Destinataire_Siret'));
    // An issue of the whole invoice has no link.
    const whole = items.find((item) => item.textContent?.includes('(BG-25)'));
    expect(whole?.querySelector('button')).toBeNull();
    expect(whole?.querySelector('b')?.textContent).toBe('Facture');
  });

  it('shows the fatal issues when the clerk reaches « Valider et envoyer », and lets the click through', async () => {
    await start().run();
    await frame();
    const send = byId<HTMLButtonElement>('Actions_BoutonValiderEnvoyer');
    send.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await vi.waitFor(() => expect(container.querySelector('.alert')).not.toBeNull());
    const fatal = Number(
      /^(\d+)/.exec(container.querySelector('[data-counts]')?.textContent ?? '')?.[1],
    );
    expect(container.querySelector('.alert')?.textContent).toBe(
      `${fatal} erreur(s) bloquante(s) : Chorus Pro refusera cette facture en l'état. Voir les champs marqués en rouge.`,
    );
    // Every field now says what it lacks, the fatal ones pulse, and the summary is open.
    expect(byId('References_NumeroFacture').hasAttribute(PULSE_ATTRIBUTE)).toBe(true);
    expect(container.querySelectorAll('.note').length).toBeGreaterThan(3);
    expect(container.querySelector('header')?.getAttribute('aria-expanded')).toBe('true');

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    send.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    send.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    await vi.waitFor(() => expect(container.querySelector('.alert')).toBeNull());
    expect(byId('References_NumeroFacture').hasAttribute(PULSE_ATTRIBUTE)).toBe(false);
  });

  it('speaks English when the settings say so', async () => {
    byId('Destinataire_Siret').value = '21990001600012';
    const live = start({ enabled: true, language: 'en' });
    await live.run();
    await frame();
    expect(container.querySelector('header')?.textContent).toMatch(
      /^Chorus Assist checks : \d+ blocking/,
    );
    expect(container.querySelector('.note')?.textContent).toContain(
      'The recipient SIRET "21990001600012" (BT-47) is invalid.',
    );
    live.update(FR);
    await frame();
    expect(container.querySelector('header')?.textContent).toMatch(/^Contrôles Chorus Assist/);
  });

  it('draws nothing and sends nothing when live checks are off, and clears what it drew', async () => {
    byId('Destinataire_Siret').value = '21990001600012';
    const live = start({ enabled: false, language: 'fr' });
    await live.run();
    type('References_NumeroFacture', 'F1');
    await new Promise((done) => setTimeout(done, 60));
    await frame();
    expect(sent).toEqual([]);
    expect(container.innerHTML).toBe('');

    live.update(FR);
    await vi.waitFor(() => expect(container.querySelector('.note')).not.toBeNull());
    live.update({ enabled: false, language: 'fr' });
    await frame();
    expect(container.innerHTML).toBe('');
    expect(document.querySelectorAll(`[${MARK_ATTRIBUTE}]`)).toHaveLength(0);
  });
});

describe('the settings the page reads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the stored settings of the side panel, under the same key', async () => {
    expect(SETTINGS_KEY).toBe(settingsItem.key);
    expect(await readPageSettings()).toEqual({ enabled: true, language: 'fr' });
    await settingsItem.write({ language: 'en', liveChecks: false });
    expect(await readPageSettings()).toEqual({ enabled: false, language: 'en' });
  });

  it('follow a change, and read anything odd as the defaults', async () => {
    const seen: PageSettings[] = [];
    const stop = watchPageSettings((settings) => seen.push(settings));
    await settingsItem.write({ language: 'en', liveChecks: true });
    await vi.waitFor(() => expect(seen).toEqual([{ enabled: true, language: 'en' }]));
    stop();
    expect(pageSettingsOf('oops')).toEqual({ enabled: true, language: 'fr' });
    expect(pageSettingsOf({ language: 'de', liveChecks: 'no' })).toEqual({
      enabled: true,
      language: 'fr',
    });
  });
});
