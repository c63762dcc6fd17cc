/**
 * The D1 schema of the directory, seen from code: table and column names, and the SQL that loads
 * rows into it. The migration in edge/migrations/ creates these tables; the CLI writes SQL text
 * for `wrangler d1 execute --file`, and the cron binds the same statements with parameters.
 */

import type { DirectoryImportMeta, DirectoryService, DirectoryStructure } from './model';
import type { DirectoryContent } from './parse';

export const STRUCTURE_COLUMNS = [
  'identifier',
  'identifier_type',
  'name',
  'active',
  'service_code_required',
  'engagement_required',
  'engagement_or_service',
  'postcode',
  'city',
  'source',
  'import_id',
  'updated_at',
] as const;

export const SERVICE_COLUMNS = [
  'structure_identifier',
  'code',
  'label',
  'engagement_required',
  'active',
  'source',
  'import_id',
  'updated_at',
] as const;

export type SqlValue = string | number | null;

function flag(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}

export function structureParams(row: DirectoryStructure, meta: DirectoryImportMeta): SqlValue[] {
  return [
    row.identifier,
    row.identifierType,
    row.name,
    flag(row.active),
    flag(row.serviceCodeRequired),
    flag(row.engagementRequired),
    flag(row.engagementOrService),
    row.postcode,
    row.city,
    meta.source,
    meta.importId,
    meta.importedAt,
  ];
}

export function serviceParams(row: DirectoryService, meta: DirectoryImportMeta): SqlValue[] {
  return [
    row.structureIdentifier,
    row.code,
    row.label,
    flag(row.engagementRequired),
    flag(row.active),
    meta.source,
    meta.importId,
    meta.importedAt,
  ];
}

/** D1 binds at most 100 parameters per statement: rows per multi-row INSERT. */
export const STRUCTURE_ROWS_PER_STATEMENT = Math.floor(100 / STRUCTURE_COLUMNS.length);
export const SERVICE_ROWS_PER_STATEMENT = Math.floor(100 / SERVICE_COLUMNS.length);

function insertSql(table: string, columns: readonly string[], rows: readonly string[]): string {
  return `INSERT OR REPLACE INTO ${table} (${columns.join(', ')}) VALUES ${rows.join(', ')}`;
}

function placeholders(count: number): string {
  return `(${Array.from({ length: count }, () => '?').join(', ')})`;
}

/** `INSERT OR REPLACE` with `rowCount` rows of `?` placeholders. */
export function insertStructuresSql(rowCount: number): string {
  return insertSql(
    'chorus_structures',
    STRUCTURE_COLUMNS,
    Array(rowCount).fill(placeholders(STRUCTURE_COLUMNS.length)),
  );
}

export function insertServicesSql(rowCount: number): string {
  return insertSql(
    'chorus_services',
    SERVICE_COLUMNS,
    Array(rowCount).fill(placeholders(SERVICE_COLUMNS.length)),
  );
}

/**
 * After a complete import: what the new import replaces. Seed rows always go (demonstration data
 * must not outlive real data); earlier directory services go only when this import brought
 * services, since the PISTE file may list structures alone.
 */
export function replaceStatements(
  meta: DirectoryImportMeta,
  importedServices: boolean,
): { sql: string; params: SqlValue[] }[] {
  const statements = [
    {
      sql: "DELETE FROM chorus_structures WHERE source IN ('directory', 'seed') AND import_id <> ?",
      params: [meta.importId],
    },
    {
      sql: "DELETE FROM chorus_services WHERE source = 'seed' AND import_id <> ?",
      params: [meta.importId],
    },
  ];
  if (importedServices) {
    statements.push({
      sql: "DELETE FROM chorus_services WHERE source = 'directory' AND import_id <> ?",
      params: [meta.importId],
    });
  }
  return statements;
}

export function recordImportSql(): string {
  return 'INSERT OR REPLACE INTO directory_imports (import_id, source, imported_at, structures, services, skipped) VALUES (?, ?, ?, ?, ?, ?)';
}

/** A value as an SQLite literal. */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  // NUL would end the string early in some SQLite front ends; it has no business in a name.
  return `'${value.replaceAll('\u0000', '').replaceAll("'", "''")}'`;
}

function inline(sql: string, params: readonly SqlValue[]): string {
  let next = 0;
  return sql.replace(/\?/g, () => sqlLiteral(params[next++] ?? null));
}

export interface SqlScriptOptions {
  /** Also delete what this import replaces (a full directory, not an addition). */
  readonly replace: boolean;
}

/**
 * SQL text for `wrangler d1 execute DB --file …`: multi-row upserts, then the import record.
 * No BEGIN/COMMIT: D1 runs a file as one unit and refuses explicit transactions.
 */
export function directorySqlScript(
  content: Pick<DirectoryContent, 'structures' | 'services' | 'skipped'>,
  meta: DirectoryImportMeta,
  options: SqlScriptOptions,
): string {
  const lines = [
    `-- Chorus Pro directory: ${content.structures.length} structures, ${content.services.length} services, import ${meta.importId} (${meta.source}).`,
    '-- Generated by `chorus-assist directory import`; apply with `wrangler d1 execute DB --file <this file>`.',
  ];
  const chunk = <T>(rows: readonly T[], size: number): T[][] =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, index) =>
      rows.slice(index * size, (index + 1) * size),
    );
  for (const rows of chunk(content.structures, STRUCTURE_ROWS_PER_STATEMENT)) {
    lines.push(
      `${inline(
        insertStructuresSql(rows.length),
        rows.flatMap((row) => structureParams(row, meta)),
      )};`,
    );
  }
  for (const rows of chunk(content.services, SERVICE_ROWS_PER_STATEMENT)) {
    lines.push(
      `${inline(
        insertServicesSql(rows.length),
        rows.flatMap((row) => serviceParams(row, meta)),
      )};`,
    );
  }
  if (options.replace) {
    for (const statement of replaceStatements(meta, content.services.length > 0)) {
      lines.push(`${inline(statement.sql, statement.params)};`);
    }
  }
  lines.push(
    `${inline(recordImportSql(), [meta.importId, meta.source, meta.importedAt, content.structures.length, content.services.length, content.skipped.length])};`,
  );
  return `${lines.join('\n')}\n`;
}
