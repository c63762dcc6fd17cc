import { normalizeSpace } from '../lexical';

/** The line identifier shown in messages: BT-126 as written (trimmed), else the line's rank. */
export function lineLabel(id: string | undefined, index: number): string {
  const trimmed = id === undefined ? '' : normalizeSpace(id);
  return trimmed === '' ? `#${index + 1}` : trimmed;
}
