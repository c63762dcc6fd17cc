/**
 * What a fill did, for the clerk: how many fields were filled, which ones need a look (named by
 * the portal's own labels, which are French whatever the panel's language), and what the plan
 * could not carry. The panel never submits: the last words say so.
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { mappingEntries, type PortalMappingKey } from '../../shared/chorus/portal-form';
import type { LocalizedText } from '../../shared/i18n/text';
import type { FieldOutcome, FieldReport, FillReport } from '../fill/report';
import { Notice } from './components/notice';
import { useTranslation } from './i18n';

const OUTCOME_WORDS: Readonly<Record<FieldOutcome, LocalizedText>> = {
  filled: { fr: 'rempli', en: 'filled' },
  unchanged: { fr: 'déjà juste', en: 'already right' },
  'skipped-disabled': { fr: 'désactivé sur la page', en: 'disabled on the page' },
  'skipped-readonly': { fr: 'en lecture seule', en: 'read-only' },
  'not-found': { fr: 'introuvable sur la page', en: 'not found on the page' },
  'no-option': { fr: 'aucune option ne correspond', en: 'no matching option' },
  'invalid-value': { fr: 'valeur impossible à saisir', en: 'value cannot be entered' },
  'computed-same': { fr: 'calculé par la page, conforme', en: 'computed by the page, matching' },
  'computed-differs': {
    fr: 'calculé par la page, différent',
    en: 'computed by the page, different',
  },
  unsupported: { fr: 'à joindre à la main', en: 'to attach by hand' },
  failed: { fr: 'échec', en: 'failed' },
};

/** Outcomes the clerk must look at. */
const TO_CHECK: ReadonlySet<FieldOutcome> = new Set([
  'not-found',
  'no-option',
  'invalid-value',
  'computed-differs',
  'unsupported',
  'failed',
]);

const LABELS: ReadonlyMap<string, string> = new Map(
  mappingEntries().map((ref) => [ref.mappingKey, ref.entry.label]),
);

export function fieldLabel(key: PortalMappingKey, row?: number): string {
  const label = LABELS.get(key) ?? key;
  return row === undefined ? label : `${label} (${row + 1})`;
}

export function fieldsToCheck(report: FillReport): FieldReport[] {
  return report.fields.filter((field) => TO_CHECK.has(field.outcome));
}

export function FillResult(props: { report: FillReport }): VNode {
  const { t, l } = useTranslation();
  const { report } = props;
  const toCheck = fieldsToCheck(report);
  // In the table's order: what was filled first, failures last.
  const counts = (Object.keys(OUTCOME_WORDS) as FieldOutcome[])
    .filter((outcome) => (report.counts[outcome] ?? 0) > 0)
    .map((outcome) => `${report.counts[outcome]} ${l(OUTCOME_WORDS[outcome])}`);
  return html`<div class="fill-result">
    <${Notice} tone=${toCheck.length > 0 || report.notes.length > 0 ? 'warning' : 'success'}>
      ${t('fill.done', { counts: counts.join(', ') })}
    </${Notice}>
    ${report.submitBlocked ? html`<${Notice} tone="warning">${t('fill.submitBlocked')}</${Notice}>` : null}
    ${
      toCheck.length > 0
        ? html`<h4>${t('fill.fieldsToCheck')}</h4>
          <ul class="fill-fields">
            ${toCheck.map(
              (field) =>
                html`<li data-outcome=${field.outcome}>
                  ${fieldLabel(field.key, field.row)} — ${l(OUTCOME_WORDS[field.outcome])}${
                    field.pageValue ? ` (${field.pageValue})` : ''
                  }
                </li>`,
            )}
          </ul>`
        : null
    }
    ${
      report.notes.length > 0
        ? html`<h4>${t('fill.notes')}</h4>
          <ul class="fill-notes">
            ${report.notes.map((note) => html`<li data-code=${note.code}>${l(note.message)}</li>`)}
          </ul>`
        : null
    }
    <p class="hint">${t('fill.review')}</p>
  </div>`;
}
