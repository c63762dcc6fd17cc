/**
 * Tabs as the WAI-ARIA pattern has them: one tab stop for the whole list, arrow keys move between
 * tabs and select them, Home and End jump to the ends. Only the selected tab's panel is rendered,
 * so only that tab names its panel in `aria-controls` (a reference must exist).
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';

export interface TabDefinition<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** A short count or mark after the label (e.g. the number of errors)… */
  readonly badge?: string;
  /** …and what it means, read out instead of the bare mark. */
  readonly badgeLabel?: string;
}

export interface TabListProps<Id extends string> {
  readonly tabs: readonly TabDefinition<Id>[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
  readonly label: string;
}

export const tabId = (id: string) => `tab-${id}`;
export const tabPanelId = (id: string) => `panel-${id}`;

export function TabList<Id extends string>(props: TabListProps<Id>): VNode {
  const { tabs, selected, onSelect, label } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const next = target === undefined ? undefined : tabs[target];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(next.id);
    const list = event.currentTarget as HTMLElement;
    list.querySelector<HTMLElement>(`#${tabId(next.id)}`)?.focus();
  };
  return html`<div role="tablist" aria-label=${label} class="tabs" onKeyDown=${onKeyDown}>
    ${tabs.map(
      (tab) =>
        html`<button
          type="button"
          role="tab"
          id=${tabId(tab.id)}
          class="tab"
          aria-selected=${String(tab.id === selected)}
          aria-controls=${tab.id === selected ? tabPanelId(tab.id) : undefined}
          tabindex=${tab.id === selected ? 0 : -1}
          onClick=${() => onSelect(tab.id)}
        >
          ${tab.label}${
            tab.badge
              ? html` <span class="tab-badge" aria-hidden=${tab.badgeLabel ? 'true' : undefined}
                  >${tab.badge}</span
                >${tab.badgeLabel ? html`<span class="visually-hidden"> (${tab.badgeLabel})</span>` : null}`
              : null
          }
        </button>`,
    )}
  </div>`;
}

export function TabPanel(props: { id: string; children: unknown }): VNode {
  return html`<section
    role="tabpanel"
    id=${tabPanelId(props.id)}
    aria-labelledby=${tabId(props.id)}
    tabindex="0"
    class="tab-panel"
  >
    ${props.children}
  </section>`;
}
