/**
 * The « Réglages » tab. The language applies at once; the edge address, API key and online
 * checks are saved together, after the browser has granted access to a new edge origin.
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import type { Language } from '../../../shared/i18n/text';
import { normalizeEdgeUrl } from '../../edge-client/edge-url';
import { type Settings, settingsItem } from '../../storage/settings';
import { CheckboxField, SelectField, TextField } from '../../ui/components/field';
import { Notice, type Tone } from '../../ui/components/notice';
import { useTranslation } from '../../ui/i18n';
import type { PanelServices } from './services';

type Message = { readonly tone: Tone; readonly text: string } | undefined;

export function SettingsPanel(props: { settings: Settings; services: PanelServices }): VNode {
  const { t, l } = useTranslation();
  const { settings, services } = props;
  const [edgeUrl, setEdgeUrl] = useState(settings.edgeUrl ?? '');
  const [apiKey, setApiKey] = useState(settings.apiKey ?? '');
  const [liveChecks, setLiveChecks] = useState(settings.liveChecks);
  const [urlError, setUrlError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<Message>(undefined);
  const [testing, setTesting] = useState(false);

  /** The typed address, checked; empty means the built-in edge. */
  const typedUrl = (): { ok: true; url: string | undefined } | { ok: false } => {
    if (edgeUrl.trim() === '') return { ok: true, url: undefined };
    const check = normalizeEdgeUrl(edgeUrl);
    if (!check.ok) {
      setUrlError(l(check.message));
      return { ok: false };
    }
    setUrlError(undefined);
    return { ok: true, url: check.url };
  };

  /** Host access for an edge other than the built-in one; asked before anything is awaited. */
  const access = (url: string | undefined): Promise<boolean> =>
    url === undefined || new URL(url).origin === new URL(services.builtInEdgeUrl).origin
      ? Promise.resolve(true)
      : services.requestOriginAccess(url);

  const draft = (url: string | undefined): Settings => ({
    language: settings.language,
    liveChecks,
    ...(url ? { edgeUrl: url } : {}),
    ...(apiKey.trim() ? { apiKey: apiKey.trim() } : {}),
  });

  const test = async () => {
    const typed = typedUrl();
    if (!typed.ok) return;
    const allowed = access(typed.url);
    setTesting(true);
    setMessage(undefined);
    try {
      if (!(await allowed)) {
        setMessage({ tone: 'error', text: t('settings.permissionDenied') });
        return;
      }
      const answer = await services.edge(draft(typed.url)).health();
      setMessage(
        answer.ok
          ? { tone: 'success', text: t('settings.testOk', answer.data) }
          : { tone: 'error', text: l(answer.failure.message) },
      );
    } finally {
      setTesting(false);
    }
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const typed = typedUrl();
    if (!typed.ok) return;
    const allowed = access(typed.url);
    if (!(await allowed)) {
      setMessage({ tone: 'error', text: t('settings.permissionDenied') });
      return;
    }
    await settingsItem.write(draft(typed.url));
    setMessage({ tone: 'success', text: t('settings.saved') });
  };

  const setLanguage = (language: string) =>
    settingsItem.write({ ...settings, language: language as Language });

  return html`<div class="settings">
    <h2>${t('settings.title')}</h2>
    <${SelectField}
      id="settings-language"
      label=${t('settings.language')}
      value=${settings.language}
      options=${[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]}
      onChange=${setLanguage}
    />
    <form onSubmit=${save} noValidate>
      <${TextField}
        id="settings-edge-url"
        type="url"
        inputMode="url"
        label=${t('settings.edgeUrl')}
        hint=${t('settings.edgeUrl.hint', { url: services.builtInEdgeUrl })}
        placeholder=${services.builtInEdgeUrl}
        value=${edgeUrl}
        error=${urlError}
        onInput=${setEdgeUrl}
      />
      <div class="actions">
        <button type="button" onClick=${test} disabled=${testing}>
          ${t(testing ? 'settings.testing' : 'settings.test')}
        </button>
        ${
          edgeUrl
            ? html`<button type="button" class="link" onClick=${() => setEdgeUrl('')}>
              ${t('settings.reset')}
            </button>`
            : null
        }
      </div>
      <${TextField}
        id="settings-api-key"
        type="password"
        label=${t('settings.apiKey')}
        value=${apiKey}
        autocomplete="off"
        onInput=${setApiKey}
      />
      <${CheckboxField}
        id="settings-live-checks"
        label=${t('settings.liveChecks')}
        hint=${t('settings.liveChecks.hint')}
        checked=${liveChecks}
        onChange=${setLiveChecks}
      />
      ${message ? html`<${Notice} tone=${message.tone}>${message.text}</${Notice}>` : null}
      <div class="actions">
        <button type="submit" class="primary">${t('common.save')}</button>
      </div>
    </form>
  </div>`;
}
