import { html } from 'htm/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../extension/entrypoints/popup/popup';
import {
  activeProfileIdItem,
  EMPTY_DRAFT,
  profilesItem,
  validateProfileDraft,
} from '../../../extension/storage/profiles';
import { settingsItem } from '../../../extension/storage/settings';
import type { PortalLink, PortalState } from '../../../extension/ui/portal-link';
import { button, click, plain } from './render';

function portal(state: PortalState): PortalLink & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    state: async (options) => {
      asked.push(options);
      return state;
    },
    fill: async () => ({ ok: false, error: { code: 'unexpected', message: { fr: '', en: '' } } }),
    undo: async () => ({ ok: false, error: { code: 'unexpected', message: { fr: '', en: '' } } }),
    onChange: () => () => {},
  };
}

function mountPopup(link: PortalLink, opens: boolean, close: () => void): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    html`<${Popup} portal=${link} opener=${{ open: async () => opens }} close=${close} />`,
    root,
  );
  return root;
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 20 });

describe('popup', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const child of [...document.body.children]) {
      render(null, child as HTMLElement);
      child.remove();
    }
  });

  it('shows the profile in use and whether this tab is the invoice form', async () => {
    const make = (id: string, label: string) => {
      const check = validateProfileDraft({ ...EMPTY_DRAFT, label, siret: '18007003900110' }, id);
      if (!check.ok) throw new Error('fixture');
      return check.profile;
    };
    await profilesItem.write([make('a', 'Agence A'), make('b', 'Agence B')]);
    await activeProfileIdItem.write('b');
    const link = portal({
      kind: 'page',
      tabId: 3,
      status: {
        isInvoiceForm: true,
        url: 'https://chorus-pro.gouv.fr/cpp/x',
        canUndo: false,
        busy: false,
      },
    });
    const root = mountPopup(link, true, () => {});
    await until(() =>
      expect(plain(root.querySelector('section strong')?.textContent)).toBe('Agence B'),
    );
    expect(plain(root.textContent)).toContain('SIRET 180 070 039 00110');
    await until(() => expect(plain(root.textContent)).toContain('Formulaire Chorus Pro détecté.'));
    // The popup speaks of this tab only, never of another portal tab.
    expect(link.asked).toEqual([{ activeTabOnly: true }]);
  });

  it('opens the panel and closes itself, or says the browser refused', async () => {
    await settingsItem.write({ language: 'en', liveChecks: true });
    const close = vi.fn();
    const root = mountPopup(portal({ kind: 'no-tab' }), true, close);
    await until(() => expect(plain(root.textContent)).toContain('Not a Chorus Pro page.'));
    expect(plain(root.textContent)).toContain('No supplier profile.');
    click(button(root, 'Open the panel'));
    await until(() => expect(close).toHaveBeenCalledOnce());

    const refused = mountPopup(portal({ kind: 'no-tab' }), false, close);
    await until(() => expect(plain(refused.textContent)).toContain('Open the panel'));
    click(button(refused, 'Open the panel'));
    await until(() => expect(refused.querySelector('[role="alert"]')).not.toBeNull());
    expect(close).toHaveBeenCalledOnce();
  });
});
