import type { ChorusStructure, StructureSource } from '../../shared/api/structure';
import type {
  DirectoryImportMeta,
  DirectoryService,
  DirectoryStructure,
  SkippedLine,
} from '../../shared/lookup/directory/model';
import type { DirectorySink } from '../../shared/lookup/directory/parse';
import {
  insertServicesSql,
  insertStructuresSql,
  recordImportSql,
  replaceStatements,
  SERVICE_ROWS_PER_STATEMENT,
  STRUCTURE_ROWS_PER_STATEMENT,
  serviceParams,
  structureParams,
} from '../../shared/lookup/directory/sql';

interface StructureRow {
  identifier: string;
  identifier_type: string;
  name: string;
  active: number;
  service_code_required: number;
  engagement_required: number;
  engagement_or_service: number;
  source: StructureSource;
  updated_at: string;
}

interface ServiceRow {
  code: string;
  label: string;
  engagement_required: number | null;
}

/** The Chorus Pro directory in D1: reads for the API, batched writes for the cron refresh. */
export class DirectoryStore {
  constructor(private readonly db: D1Database) {}

  async structure(siret: string): Promise<ChorusStructure | null> {
    const [structures, services] = await this.db.batch([
      this.db
        .prepare(
          'SELECT identifier, identifier_type, name, active, service_code_required, engagement_required, engagement_or_service, source, updated_at FROM chorus_structures WHERE identifier = ?',
        )
        .bind(siret),
      this.db
        .prepare(
          'SELECT code, label, engagement_required FROM chorus_services WHERE structure_identifier = ? AND active = 1 ORDER BY code',
        )
        .bind(siret),
    ]);
    const row = (structures?.results as StructureRow[] | undefined)?.[0];
    if (!row) return null;
    return {
      identifier: row.identifier,
      identifierType: row.identifier_type,
      name: row.name,
      active: row.active === 1,
      flags: {
        serviceCodeRequired: row.service_code_required === 1,
        engagementRequired: row.engagement_required === 1,
        engagementOrService: row.engagement_or_service === 1,
      },
      services: ((services?.results ?? []) as ServiceRow[]).map((service) => ({
        code: service.code,
        label: service.label,
        engagementRequired:
          service.engagement_required === null ? null : service.engagement_required === 1,
      })),
      source: row.source,
      updatedAt: row.updated_at,
    };
  }

  writer(meta: DirectoryImportMeta): DirectoryWriter {
    return new DirectoryWriter(this.db, meta);
  }
}

/** Statements per D1 batch: large enough to be quick, small enough for one request. */
const STATEMENTS_PER_BATCH = 50;

/**
 * Receives parsed rows (it is the parser's sink) and writes them in multi-row upserts. The parser
 * is synchronous, D1 is not: rows pile up in `pending` until the caller awaits `flush()`.
 */
export class DirectoryWriter {
  private structures: DirectoryStructure[] = [];
  private services: DirectoryService[] = [];
  readonly skippedLines: SkippedLine[] = [];
  structureCount = 0;
  serviceCount = 0;
  skippedCount = 0;

  readonly sink: DirectorySink = {
    structure: (row) => {
      this.structures.push(row);
      this.structureCount += 1;
    },
    service: (row) => {
      this.services.push(row);
      this.serviceCount += 1;
    },
    skipped: (line) => {
      this.skippedCount += 1;
      // A few examples are enough to diagnose a format change.
      if (this.skippedLines.length < 20) this.skippedLines.push(line);
    },
  };

  constructor(
    private readonly db: D1Database,
    private readonly meta: DirectoryImportMeta,
  ) {}

  async flush(): Promise<void> {
    const statements: D1PreparedStatement[] = [];
    const structures = this.structures.splice(0);
    const services = this.services.splice(0);
    for (let start = 0; start < structures.length; start += STRUCTURE_ROWS_PER_STATEMENT) {
      const rows = structures.slice(start, start + STRUCTURE_ROWS_PER_STATEMENT);
      statements.push(
        this.db
          .prepare(insertStructuresSql(rows.length))
          .bind(...rows.flatMap((row) => structureParams(row, this.meta))),
      );
    }
    for (let start = 0; start < services.length; start += SERVICE_ROWS_PER_STATEMENT) {
      const rows = services.slice(start, start + SERVICE_ROWS_PER_STATEMENT);
      statements.push(
        this.db
          .prepare(insertServicesSql(rows.length))
          .bind(...rows.flatMap((row) => serviceParams(row, this.meta))),
      );
    }
    for (let start = 0; start < statements.length; start += STATEMENTS_PER_BATCH) {
      await this.db.batch(statements.slice(start, start + STATEMENTS_PER_BATCH));
    }
  }

  /** After the last flush of a complete download: drop what it replaces, record the import. */
  async finish(): Promise<void> {
    const { meta } = this;
    await this.db.batch([
      ...replaceStatements(meta, this.serviceCount > 0).map((statement) =>
        this.db.prepare(statement.sql).bind(...statement.params),
      ),
      this.db
        .prepare(recordImportSql())
        .bind(
          meta.importId,
          meta.source,
          meta.importedAt,
          this.structureCount,
          this.serviceCount,
          this.skippedCount,
        ),
    ]);
  }
}
