/**
 * Cron refresh of the D1 directory from the PISTE download
 * (`POST /cpro/transverses/v1/telecharger/annuaire/destinataire` → base64 ZIP of a `;` CSV).
 * Streams: base64 → bytes → unzip in slices → CSV records → D1 batches, so the whole directory is
 * never held as rows in memory. Nothing is deleted unless the download parsed into structures.
 */
import { isZip, streamZipMembers } from '../../shared/lookup/directory/archive';
import type { DirectoryImportMeta } from '../../shared/lookup/directory/model';
import { DirectoryFileParser } from '../../shared/lookup/directory/parse';
import { UpstreamError } from '../upstream/errors';
import { DirectoryStore } from './directory-store';
import type { PisteClient } from './piste-client';

export const DIRECTORY_DOWNLOAD_PATH = '/cpro/transverses/v1/telecharger/annuaire/destinataire';
/** The file is large: the download gets more time than a lookup. */
export const DIRECTORY_DOWNLOAD_TIMEOUT_MS = 120_000;

export type RefreshOutcome =
  | { readonly status: 'skipped'; readonly reason: string }
  | {
      readonly status: 'imported';
      readonly importId: string;
      readonly structures: number;
      readonly services: number;
      readonly skipped: number;
    };

function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export class EmptyDirectoryError extends Error {
  constructor(readonly skippedExamples: readonly string[]) {
    super(
      `the directory download held no usable structure${skippedExamples.length ? `: ${skippedExamples.join('; ')}` : ''}`,
    );
    this.name = 'EmptyDirectoryError';
  }
}

export async function refreshDirectory(
  client: PisteClient,
  db: D1Database,
  now: () => number,
): Promise<RefreshOutcome> {
  const answer = await client.post(DIRECTORY_DOWNLOAD_PATH, {}, DIRECTORY_DOWNLOAD_TIMEOUT_MS);
  // go-choruspro and other clients read `fichierResultat`; accept `fichier` too (*verify*).
  const file = answer?.fichierResultat ?? answer?.fichier;
  if (!answer || (answer.codeRetour ?? 0) !== 0 || typeof file !== 'string' || file === '') {
    throw new UpstreamError('piste', answer ? 'rejected' : 'bad-response');
  }
  const bytes = bytesOfBase64(file);
  const importedAt = new Date(now()).toISOString();
  const meta: DirectoryImportMeta = {
    importId: `piste-${importedAt}`,
    source: 'directory',
    importedAt,
  };
  const writer = new DirectoryStore(db).writer(meta);
  const decoder = () => new TextDecoder('utf-8');

  if (isZip(bytes)) {
    await streamZipMembers(
      bytes,
      (name) => {
        const parser = new DirectoryFileParser(name, writer.sink, decoder);
        return (chunk, final) => parser.push(chunk, final);
      },
      () => writer.flush(),
    );
  } else {
    new DirectoryFileParser('annuaire.csv', writer.sink, decoder).push(bytes, true);
  }
  await writer.flush();
  if (writer.structureCount === 0) {
    throw new EmptyDirectoryError(
      writer.skippedLines.slice(0, 3).map((line) => `${line.file}:${line.line} ${line.reason.en}`),
    );
  }
  await writer.finish();
  return {
    status: 'imported',
    importId: meta.importId,
    structures: writer.structureCount,
    services: writer.serviceCount,
    skipped: writer.skippedCount,
  };
}
