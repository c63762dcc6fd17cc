/**
 * The « Facture » tab: choose the invoice (drop zone, file picker, or a previous invoice), see
 * what will be filled, and fill or undo on the portal page. Nothing is submitted on the portal:
 * the clerk reviews and sends the form there.
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SupplierProfile } from '../../../shared/chorus/portal-profile';
import { findRecipientSiret } from '../../../shared/chorus/recipient-siret';
import type { LocalizedText } from '../../../shared/i18n/text';
import type { FillReport } from '../../fill/report';
import { fillRequestItem } from '../../messaging/fill-request';
import { pendingFromExtraction, pendingFromHistory } from '../../sources/extracted';
import { fillRequestOf } from '../../sources/fill-request';
import { type DroppedFile, readInvoiceFile } from '../../sources/read-file';
import { type HistoryEntry, recordFill, reusableEntries } from '../../storage/history';
import {
  isReadyToFill,
  type PendingInvoice,
  pendingInvoiceItem,
} from '../../storage/pending-invoice';
import { activeProfileIdItem } from '../../storage/profiles';
import type { Settings } from '../../storage/settings';
import { SelectField } from '../../ui/components/field';
import { Notice, type Tone } from '../../ui/components/notice';
import { FillResult } from '../../ui/fill-result';
import { formatAmount, formatDate, formatDateTime } from '../../ui/format';
import { type MessageKey, useTranslation } from '../../ui/i18n';
import { InvoicePreview } from '../../ui/invoice-preview';
import type { PortalState } from '../../ui/portal-link';
import type { PanelServices } from './services';

/** Previous invoices offered for reuse. */
const REUSE_SHOWN = 10;

export interface InvoicePanelProps {
  readonly pending: PendingInvoice | null;
  readonly profiles: readonly SupplierProfile[];
  readonly active: SupplierProfile | undefined;
  readonly history: readonly HistoryEntry[];
  readonly settings: Settings;
  readonly services: PanelServices;
  /** Number of blocking errors the check found, when it has run. */
  readonly blockingErrors?: number;
  readonly onShowProfiles: () => void;
  readonly onShowCheck: () => void;
}

type Message = { readonly tone: Tone; readonly text: string } | undefined;

function usePortalState(services: PanelServices): [PortalState | undefined, () => void] {
  const [state, setState] = useState<PortalState | undefined>(undefined);
  const refresh = () => {
    void services.portal.state().then(setState);
  };
  useEffect(() => {
    refresh();
    const stop = services.portal.onChange(refresh);
    globalThis.addEventListener('focus', refresh);
    return () => {
      stop();
      globalThis.removeEventListener('focus', refresh);
    };
  }, [services]);
  return [state, refresh];
}

function PortalStatus(props: { state: PortalState | undefined; onRefresh: () => void }): VNode {
  const { t } = useTranslation();
  const { state } = props;
  const [tone, key]: [Tone, MessageKey] =
    state === undefined
      ? ['info', 'common.loading']
      : state.kind === 'no-tab'
        ? ['info', 'portal.noTab']
        : state.kind === 'no-answer'
          ? ['warning', 'portal.noScript']
          : state.status.isInvoiceForm
            ? ['success', 'portal.ready']
            : ['info', 'portal.notForm'];
  return html`<div class="portal-status">
    <${Notice} tone=${tone} id="portal-status">${t(key)}</${Notice}>
    <button type="button" class="small" onClick=${props.onRefresh}>${t('portal.refresh')}</button>
  </div>`;
}

function DropZone(props: { busy: boolean; onFile: (file: File) => void }): VNode {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file !== undefined) props.onFile(file);
  };
  return html`<div
    class=${over ? 'dropzone over' : 'dropzone'}
    onDragOver=${(event: DragEvent) => {
      event.preventDefault();
      setOver(true);
    }}
    onDragLeave=${() => setOver(false)}
    onDrop=${(event: DragEvent) => {
      event.preventDefault();
      setOver(false);
      take(event.dataTransfer?.files);
    }}
  >
    <p>${t('invoice.drop')}</p>
    <label class="button file-button">
      ${t('invoice.choose')}
      <input
        type="file"
        id="invoice-file"
        class="visually-hidden"
        accept=".xml,.pdf,application/xml,text/xml,application/pdf"
        aria-label=${t('invoice.fileLabel')}
        disabled=${props.busy}
        onChange=${(event: Event) => {
          const input = event.currentTarget as HTMLInputElement;
          take(input.files);
          input.value = '';
        }}
      />
    </label>
    <p class="hint">${t('invoice.privacy')}</p>
  </div>`;
}

function ReuseList(props: {
  entries: readonly HistoryEntry[];
  forRecipient: boolean;
  onReuse: (entry: HistoryEntry) => void;
}): VNode {
  const { t, language } = useTranslation();
  return html`<section class="reuse" aria-labelledby="reuse-title">
    <h3 id="reuse-title">${t(props.forRecipient ? 'invoice.reuseFor' : 'invoice.reuse')}</h3>
    ${
      props.entries.length === 0
        ? html`<p class="hint">${t('invoice.reuseNone')}</p>`
        : html`<ul class="reuse-list">
          ${props.entries.map((entry) => {
            const date = entry.issueDate ? formatDate(entry.issueDate, language) : '';
            return html`<li>
              <span>
                <strong>${entry.invoiceNumber}</strong>
                ${entry.recipient.name ? ` — ${entry.recipient.name}` : ''}
                ${entry.amount ? ` — ${formatAmount(entry.amount.value, entry.amount.currency, language)}` : ''}
                ${date ? ` — ${date}` : ''}
              </span>
              <button
                type="button"
                class="small"
                aria-label=${t('invoice.reuseLabel', { number: entry.invoiceNumber, date: date || '—' })}
                onClick=${() => props.onReuse(entry)}
              >
                ${t('invoice.reuseButton')}
              </button>
            </li>`;
          })}
        </ul>`
    }
  </section>`;
}

export function InvoicePanel(props: InvoicePanelProps): VNode {
  const { t, l, language } = useTranslation();
  const { pending, active, services } = props;
  const [portal, refreshPortal] = usePortalState(services);
  const [reading, setReading] = useState(false);
  const [message, setMessage] = useState<Message>(undefined);
  const [notes, setNotes] = useState<readonly LocalizedText[]>([]);
  const [plainPdf, setPlainPdf] = useState<DroppedFile | undefined>(undefined);
  const [filling, setFilling] = useState(false);
  const [fillReport, setFillReport] = useState<FillReport | undefined>(undefined);

  const choose = async (next: PendingInvoice, newNotes: readonly LocalizedText[] = []) => {
    await pendingInvoiceItem.write(next);
    setNotes(newNotes);
    setFillReport(undefined);
    setPlainPdf(undefined);
  };

  const onFile = async (file: File) => {
    setReading(true);
    setMessage(undefined);
    try {
      const dropped = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      const reading = await readInvoiceFile(dropped, services.now());
      if (reading.status === 'read') await choose(reading.pending, reading.notes);
      else if (reading.status === 'needs-extraction') setPlainPdf(reading.file);
      else setMessage({ tone: 'error', text: l(reading.message) });
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setReading(false);
    }
  };

  const extract = async (file: DroppedFile) => {
    setReading(true);
    setMessage(undefined);
    try {
      const answer = await services.edge(props.settings).extract(file.bytes, file.name);
      if (!answer.ok) {
        setMessage({ tone: 'error', text: l(answer.failure.message) });
        return;
      }
      const made = pendingFromExtraction(answer.data, file, services.now());
      await choose(made.pending, made.notes);
    } finally {
      setReading(false);
    }
  };

  const reuse = async (entry: HistoryEntry) => {
    const next = pendingFromHistory(entry, services.now());
    if (next !== undefined) await choose(next);
  };

  const confirmExtraction = async () => {
    if (pending?.extraction === undefined) return;
    await pendingInvoiceItem.write({
      ...pending,
      extraction: { ...pending.extraction, confirmed: true },
    });
  };

  const fill = async () => {
    if (pending === null || portal?.kind !== 'page') return;
    const request = fillRequestOf(pending, active);
    setFilling(true);
    setMessage(undefined);
    setFillReport(undefined);
    try {
      await fillRequestItem.setValue(request);
      const result = await services.portal.fill(portal.tabId, request);
      if (!result.ok) {
        setMessage({ tone: 'error', text: l(result.error.message) });
        return;
      }
      setFillReport(result.report);
      await recordFill({
        invoice: pending.invoice,
        source: pending.source,
        ...(active ? { profileId: active.id } : {}),
        filledAt: services.now(),
      });
    } finally {
      setFilling(false);
      refreshPortal();
    }
  };

  const undo = async () => {
    if (portal?.kind !== 'page') return;
    setFilling(true);
    try {
      const result = await services.portal.undo(portal.tabId);
      setFillReport(undefined);
      setMessage(
        result.ok
          ? {
              tone: 'success',
              text: t('fill.undone', {
                restored: result.report.restored,
                rows: result.report.rowsRemoved,
              }),
            }
          : { tone: 'error', text: l(result.error.message) },
      );
    } finally {
      setFilling(false);
      refreshPortal();
    }
  };

  const page = portal?.kind === 'page' ? portal.status : undefined;
  const blockers: string[] = [];
  if (pending === null) blockers.push(t('invoice.none'));
  else if (!isReadyToFill(pending)) blockers.push(t('invoice.needsConfirm'));
  if (page === undefined || !page.isInvoiceForm) {
    blockers.push(
      t(
        portal?.kind === 'no-answer' ? 'portal.noScript' : page ? 'portal.notForm' : 'portal.noTab',
      ),
    );
  }
  const canFill = blockers.length === 0 && !filling && !page?.busy;
  const canUndo = page?.canUndo === true && !filling;

  const recipient = pending ? findRecipientSiret(pending.invoice) : undefined;
  const recipientSiret = recipient?.kind === 'siret' ? recipient.siret : undefined;
  const reusable = reusableEntries(props.history, recipientSiret).slice(0, REUSE_SHOWN);

  return html`<div class="invoice-panel">
    <h2>${t('invoice.title')}</h2>
    <${PortalStatus} state=${portal} onRefresh=${refreshPortal} />
    <${DropZone} busy=${reading} onFile=${onFile} />
    ${reading ? html`<p role="status">${t('invoice.reading')}</p>` : null}
    ${message ? html`<${Notice} tone=${message.tone}>${message.text}</${Notice}>` : null}
    ${
      plainPdf
        ? html`<${Notice} tone="warning">
          <p>${t('invoice.plainPdf', { url: services.edge(props.settings).baseUrl })}</p>
          <button type="button" disabled=${reading} onClick=${() => extract(plainPdf)}>
            ${t(reading ? 'invoice.extracting' : 'invoice.extract')}
          </button>
        </${Notice}>`
        : null
    }
    ${notes.map((note) => html`<${Notice} tone="info">${l(note)}</${Notice}>`)}
    ${
      pending
        ? html`<div class="pending">
          <p>
            ${t('invoice.from', {
              kind: t(`source.${pending.source.kind}`),
              file: pending.source.fileName,
            })}
            <button type="button" class="small link" onClick=${() => pendingInvoiceItem.clear()}>
              ${t('invoice.clear')}
            </button>
          </p>
          ${
            pending.reusedFrom
              ? html`<${Notice} tone="warning">
                ${t('invoice.reused', {
                  number: pending.reusedFrom.invoiceNumber,
                  date: formatDateTime(pending.reusedFrom.filledAt, language),
                })}
              </${Notice}>`
              : null
          }
          ${
            pending.extraction
              ? html`<${Notice} tone=${pending.extraction.confirmed ? 'success' : 'warning'}>
                <p>${t(pending.extraction.confirmed ? 'invoice.confirmed' : 'invoice.extracted')}</p>
                ${
                  pending.extraction.confirmed
                    ? null
                    : html`<button type="button" onClick=${confirmExtraction}>${t('invoice.confirm')}</button>`
                }
              </${Notice}>`
              : null
          }
          <${InvoicePreview}
            invoice=${pending.invoice}
            confidence=${pending.extraction?.confidence}
          />
        </div>`
        : html`<p>${t('invoice.none')}</p>`
    }
    <section class="fill" aria-labelledby="fill-title">
      <h3 id="fill-title" class="visually-hidden">${t('invoice.fill')}</h3>
      ${
        props.profiles.length === 0
          ? html`<${Notice} tone="info">
            ${t('invoice.needsProfile')}
            <button type="button" class="small link" onClick=${props.onShowProfiles}>${t('profiles.new')}</button>
          </${Notice}>`
          : html`<${SelectField}
            id="fill-profile"
            label=${t('invoice.withProfile')}
            value=${active?.id ?? ''}
            options=${props.profiles.map((profile) => ({ value: profile.id, label: profile.label }))}
            onChange=${(id: string) => activeProfileIdItem.write(id)}
          />`
      }
      ${
        props.blockingErrors !== undefined && props.blockingErrors > 0
          ? html`<${Notice} tone="warning">
            ${t('check.verdict.invalid', { count: props.blockingErrors })}
            <button type="button" class="small link" onClick=${props.onShowCheck}>${t('tab.check')}</button>
          </${Notice}>`
          : null
      }
      <div class="actions">
        <button
          type="button"
          class="primary"
          id="fill-button"
          disabled=${!canFill}
          aria-describedby=${blockers.length > 0 ? 'fill-blockers' : undefined}
          onClick=${fill}
        >
          ${t(filling ? 'invoice.filling' : 'invoice.fill')}
        </button>
        <button type="button" id="undo-button" disabled=${!canUndo} onClick=${undo}>
          ${t('invoice.undo')}
        </button>
      </div>
      ${
        blockers.length > 0
          ? html`<ul id="fill-blockers" class="hint">
            ${blockers.map((blocker) => html`<li>${blocker}</li>`)}
          </ul>`
          : null
      }
      ${fillReport ? html`<${FillResult} report=${fillReport} />` : null}
    </section>
    <${ReuseList}
      entries=${reusable}
      forRecipient=${recipientSiret !== undefined}
      onReuse=${reuse}
    />
  </div>`;
}
