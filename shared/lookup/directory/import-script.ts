import type { StructureSource } from '../../api/structure';
import { directoryFiles } from './archive';
import type { DirectoryImportMeta } from './model';
import { type DirectoryContent, readDirectoryFiles } from './parse';
import { directorySqlScript } from './sql';
import type { TextDecoderLike } from './text-decoding';

export interface ImportScriptOptions {
  readonly source: Extract<StructureSource, 'directory' | 'seed'>;
  readonly importId: string;
  readonly importedAt: string;
  readonly replace: boolean;
  readonly makeUtf8Decoder: () => TextDecoderLike;
}

export interface ImportScript {
  readonly sql: string;
  readonly content: DirectoryContent;
  readonly meta: DirectoryImportMeta;
}

/**
 * From directory files (CSV, or ZIP of CSVs, as PISTE serves them) to the SQL that loads them into
 * D1. What the CLI command `directory import` does, without the file system.
 */
export function directoryImportScript(
  inputs: readonly { name: string; bytes: Uint8Array }[],
  options: ImportScriptOptions,
): ImportScript {
  const files = inputs.flatMap((input) => directoryFiles(input.name, input.bytes));
  const content = readDirectoryFiles(files, options.makeUtf8Decoder);
  const meta: DirectoryImportMeta = {
    importId: options.importId,
    source: options.source,
    importedAt: options.importedAt,
  };
  return { sql: directorySqlScript(content, meta, { replace: options.replace }), content, meta };
}
