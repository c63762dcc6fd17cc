/** Table columns from header cells, and which column a cell below belongs to. */
import type { Segment } from './layout';

export interface Column<K extends string> {
  /** What the column holds; undefined for a column the reader does not use. */
  readonly kind: K | undefined;
  readonly x: number;
  readonly right: number;
  /** Header text, its lines joined. */
  readonly label: string;
  readonly segments: readonly Segment[];
}

/**
 * Header cells printed on several lines (`Prix` over `unitaire`) are one column when they overlap
 * horizontally.
 */
export function mergeHeaderCells(
  cells: readonly Segment[],
): { x: number; right: number; segments: Segment[] }[] {
  const sorted = [...cells].sort((a, b) => a.x - b.x);
  const groups: { x: number; right: number; segments: Segment[] }[] = [];
  for (const cell of sorted) {
    const group = groups.find((candidate) => cell.x < candidate.right && cell.right > candidate.x);
    if (group) {
      group.segments.push(cell);
      group.x = Math.min(group.x, cell.x);
      group.right = Math.max(group.right, cell.right);
    } else groups.push({ x: cell.x, right: cell.right, segments: [cell] });
  }
  for (const group of groups) group.segments.sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  return groups.sort((a, b) => a.x - b.x);
}

export function headerLabel(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join(' ');
}

/**
 * The column a cell falls in: the one it overlaps most, else the nearest. Numbers are often
 * right-aligned under a centred header, and a first column's cells often start left of its header.
 */
export function columnOf<K extends string>(
  cell: Segment,
  columns: readonly Column<K>[],
): Column<K> | undefined {
  let best: Column<K> | undefined;
  let bestOverlap = 0;
  for (const column of columns) {
    const overlap = Math.min(cell.right, column.right) - Math.max(cell.x, column.x);
    if (overlap > bestOverlap) {
      best = column;
      bestOverlap = overlap;
    }
  }
  if (best) return best;
  let nearest: Column<K> | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const column of columns) {
    const gap = cell.right < column.x ? column.x - cell.right : cell.x - column.right;
    if (gap < distance) {
      nearest = column;
      distance = gap;
    }
  }
  return nearest;
}
