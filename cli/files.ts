import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/**
 * Expands the paths a user gave into files: a file is kept as given; a folder is walked
 * recursively for files with one of `extensions`, in a stable (sorted) order. Missing paths are
 * returned apart so the command can report them without stopping the batch.
 */
export async function expandInputs(
  paths: readonly string[],
  extensions: readonly string[],
): Promise<{ readonly files: string[]; readonly missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && wanted.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  }
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) missing.push(path);
    else if (info.isDirectory()) await walk(path);
    else files.push(path);
  }
  return { files, missing };
}
