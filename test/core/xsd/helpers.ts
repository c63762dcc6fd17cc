import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createXsdValidator, type XsdLayerResult } from '../../../shared/xsd';

export const fixtures = resolve(import.meta.dirname, '../../fixtures');

export function readFixture(path: string): string {
  return readFileSync(resolve(fixtures, path), 'utf8');
}

/** The validator as Node runs it: libxml2-wasm as published. One per test file, like a process. */
export function nodeValidator() {
  return createXsdValidator(() => import('libxml2-wasm'));
}

/** 1-based line of the first occurrence of `needle`, to check reported lines without hard-coding them. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in the document`);
  return text.slice(0, index).split('\n').length;
}

/** Replaces exactly one occurrence, failing loudly if the fixture changed. */
export function replaceOnce(text: string, search: string, replacement: string): string {
  const first = text.indexOf(search);
  if (first < 0 || text.indexOf(search, first + 1) >= 0) {
    throw new Error(`expected exactly one ${search}`);
  }
  return text.slice(0, first) + replacement + text.slice(first + search.length);
}

export function findingsOf(result: XsdLayerResult) {
  if (result.status !== 'ran') throw new Error(`the layer did not run: ${result.cause}`);
  return result.findings;
}
