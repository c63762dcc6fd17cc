/**
 * Plain aligned tables for summaries on a terminal. Kept behind `renderTable` so a table package
 * can replace it in one place; the columns are padded by code points, which is right for the
 * French accented letters the headers and statuses use (no wide characters here).
 */

export type Align = 'left' | 'right';

export interface Column {
  readonly header: string;
  readonly align?: Align;
}

function widthOf(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number, align: Align): string {
  const room = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'right' ? room + text : text + room;
}

/** The table as lines ending with `\n`: header, a rule, one line per row; no trailing blanks. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, index) =>
    Math.max(widthOf(column.header), ...rows.map((row) => widthOf(row[index] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => pad(cells[index] ?? '', widths[index] ?? 0, column.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)]
    .map((l) => `${l}\n`)
    .join('');
}
