/**
 * JSON pointers (RFC 6901) into the model: the one way findings, form fields and source
 * locations name a place in an invoice, e.g. `/BG-25/2/BT-131` for the net amount of the third
 * line.
 */
import {
  ancestorsOf,
  definitionOf,
  isModelId,
  isQualifierId,
  isTermId,
  qualifierAt,
} from './catalogue';
import type { ModelId } from './terms';

export type PointerSegment = string | number;

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `pointer('BG-25', 2, 'BT-131')` → `/BG-25/2/BT-131`; `pointer()` → `''`, the whole document. */
export function pointer(...segments: PointerSegment[]): string {
  return segments.map((segment) => `/${escapeToken(String(segment))}`).join('');
}

/** The unescaped tokens of a pointer, or undefined when it is not one (`'a/b'`, `'/~2'`). */
export function parsePointer(text: string): string[] | undefined {
  if (text === '') return [];
  if (!text.startsWith('/') || /~[^01]|~$/.test(text)) return undefined;
  return text.slice(1).split('/').map(unescapeToken);
}

const ARRAY_INDEX = /^(0|[1-9]\d*)$/;

/** The value at a pointer, or undefined when there is none (or the pointer is malformed). */
export function getAt(document: unknown, at: string): unknown {
  const tokens = parsePointer(at);
  if (tokens === undefined) return undefined;
  let current: unknown = document;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      if (!ARRAY_INDEX.test(token)) return undefined;
      current = current[Number(token)];
    } else if (typeof current === 'object' && current !== null && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * The deepest catalogue element containing the place a pointer names: `/BG-25/2/BT-131` →
 * `BT-131`, `/BG-25/2` → `BG-25`, `/BG-4/BT-34/scheme` → `BT-34-1`, `/BG-4/BT-29/0/id` → `BT-29`,
 * `/BG-25/0/extensions/EXT-FR-FE-136` → `BG-25`. Undefined for the document itself, for
 * document-level extensions and for malformed pointers.
 */
export function termOfPointer(at: string): ModelId | undefined {
  const tokens = parsePointer(at);
  if (tokens === undefined) return undefined;
  let found: ModelId | undefined;
  for (const token of tokens) {
    if (token === 'extensions') break;
    if (isModelId(token)) {
      found = token;
    } else if (found !== undefined) {
      const qualifier = qualifierAt(found, token);
      if (qualifier) return qualifier.id;
    }
  }
  return found;
}

export interface Located {
  readonly pointer: string;
  readonly value: unknown;
}

function expand(places: Located[], key: string): Located[] {
  const next: Located[] = [];
  for (const place of places) {
    if (typeof place.value !== 'object' || place.value === null || Array.isArray(place.value))
      continue;
    if (!Object.hasOwn(place.value, key)) continue;
    const value = (place.value as Record<string, unknown>)[key];
    if (value === undefined) continue;
    next.push({ pointer: `${place.pointer}/${escapeToken(key)}`, value });
  }
  return next;
}

function spread(places: Located[]): Located[] {
  return places.flatMap((place) =>
    Array.isArray(place.value)
      ? place.value.map((value, index) => ({ pointer: `${place.pointer}/${index}`, value }))
      : [place],
  );
}

/**
 * Every occurrence of a term, group or qualifier in a document, in document order, with its
 * pointer: `findAll(invoice, 'BT-131')` gives one entry per line that has a net amount. Repeated
 * elements are spread, so each entry is a single occurrence (one BT-29 identifier, one BG-25 line).
 */
export function findAll(document: unknown, id: ModelId): Located[] {
  if (isQualifierId(id)) {
    const { term, key } = definitionOf(id);
    return isTermId(term) ? expand(spread(findAll(document, term)), key) : [];
  }
  let places: Located[] = [{ pointer: '', value: document }];
  for (const group of ancestorsOf(id)) places = spread(expand(places, group));
  return spread(expand(places, id));
}
