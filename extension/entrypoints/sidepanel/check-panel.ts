/** The « Contrôle » tab: the recipient's obligations as found, then the validation report. */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import type { PendingInvoice } from '../../storage/pending-invoice';
import { Notice } from '../../ui/components/notice';
import { useTranslation } from '../../ui/i18n';
import { ReportView } from '../../ui/report-view';
import type { CheckState, RecipientLookup } from './use-check';

function Recipient(props: { lookup: RecipientLookup }): VNode {
  const { t, l } = useTranslation();
  const { lookup } = props;
  const body = (() => {
    switch (lookup.kind) {
      case 'off':
        return html`<${Notice} tone="info">${t('check.recipient.offline')}</${Notice}>`;
      case 'no-siret':
        return html`<${Notice} tone="info">${t('check.recipient.noSiret')}</${Notice}>`;
      case 'failed':
        return html`<${Notice} tone="warning">${l(lookup.failure.message)}</${Notice}>`;
      case 'found': {
        const { obligations } = lookup;
        const word = (required: boolean) =>
          t(required ? 'check.recipient.required' : 'check.recipient.optional');
        return html`<p>
          ${t('check.recipient.found', {
            name: obligations.name,
            service: word(obligations.serviceCodeRequired),
            engagement: word(obligations.engagementRequired),
          })}
        </p>`;
      }
    }
  })();
  return html`<section class="recipient" aria-labelledby="recipient-title">
    <h3 id="recipient-title">${t('check.recipient')}</h3>
    ${body}
  </section>`;
}

export function CheckPanel(props: {
  pending: PendingInvoice | null;
  state: CheckState;
  onRerun: () => void;
}): VNode {
  const { t } = useTranslation();
  const { state } = props;
  if (props.pending === null) {
    return html`<div><h2>${t('check.title')}</h2><p>${t('check.none')}</p></div>`;
  }
  return html`<div class="check-panel" aria-busy=${String(state.status === 'running')}>
    <h2>${t('check.title')}</h2>
    ${
      state.status === 'running' || state.status === 'idle'
        ? html`<p role="status">${t('check.running')}</p>`
        : null
    }
    ${
      state.status === 'failed'
        ? html`<${Notice} tone="error">${t('check.failed', { message: state.message })}</${Notice}>`
        : null
    }
    ${
      state.status === 'done'
        ? html`<${Recipient} lookup=${state.recipient} />
          ${state.modelOnly ? html`<${Notice} tone="info">${t('check.modelOnly')}</${Notice}>` : null}
          <${ReportView} report=${state.report} />`
        : null
    }
    <button type="button" onClick=${props.onRerun} disabled=${state.status === 'running'}>
      ${t('check.rerun')}
    </button>
  </div>`;
}
