/**
 * The toolbar popup: which profile is in use, whether this tab is a Chorus Pro invoice form, and
 * the way to the side panel (Chrome's side panel, Firefox's sidebar).
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activeProfileIdItem, profilesItem, resolveActiveProfile } from '../../storage/profiles';
import { settingsItem } from '../../storage/settings';
import { Notice } from '../../ui/components/notice';
import { formatSiret } from '../../ui/format';
import { LanguageContext, type MessageKey, translate } from '../../ui/i18n';
import type { PortalLink, PortalState } from '../../ui/portal-link';
import { useStored } from '../../ui/use-stored';

export interface PanelOpener {
  /** Opens the panel; false when the browser refused. Call it first thing in the click handler. */
  open(): Promise<boolean>;
}

interface SidePanelApi {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Chrome opens a side panel only in answer to a click, and loses the click across an await: the
 * window id is asked for when the popup opens, so the click handler calls `open` straight away.
 */
export function browserPanelOpener(): PanelOpener {
  const api = browser as unknown as SidePanelApi;
  const windowId = browser.windows
    .getCurrent()
    .then((window) => window.id)
    .catch(() => undefined);
  let known: number | undefined;
  void windowId.then((id) => {
    known = id;
  });
  return {
    async open() {
      try {
        if (api.sidebarAction) {
          await api.sidebarAction.open();
          return true;
        }
        const id = known ?? (await windowId);
        if (api.sidePanel && id !== undefined) {
          await api.sidePanel.open({ windowId: id });
          return true;
        }
      } catch {
        // Refused (no user gesture, or the browser has no side panel): said below.
      }
      return false;
    },
  };
}

function statusKey(state: PortalState | undefined): MessageKey {
  if (state === undefined) return 'common.loading';
  if (state.kind === 'page') return state.status.isInvoiceForm ? 'popup.ready' : 'popup.notForm';
  return state.kind === 'no-answer' ? 'portal.noScript' : 'popup.notPortal';
}

export function Popup(props: {
  portal: PortalLink;
  opener: PanelOpener;
  close?: () => void;
}): VNode {
  const settings = useStored(settingsItem);
  const profiles = useStored(profilesItem);
  const activeId = useStored(activeProfileIdItem);
  const [state, setState] = useState<PortalState | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const language = settings.value.language;
  const t = (key: MessageKey) => translate(language, key);

  useEffect(() => {
    void props.portal.state({ activeTabOnly: true }).then(setState);
  }, [props.portal]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const active = resolveActiveProfile(profiles.value, activeId.value);
  const open = async () => {
    if (await props.opener.open()) (props.close ?? (() => globalThis.close()))();
    else setFailed(true);
  };

  return html`<${LanguageContext.Provider} value=${language}>
    <h1>${t('app.title')}</h1>
    <section aria-labelledby="popup-profile">
      <h2 id="popup-profile">${t('profiles.active')}</h2>
      ${
        profiles.loaded
          ? active
            ? html`<p><strong>${active.label}</strong><br />SIRET ${formatSiret(active.siret)}</p>`
            : html`<p>${t('popup.noProfile')}</p>`
          : html`<p>${t('common.loading')}</p>`
      }
    </section>
    <section aria-labelledby="popup-tab">
      <h2 id="popup-tab">${t('popup.thisTab')}</h2>
      <${Notice} tone=${state?.kind === 'page' && state.status.isInvoiceForm ? 'success' : 'info'}>
        ${t(statusKey(state))}
      </${Notice}>
    </section>
    <button type="button" class="primary" onClick=${open}>${t('popup.openPanel')}</button>
    ${failed ? html`<${Notice} tone="error">${t('popup.openFailed')}</${Notice}>` : null}
  </${LanguageContext.Provider}>`;
}
