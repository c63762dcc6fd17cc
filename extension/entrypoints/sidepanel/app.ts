/**
 * The side panel: five tabs over the stored state (profiles, pending invoice, history, settings).
 * Everything stored is read through checked items; a stored value that could not be read is
 * reported at the top instead of breaking the panel.
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fillRequestItem } from '../../messaging/fill-request';
import { pendingFromHistory } from '../../sources/extracted';
import { fillRequestOf } from '../../sources/fill-request';
import { type HistoryEntry, historyItem } from '../../storage/history';
import { isReadyToFill, pendingInvoiceItem } from '../../storage/pending-invoice';
import { activeProfileIdItem, profilesItem, resolveActiveProfile } from '../../storage/profiles';
import { settingsItem } from '../../storage/settings';
import type { StorageProblem } from '../../storage/validated-item';
import { Notice } from '../../ui/components/notice';
import { TabList, TabPanel } from '../../ui/components/tabs';
import { LanguageContext, translate } from '../../ui/i18n';
import { useStored } from '../../ui/use-stored';
import { CheckPanel } from './check-panel';
import { HistoryPanel } from './history-panel';
import { InvoicePanel } from './invoice-panel';
import { ProfilesPanel } from './profiles-panel';
import type { PanelServices } from './services';
import { SettingsPanel } from './settings-panel';
import { useCheck } from './use-check';

export const PANEL_TABS = ['invoice', 'check', 'profiles', 'history', 'settings'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export function App(props: { services: PanelServices; initialTab?: PanelTab }): VNode {
  const { services } = props;
  const settings = useStored(settingsItem);
  const profiles = useStored(profilesItem);
  const activeId = useStored(activeProfileIdItem);
  const pending = useStored(pendingInvoiceItem);
  const history = useStored(historyItem);
  const [tab, setTab] = useState<PanelTab>(props.initialTab ?? 'invoice');

  const language = settings.value.language;
  const active = resolveActiveProfile(profiles.value, activeId.value);
  const check = useCheck(pending.value, active, settings.value, services);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The page's toolbar fills with what the panel chose: keep it in step (extension/messaging).
  useEffect(() => {
    if (!pending.loaded || !profiles.loaded) return;
    const ready = pending.value !== null && isReadyToFill(pending.value);
    void fillRequestItem.setValue(
      ready && pending.value ? fillRequestOf(pending.value, active) : null,
    );
  }, [pending.value, active, pending.loaded, profiles.loaded]);

  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params);

  const reuse = async (entry: HistoryEntry) => {
    const next = pendingFromHistory(entry, services.now());
    if (next === undefined) return;
    await pendingInvoiceItem.write(next);
    setTab('invoice');
  };

  const problems = [settings, profiles, activeId, pending, history]
    .map((stored) => stored.problem)
    .filter((problem): problem is StorageProblem => problem !== undefined);
  const fatal =
    check.state.status === 'done'
      ? check.state.report.findings.filter((finding) => finding.severity === 'fatal').length
      : undefined;

  const loaded =
    settings.loaded && profiles.loaded && activeId.loaded && pending.loaded && history.loaded;

  const panel = (() => {
    switch (tab) {
      case 'invoice':
        return html`<${InvoicePanel}
          pending=${pending.value}
          profiles=${profiles.value}
          active=${active}
          history=${history.value}
          settings=${settings.value}
          services=${services}
          blockingErrors=${fatal}
          onShowProfiles=${() => setTab('profiles')}
          onShowCheck=${() => setTab('check')}
        />`;
      case 'check':
        return html`<${CheckPanel} pending=${pending.value} state=${check.state} onRerun=${check.rerun} />`;
      case 'profiles':
        return html`<${ProfilesPanel}
          profiles=${profiles.value}
          active=${active}
          confirm=${services.confirm}
        />`;
      case 'history':
        return html`<${HistoryPanel}
          entries=${history.value}
          confirm=${services.confirm}
          onReuse=${reuse}
        />`;
      case 'settings':
        return html`<${SettingsPanel} settings=${settings.value} services=${services} />`;
    }
  })();

  return html`<${LanguageContext.Provider} value=${language}>
    <header class="app-header">
      <h1>${t('app.title')}</h1>
      <p class="tagline">${t('app.tagline')}</p>
    </header>
    ${problems.map(
      (problem) =>
        html`<${Notice} tone="warning">
          <strong>${t('common.storageProblem')}</strong> — ${problem.message[language]}
        </${Notice}>`,
    )}
    <${TabList}
      label=${t('tabs.label')}
      selected=${tab}
      onSelect=${setTab}
      tabs=${PANEL_TABS.map((id) => ({
        id,
        label: t(`tab.${id}`),
        ...(id === 'check' && fatal !== undefined && fatal > 0
          ? { badge: String(fatal), badgeLabel: t('check.badge', { count: fatal }) }
          : {}),
      }))}
    />
    <${TabPanel} id=${tab}>
      ${loaded ? panel : html`<p role="status">${t('common.loading')}</p>`}
    </${TabPanel}>
  </${LanguageContext.Provider}>`;
}
