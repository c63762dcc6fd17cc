/**
 * What `extract` prints for one PDF: a JSON Lines record, or a French summary a clerk can hold
 * against the page (every value with its confidence).
 */
import type {
  ExtractedField,
  ExtractedLine,
  ExtractedVatRow,
  ExtractionResult,
} from '../../shared/extract';
import { definitionOf } from '../../shared/model';
import { renderTable } from '../table';

/** True when the file gave at least one value or one line: the command's notion of success. */
export function extractedSomething(result: ExtractionResult): boolean {
  return Object.keys(result.fields).length > 0 || result.lines.length > 0;
}

function fieldRecord(field: ExtractedField): Record<string, unknown> {
  return {
    value: field.value,
    confidence: field.confidence,
    ...(field.scheme !== undefined ? { scheme: field.scheme } : {}),
    ...(field.derived ? { derived: true } : {}),
    page: field.page,
  };
}

/** The terms of a row (BT-… keys) and its confidence, without the layout data. */
function rowRecord(row: ExtractedLine | ExtractedVatRow): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('BT-')) record[key] = value;
  }
  return { ...record, confidence: row.confidence, page: row.page };
}

export function toRecord(file: string, result: ExtractionResult): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [term, field] of Object.entries(result.fields)) {
    if (field) fields[term] = fieldRecord(field);
  }
  return {
    file,
    fields,
    lines: result.lines.map(rowRecord),
    vat_breakdown: result.vatBreakdown.map(rowRecord),
    warnings: result.warnings.map((w) => ({
      code: w.code,
      ...(w.term !== undefined ? { term: w.term } : {}),
      message: w.message.fr,
      message_en: w.message.en,
    })),
    pages: result.pageCount,
    ...(result.error
      ? {
          error: {
            code: result.error.code,
            message: result.error.message.fr,
            message_en: result.error.message.en,
          },
        }
      : {}),
  };
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

function termName(term: string): string {
  return definitionOf(term)?.name.fr ?? '';
}

function fieldValue(field: ExtractedField): string {
  const scheme = field.scheme === undefined ? '' : ` (schéma ${field.scheme})`;
  const derived = field.derived ? ' (déduit)' : '';
  return `${field.value}${scheme}${derived}`;
}

function lineText(line: ExtractedLine, index: number): string {
  const parts = [
    line['BT-129'] !== undefined ? `quantité ${line['BT-129']}` : undefined,
    line['BT-148'] !== undefined ? `prix brut ${line['BT-148']}` : undefined,
    line['BT-146'] !== undefined ? `prix net ${line['BT-146']}` : undefined,
    line['BT-131'] !== undefined ? `montant ${line['BT-131']}` : undefined,
    line['BT-152'] !== undefined ? `TVA ${line['BT-152']} %` : undefined,
  ].filter((part): part is string => part !== undefined);
  const name = line['BT-153'] ?? '(sans libellé)';
  return `    ${index + 1}. ${name} — ${parts.join(', ') || 'aucun montant lu'} [${percent(line.confidence)}]`;
}

function vatText(row: ExtractedVatRow): string {
  const rate = row['BT-119'] !== undefined ? `${row['BT-119']} %` : 'sans taux';
  const category = row['BT-118'] !== undefined ? ` (catégorie ${row['BT-118']})` : '';
  const parts = [
    row['BT-116'] !== undefined ? `base ${row['BT-116']}` : undefined,
    row['BT-117'] !== undefined ? `TVA ${row['BT-117']}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return `    ${rate}${category} : ${parts.join(', ') || 'aucun montant lu'} [${percent(row.confidence)}]`;
}

function indent(text: string): string[] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`);
}

export function renderText(file: string, result: ExtractionResult): string {
  const out = [file];
  if (result.error) {
    out.push(`  Rien n'a pu être lu : ${result.error.message.fr}`);
  } else {
    const fields = Object.entries(result.fields).filter(
      (entry): entry is [string, ExtractedField] => entry[1] !== undefined,
    );
    out.push(
      `  Lu dans le texte du PDF : ${fields.length} donnée(s), ${result.lines.length} ligne(s), ${result.vatBreakdown.length} taux de TVA — à vérifier sur la page`,
    );
    if (fields.length > 0) {
      out.push(
        ...indent(
          renderTable(
            [
              { header: 'Terme' },
              { header: 'Libellé' },
              { header: 'Valeur' },
              { header: 'Confiance', align: 'right' },
            ],
            fields.map(([term, field]) => [
              term,
              termName(term),
              fieldValue(field),
              percent(field.confidence),
            ]),
          ),
        ),
      );
    }
    if (result.lines.length > 0) {
      out.push(`  Lignes de facture (${result.lines.length}) :`, ...result.lines.map(lineText));
    }
    if (result.vatBreakdown.length > 0) {
      out.push(
        `  Ventilation de la TVA (${result.vatBreakdown.length}) :`,
        ...result.vatBreakdown.map(vatText),
      );
    }
  }
  if (result.warnings.length > 0) {
    out.push(
      `  Avertissements (${result.warnings.length}) :`,
      ...result.warnings.map((w) => `    - ${w.message.fr}`),
    );
  }
  return `${out.join('\n')}\n\n`;
}
