/**
 * Turns the files of a Chorus Pro directory download into structures and services, streaming:
 * bytes go in as they are decompressed, rows come out through callbacks. The CLI and the cron
 * refresh both use it; only where the rows go differs (SQL text or D1 batches).
 */

import { type RecordReading, readHeader, serviceReader, structureReader } from './columns';
import { CsvRecordReader } from './csv';
import type { DirectoryService, DirectoryStructure, SkippedLine } from './model';
import { DirectoryTextDecoder, type TextDecoderLike } from './text-decoding';

export interface DirectorySink {
  structure(row: DirectoryStructure): void;
  service(row: DirectoryService): void;
  skipped(line: SkippedLine): void;
}

export class DirectoryFileParser {
  private readonly decoder: DirectoryTextDecoder;
  private readonly csv = new CsvRecordReader(';');
  private line = 0;
  private handle: ((record: readonly string[]) => void) | null = null;

  constructor(
    private readonly fileName: string,
    private readonly sink: DirectorySink,
    makeUtf8Decoder: () => TextDecoderLike,
  ) {
    this.decoder = new DirectoryTextDecoder(makeUtf8Decoder);
  }

  push(bytes: Uint8Array, final: boolean): void {
    const records = this.csv.push(this.decoder.decode(bytes, final));
    if (final) records.push(...this.csv.end());
    for (const record of records) this.take(record);
  }

  private take(record: readonly string[]): void {
    this.line += 1;
    if (this.handle) {
      this.handle(record);
      return;
    }
    const header = readHeader(record);
    const report = <T>(reading: RecordReading<T>, emit: (value: T) => void) => {
      if (reading.ok) emit(reading.value);
      else this.sink.skipped({ file: this.fileName, line: this.line, reason: reading.reason });
    };
    if (header.kind === 'services') {
      const read = serviceReader(header.header);
      this.handle = (row) => report(read(row), (value) => this.sink.service(value));
    } else {
      const read = structureReader(header.header);
      this.handle = (row) => report(read(row), (value) => this.sink.structure(value));
    }
    if (!header.hadHeader) this.handle(record);
  }
}

export interface DirectoryContent {
  readonly structures: DirectoryStructure[];
  readonly services: DirectoryService[];
  readonly skipped: SkippedLine[];
}

/** Reads whole files at once (the CLI, tests): fine for sizes that fit in memory. */
export function readDirectoryFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
  makeUtf8Decoder: () => TextDecoderLike,
): DirectoryContent {
  const content: DirectoryContent = { structures: [], services: [], skipped: [] };
  const sink: DirectorySink = {
    structure: (row) => content.structures.push(row),
    service: (row) => content.services.push(row),
    skipped: (line) => content.skipped.push(line),
  };
  for (const file of files)
    new DirectoryFileParser(file.name, sink, makeUtf8Decoder).push(file.bytes, true);
  return content;
}
