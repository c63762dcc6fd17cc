/**
 * Where a converted file goes, and writing it without ever destroying a file the user gave us.
 *
 * Names: `<base>.cii.xml`, `.ubl.xml`, `.facturx.pdf`, `.json` (the extensions of shared/convert),
 * where `<base>` is the input's name without those suffixes (so `a.ubl.xml` → `a.cii.xml`, not
 * `a.ubl.cii.xml`). Place: `--out`
 * (mirroring the sub-folders of a walked folder), else next to the input.
 *
 * Refusals: the output is an input of this run (same file, by device and inode, so links count),
 * or was already written by this run from another input, or lies outside `--out`, or is a
 * symbolic link; an existing output is replaced only with `--force`.
 */
import { lstat, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { TARGET_OUTPUTS, type TargetFormat } from '../../shared/convert';
import type { InputFile } from '../input-roots';
import { type ConversionFailure, failure } from './failure';

function suffixOf(to: TargetFormat): string {
  return `.${TARGET_OUTPUTS[to].extension}`;
}

const KNOWN_SUFFIXES = [
  ...Object.values(TARGET_OUTPUTS).map((output) => `.${output.extension}`),
  '.xml',
  '.pdf',
];

/** The input's name without its conversion suffix or extension. */
export function baseNameOf(path: string): string {
  const name = basename(path);
  const lower = name.toLowerCase();
  const suffix = KNOWN_SUFFIXES.find((s) => lower.endsWith(s) && lower.length > s.length);
  if (suffix) return name.slice(0, -suffix.length);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function outputPathFor(input: InputFile, to: TargetFormat, outDir?: string): string {
  const name = baseNameOf(input.path) + suffixOf(to);
  if (outDir === undefined) return join(dirname(input.path), name);
  return join(outDir, relative(input.root, dirname(input.path)), name);
}

/** `dev:ino` of a file, or undefined when it does not exist. */
export async function fileIdentity(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${info.dev}:${info.ino}` : undefined;
}

export interface WriteGuard {
  /** Identities of every input of the run: none of them is ever written. */
  readonly inputs: ReadonlySet<string>;
  /** Resolved paths written so far in this run. */
  readonly written: Set<string>;
  readonly force: boolean;
  readonly outDir?: string;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export async function writeOutput(
  output: string,
  bytes: Uint8Array,
  guard: WriteGuard,
): Promise<{ readonly ok: true } | ConversionFailure> {
  const target = resolve(output);
  if (guard.outDir !== undefined && !isInside(guard.outDir, target)) {
    return failure('output-outside', {
      fr: `Refusé : ${output} serait écrit hors du dossier --out.`,
      en: `Refused: ${output} would be written outside the --out folder.`,
    });
  }
  const identity = await fileIdentity(target);
  if (identity !== undefined && guard.inputs.has(identity)) {
    return failure('output-is-input', {
      fr: `Refusé : ${output} est un fichier d'entrée, il n'est jamais remplacé. Choisissez un autre dossier avec --out.`,
      en: `Refused: ${output} is an input file; it is never replaced. Choose another folder with --out.`,
    });
  }
  if (guard.written.has(target)) {
    return failure('output-collision', {
      fr: `Refusé : ${output} vient d'être écrit à partir d'un autre fichier de cette conversion (même nom de base).`,
      en: `Refused: ${output} was just written from another file of this run (same base name).`,
    });
  }
  const link = await lstat(target).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    return failure('output-is-link', {
      fr: `Refusé : ${output} est un lien symbolique ; rien n'est écrit à travers un lien.`,
      en: `Refused: ${output} is a symbolic link; nothing is written through a link.`,
    });
  }
  try {
    await mkdir(dirname(target), { recursive: true });
    // `wx` fails if the file exists, so a file appearing after the checks is not replaced either.
    await writeFile(target, bytes, { flag: guard.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      return failure('output-exists', {
        fr: `Refusé : ${output} existe déjà. Ajoutez --force pour le remplacer.`,
        en: `Refused: ${output} already exists. Add --force to replace it.`,
      });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return failure('write-failed', {
      fr: `Écriture impossible de ${output} : ${detail}`,
      en: `Could not write ${output}: ${detail}`,
    });
  }
  guard.written.add(target);
  return { ok: true };
}
