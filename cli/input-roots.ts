import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expandInputs } from './files';

/** A file to process, with the folder the user named that it was found in. */
export interface InputFile {
  readonly path: string;
  /**
   * The folder given on the command line that the file was found under, or the file's own folder
   * when the file itself was given: outputs keep the file's place relative to it.
   */
  readonly root: string;
}

/**
 * `expandInputs`, remembering for each file the path it came from, so that a command writing one
 * output per input can mirror the walked folders instead of flattening them (two `a.xml` in two
 * sub-folders must not meet in one output folder).
 */
export async function expandInputsWithRoots(
  paths: readonly string[],
  extensions: readonly string[],
): Promise<{ readonly files: InputFile[]; readonly missing: string[] }> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const expanded = await expandInputs([path], extensions);
    missing.push(...expanded.missing);
    const isFolder = (await stat(path).catch(() => undefined))?.isDirectory() === true;
    for (const file of expanded.files)
      files.push({ path: file, root: isFolder ? path : dirname(file) });
  }
  return { files, missing };
}
