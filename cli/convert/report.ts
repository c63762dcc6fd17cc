/**
 * What `convert` tells about each file: the JSON Lines record, the French warnings on stderr and
 * the summary table.
 */
import type { SourceFormat, SourceNote, TargetFormat } from '../../shared/convert';
import type { LocalizedText } from '../../shared/i18n/text';
import type { DerivedTerm, DroppedTerm } from '../../shared/syntax/write';
import type { FacturxProfile } from '../../shared/xsd/schema-sets';
import { renderTable } from '../table';

export type ConversionStatus = 'converted' | 'failed';

/** The outcome of one file, whichever way it went. */
export interface ConversionOutcome {
  readonly file: string;
  readonly output: string | null;
  readonly from: SourceFormat | null;
  readonly to: TargetFormat;
  readonly profile: FacturxProfile | null;
  readonly status: ConversionStatus;
  readonly dropped: readonly DroppedTerm[];
  readonly derived: readonly DerivedTerm[];
  readonly notes: readonly SourceNote[];
  readonly error?: { readonly code: string; readonly message: LocalizedText };
}

/** One JSON Line: French messages under `message`, English under `message_en`, as `validate` does. */
export function toRecord(outcome: ConversionOutcome): Record<string, unknown> {
  return {
    file: outcome.file,
    output: outcome.output,
    from: outcome.from,
    to: outcome.to,
    profile: outcome.profile,
    status: outcome.status,
    dropped: outcome.dropped.map((d) => ({
      term: d.term,
      pointer: d.pointer,
      reason: d.reason,
      message: d.message.fr,
      message_en: d.message.en,
    })),
    derived: outcome.derived.map((d) => ({
      term: d.term,
      pointer: d.pointer,
      value: d.value,
      message: d.message.fr,
      message_en: d.message.en,
    })),
    notes: outcome.notes.map((n) => ({
      code: n.code,
      ...(n.term !== undefined ? { term: n.term } : {}),
      message: n.message.fr,
      message_en: n.message.en,
    })),
    ...(outcome.error
      ? {
          error: {
            code: outcome.error.code,
            message: outcome.error.message.fr,
            message_en: outcome.error.message.en,
          },
        }
      : {}),
  };
}

function section(title: string, messages: readonly string[]): string[] {
  return messages.length === 0
    ? []
    : [`  ${title} (${messages.length}) :`, ...messages.map((m) => `    - ${m}`)];
}

/** The French warnings about one file for stderr; empty when there is nothing to say. */
export function warningsText(outcome: ConversionOutcome): string {
  if (outcome.error) return `Échec — ${outcome.file} : ${outcome.error.message.fr}\n`;
  const lines = [
    ...section(
      'Lecture',
      outcome.notes.map((n) => n.message.fr),
    ),
    ...section(
      'Données non reprises dans le fichier converti',
      outcome.dropped.map((d) => d.message.fr),
    ),
    ...section(
      'Données calculées pour la syntaxe cible',
      outcome.derived.map((d) => d.message.fr),
    ),
  ];
  if (lines.length === 0) return '';
  return [`Attention — ${outcome.file} → ${outcome.output} :`, ...lines]
    .map((l) => `${l}\n`)
    .join('');
}

const STATUS_LABELS: Readonly<Record<ConversionStatus, string>> = {
  converted: 'converti',
  failed: 'échec',
};

function targetLabel(outcome: ConversionOutcome): string {
  return outcome.profile && outcome.to !== 'json' && outcome.to !== 'ubl'
    ? `${outcome.to} (${outcome.profile})`
    : outcome.to;
}

export function summaryTable(outcomes: readonly ConversionOutcome[]): string {
  const rows = outcomes.map((o) => [
    o.file,
    o.from ?? '—',
    targetLabel(o),
    STATUS_LABELS[o.status],
    o.status === 'converted' ? String(o.dropped.length) : '—',
  ]);
  const converted = outcomes.filter((o) => o.status === 'converted').length;
  const failed = outcomes.length - converted;
  return `${renderTable(
    [
      { header: 'Fichier' },
      { header: 'Depuis' },
      { header: 'Vers' },
      { header: 'Statut' },
      { header: 'Non repris', align: 'right' },
    ],
    rows,
  )}\n${outcomes.length} fichier(s) : ${converted} converti(s), ${failed} en échec\n`;
}
