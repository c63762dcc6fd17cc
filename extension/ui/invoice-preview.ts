/**
 * What will be filled, before it is: parties, references, lines and totals of the chosen invoice.
 * For values read by the edge's extraction, each value shows its confidence, and the doubtful ones
 * are marked « à vérifier » in words as well as in colour.
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { findRecipientSiret } from '../../shared/chorus/recipient-siret';
import { type Invoice, isCreditNote, pointer } from '../../shared/model';
import { LOW_CONFIDENCE } from '../sources/extracted';
import { formatAmount, formatDate, formatDecimal, formatSiret, percent } from './format';
import { type MessageKey, useTranslation } from './i18n';

/** Lines shown in full; a long invoice shows the first ones and a count. */
export const PREVIEW_MAX_LINES = 50;

export interface InvoicePreviewProps {
  readonly invoice: Invoice;
  /** Confidence of each extracted value, by model pointer. */
  readonly confidence?: Readonly<Record<string, number>>;
}

type Kind = 'text' | 'amount' | 'date' | 'siret';

const isZero = (value: string) => /^[-+]?0*(\.0*)?$/.test(value.trim());

export function InvoicePreview(props: InvoicePreviewProps): VNode {
  const { invoice, confidence } = props;
  const { t, l, language } = useTranslation();
  const currency = invoice['BT-5'];

  const show = (value: string | undefined, kind: Kind): string | undefined => {
    if (value === undefined) return undefined;
    switch (kind) {
      case 'amount':
        return formatAmount(value, currency, language);
      case 'date':
        return formatDate(value, language);
      case 'siret':
        return formatSiret(value);
      case 'text':
        return value;
    }
  };

  const confidenceOf = (at: string): number | undefined =>
    confidence === undefined ? undefined : (confidence[at] ?? confidence[`${at}/id`]);

  const mark = (at: string): VNode | null => {
    const level = confidenceOf(at);
    if (level === undefined) return null;
    const low = level < LOW_CONFIDENCE;
    return html`<span class=${low ? 'confidence low' : 'confidence'}>
      ${t('preview.confidence', { percent: percent(level) })}${
        low ? html` — <strong>${t('preview.toCheck')}</strong>` : null
      }
    </span>`;
  };

  const row = (
    label: MessageKey,
    value: string | undefined,
    at: string,
    kind: Kind = 'text',
    problem?: string,
  ) => {
    const shown = show(value, kind);
    const level = confidenceOf(at);
    const doubtful = problem !== undefined || (level !== undefined && level < LOW_CONFIDENCE);
    return html`<div class=${doubtful ? 'preview-row doubtful' : 'preview-row'} data-at=${at}>
      <dt>${t(label)}</dt>
      <dd>
        ${shown === undefined ? html`<span class="missing">${t('preview.missing')}</span>` : shown} ${mark(at)}
        ${problem ? html`<span class="problem">${problem}</span>` : null}
      </dd>
    </div>`;
  };

  const seller = invoice['BG-4'];
  const sellerSiret = seller?.['BT-29']?.find((id) => id.scheme === '0009')?.id;
  const buyer = invoice['BG-7'];
  const recipient = findRecipientSiret(invoice);
  const recipientRow =
    recipient.kind === 'siret'
      ? row('preview.siret', recipient.siret, recipient.source.at, 'siret')
      : recipient.kind === 'siren'
        ? row('preview.siren', recipient.source.id, recipient.source.at)
        : recipient.kind === 'missing'
          ? row('preview.siret', undefined, pointer('BG-7', 'BT-47'))
          : recipient.kind === 'invalid'
            ? row(
                'preview.siret',
                recipient.source.id,
                recipient.source.at,
                'text',
                l(recipient.problem.message),
              )
            : row('preview.recipientId', recipient.source.id, recipient.source.at);
  const totals = invoice['BG-22'];
  const lines = invoice['BG-25'] ?? [];
  const type = invoice['BT-3'];
  const typeLabel =
    type === undefined
      ? undefined
      : `${t(isCreditNote(type) ? 'preview.creditNote' : 'preview.invoice')} (${type})`;

  return html`<section class="preview" aria-labelledby="preview-title">
    <h3 id="preview-title">${t('preview.title')}</h3>
    <div class="preview-groups">
      <div class="preview-group">
        <h4>${t('preview.document')}</h4>
        <dl>
          ${row('preview.number', invoice['BT-1'], pointer('BT-1'))}
          ${row('preview.date', invoice['BT-2'], pointer('BT-2'), 'date')}
          ${row('preview.type', typeLabel, pointer('BT-3'))}
          ${row('preview.currency', currency, pointer('BT-5'))}
          ${invoice['BT-9'] ? row('preview.dueDate', invoice['BT-9'], pointer('BT-9'), 'date') : null}
        </dl>
      </div>
      <div class="preview-group">
        <h4>${t('preview.seller')}</h4>
        <dl>
          ${row('preview.name', seller?.['BT-27'], pointer('BG-4', 'BT-27'))}
          ${row('preview.siret', sellerSiret, pointer('BG-4', 'BT-29'), 'siret')}
          ${row('preview.vat', seller?.['BT-31'], pointer('BG-4', 'BT-31'))}
        </dl>
      </div>
      <div class="preview-group">
        <h4>${t('preview.buyer')}</h4>
        <dl>
          ${row('preview.name', buyer?.['BT-44'], pointer('BG-7', 'BT-44'))} ${recipientRow}
        </dl>
      </div>
      <div class="preview-group">
        <h4>${t('preview.references')}</h4>
        <dl>
          ${row('preview.serviceCode', invoice['BT-10'], pointer('BT-10'))}
          ${row('preview.engagement', invoice['BT-13'], pointer('BT-13'))}
          ${row('preview.contract', invoice['BT-12'], pointer('BT-12'))}
        </dl>
      </div>
    </div>
    <h4>${t('preview.lines')} (${lines.length})</h4>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t('preview.lines')}>
      <table class="lines">
        <thead>
          <tr>
            <th scope="col">${t('preview.line.id')}</th>
            <th scope="col">${t('preview.line.item')}</th>
            <th scope="col" class="num">${t('preview.line.quantity')}</th>
            <th scope="col" class="num">${t('preview.line.price')}</th>
            <th scope="col" class="num">${t('preview.line.vat')}</th>
            <th scope="col" class="num">${t('preview.line.net')}</th>
          </tr>
        </thead>
        <tbody>
          ${lines.slice(0, PREVIEW_MAX_LINES).map((line, index) => {
            const at = (...path: string[]) => pointer('BG-25', index, ...path);
            const cell = (value: string | undefined, where: string, formatted?: string) => {
              const level = confidenceOf(where);
              const doubtful = level !== undefined && level < LOW_CONFIDENCE;
              return html`<span class=${doubtful ? 'doubtful' : undefined}>
                ${value === undefined ? '—' : (formatted ?? value)} ${mark(where)}
              </span>`;
            };
            const quantity = line['BT-129'];
            const rate = line['BG-30']?.['BT-152'];
            return html`<tr>
              <td>${cell(line['BT-126'], at('BT-126'))}</td>
              <td>${cell(line['BG-31']?.['BT-153'], at('BG-31', 'BT-153'))}</td>
              <td class="num">
                ${cell(
                  quantity,
                  at('BT-129'),
                  quantity === undefined
                    ? undefined
                    : `${formatDecimal(quantity, language)} ${line['BT-130'] ?? ''}`.trim(),
                )}
              </td>
              <td class="num">
                ${cell(
                  line['BG-29']?.['BT-146'],
                  at('BG-29', 'BT-146'),
                  show(line['BG-29']?.['BT-146'], 'amount'),
                )}
              </td>
              <td class="num">
                ${cell(
                  rate,
                  at('BG-30', 'BT-152'),
                  rate === undefined ? undefined : `${formatDecimal(rate, language)} %`,
                )}
              </td>
              <td class="num">${cell(line['BT-131'], at('BT-131'), show(line['BT-131'], 'amount'))}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${
      lines.length > PREVIEW_MAX_LINES
        ? html`<p class="hint">${t('preview.moreLines', { count: lines.length - PREVIEW_MAX_LINES })}</p>`
        : null
    }
    <div class="preview-group totals">
      <h4>${t('preview.totals')}</h4>
      <dl>
        ${row('preview.totalNet', totals?.['BT-109'], pointer('BG-22', 'BT-109'), 'amount')}
        ${row('preview.totalVat', totals?.['BT-110'], pointer('BG-22', 'BT-110'), 'amount')}
        ${row('preview.totalGross', totals?.['BT-112'], pointer('BG-22', 'BT-112'), 'amount')}
        ${
          totals?.['BT-113'] !== undefined && !isZero(totals['BT-113'])
            ? row('preview.paid', totals['BT-113'], pointer('BG-22', 'BT-113'), 'amount')
            : null
        }
        ${row('preview.due', totals?.['BT-115'], pointer('BG-22', 'BT-115'), 'amount')}
      </dl>
    </div>
  </section>`;
}
