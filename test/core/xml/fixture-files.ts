import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');
export const EN16931 = join(FIXTURES, 'en16931');

/** Every XML file under a fixture folder, as paths relative to that folder, sorted. */
export function xmlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.xml$/i.test(path))
    .map((path) => relative(folder, join(folder, path)))
    .sort();
}

export function readFixture(folder: string, path: string): Buffer {
  return readFileSync(join(folder, path));
}
