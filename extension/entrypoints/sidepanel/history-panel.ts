/** The « Historique » tab: invoices filled from this computer, to reuse or to forget. */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import { HISTORY_LIMIT, type HistoryEntry, historyItem } from '../../storage/history';
import { Notice } from '../../ui/components/notice';
import { formatAmount, formatDateTime, formatSiret } from '../../ui/format';
import { useTranslation } from '../../ui/i18n';

export function HistoryPanel(props: {
  entries: readonly HistoryEntry[];
  confirm: (message: string) => boolean;
  onReuse: (entry: HistoryEntry) => void;
}): VNode {
  const { t, language } = useTranslation();
  const [status, setStatus] = useState<string | undefined>(undefined);
  const clear = async () => {
    if (!props.confirm(t('history.confirmClear'))) return;
    await historyItem.clear();
    setStatus(t('history.cleared'));
  };
  return html`<div class="history">
    <h2>${t('history.title')}</h2>
    <p class="hint">${t('history.intro', { limit: HISTORY_LIMIT })}</p>
    ${status ? html`<${Notice} tone="success">${status}</${Notice}>` : null}
    ${
      props.entries.length === 0
        ? html`<p>${t('history.empty')}</p>`
        : html`<ul class="cards">
            ${props.entries.map(
              (entry) =>
                html`<li class="card" data-entry=${entry.id}>
                  <div class="card-title"><strong>${entry.invoiceNumber || '—'}</strong></div>
                  <dl class="compact">
                    <dt>${t('history.filledAt')}</dt>
                    <dd>${formatDateTime(entry.filledAt, language)}</dd>
                    <dt>${t('history.recipient')}</dt>
                    <dd>
                      ${entry.recipient.name ?? '—'}${
                        entry.recipient.siret ? ` (${formatSiret(entry.recipient.siret)})` : ''
                      }
                    </dd>
                    ${
                      entry.amount
                        ? html`<dt>${t('history.amount')}</dt>
                          <dd>${formatAmount(entry.amount.value, entry.amount.currency, language)}</dd>`
                        : null
                    }
                    <dt>${t('history.source')}</dt>
                    <dd>${t(`source.${entry.source.kind}`)} — ${entry.source.fileName}</dd>
                  </dl>
                  ${
                    entry.invoice
                      ? html`<button
                        type="button"
                        class="small"
                        aria-label=${t('invoice.reuseLabel', {
                          number: entry.invoiceNumber,
                          date: formatDateTime(entry.filledAt, language),
                        })}
                        onClick=${() => props.onReuse(entry)}
                      >
                        ${t('invoice.reuseButton')}
                      </button>`
                      : null
                  }
                </li>`,
            )}
          </ul>
          <button type="button" class="danger" onClick=${clear}>${t('history.clear')}</button>`
    }
  </div>`;
}
