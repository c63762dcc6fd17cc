/**
 * The VAT breakdown table (BG-23): a header line naming a rate (or category) column, a base column
 * and an amount column (`Taxe | Base | Montant`, `Code | Taux | Base TVA | Montant TVA`,
 * `Taux TVA | Prix HT | TVA | Montant total`), then one row per rate.
 */
import { type Column, columnOf } from './columns';
import type { PageIndex } from './find';
import type { Line, Segment } from './layout';
import { type NumberStyle, parseAmountCell, parseRateCell } from './numbers';

type VatColumnKind = 'rate' | 'code' | 'base' | 'amount' | 'total';

export interface VatRowReading {
  readonly rate?: string;
  /** Absent for a VAT line printed without its base (`TVA 20 % : 20,00 €`). */
  readonly base?: string;
  readonly amount: string;
  readonly category?: string;
  readonly segments: readonly Segment[];
  readonly source: string;
}

export interface VatTableReading {
  readonly rows: readonly VatRowReading[];
  /** Header cells, never to be read as labels of totals. */
  readonly header: readonly Segment[];
}

// A header text may fit several kinds (`Taxe` is a rate column in one layout, `TVA` an amount
// column in another): kinds are tried in this order and each is taken once per header.
const KIND_PATTERNS: readonly (readonly [VatColumnKind, RegExp])[] = [
  [
    'rate',
    /^(?:taux(?:\s+(?:de\s+)?(?:tva|taxe))?|tva\s*\(?%\)?|%\s*tva|taxe|tax|rate|vat\s*(?:rate|%)|tax\s+rate)$/iu,
  ],
  ['code', /^(?:code(?:\s+tva)?|cat[ée]gorie|cat\.?)$/iu],
  [
    'base',
    /^(?:base(?:\s+(?:ht|tva|imposable|taxable|hors\s+taxes?))?|prix\s+ht|montant\s+ht|total\s+ht|net|base\s+amount|taxable\s+amount|net\s+amount)$/iu,
  ],
  [
    'amount',
    /^(?:montant(?:\s+(?:de\s+(?:la\s+)?)?(?:tva|taxe))?|tva|vat|taxes?|tax\s+amount|vat\s+amount|amount)$/iu,
  ],
  ['total', /^(?:montant\s+total|total(?:\s+ttc)?|montant\s+ttc)$/iu],
];

/** Words of a line-item header: such a header is not the VAT table's. */
const ITEM_HEADER = /d[ée]signation|description|libell[ée]|quantit[ée]|qt[ée]|quantity|qty/iu;

const MAX_ROWS = 20;

export function readVatTable(index: PageIndex, style: NumberStyle): VatTableReading | undefined {
  for (const page of index.layout.pages) {
    for (const line of page.lines) {
      const columns = headerColumns(line, style);
      if (!columns) continue;
      const rows = readRows(page.lines, line, columns, style);
      if (rows.length > 0) return { rows, header: columns.flatMap((column) => column.segments) };
    }
  }
  return undefined;
}

function headerColumns(line: Line, style: NumberStyle): Column<VatColumnKind>[] | undefined {
  if (line.segments.some((segment) => ITEM_HEADER.test(segment.text))) return undefined;
  // A cell followed by an amount is a label with its value (`Montant Total HT 1.245,30 €`), not a
  // column header: the header ends there.
  const cells: Segment[] = [];
  for (const [position, segment] of line.segments.entries()) {
    const next = line.segments[position + 1];
    if (parseAmountCell(segment.text, style)) break;
    if (next && parseAmountCell(next.text, style)) break;
    cells.push(segment);
  }
  const taken = new Set<VatColumnKind>();
  const columns: Column<VatColumnKind>[] = cells.map((cell) => {
    const text = cell.text.replace(/\s*\((?:€|EUR|%)\)\s*$/iu, '').trim();
    const kind = KIND_PATTERNS.find(
      ([candidate, pattern]) => !taken.has(candidate) && pattern.test(text),
    )?.[0];
    if (kind) taken.add(kind);
    return { kind, x: cell.x, right: cell.right, label: cell.text, segments: [cell] };
  });
  const complete =
    (taken.has('rate') || taken.has('code')) && taken.has('base') && taken.has('amount');
  return complete ? columns : undefined;
}

function readRows(
  lines: readonly Line[],
  header: Line,
  columns: readonly Column<VatColumnKind>[],
  style: NumberStyle,
): VatRowReading[] {
  const left = Math.min(...columns.map((column) => column.x)) - 60;
  const right = Math.max(...columns.map((column) => column.right)) + 25;
  const size = Math.max(
    ...columns.flatMap((column) => column.segments.map((segment) => segment.size)),
  );
  const rows: VatRowReading[] = [];
  let lastBaseline = header.baseline;
  for (const line of lines) {
    if (line.baseline <= header.baseline || rows.length >= MAX_ROWS) continue;
    if (line.baseline - lastBaseline > size * 4) break;
    const cells = line.segments.filter((segment) => segment.right >= left && segment.x <= right);
    if (cells.length === 0) continue;
    const byKind = new Map<VatColumnKind, Segment[]>();
    for (const cell of cells) {
      const kind = columnOf(cell, columns)?.kind;
      if (!kind) continue;
      byKind.set(kind, [...(byKind.get(kind) ?? []), cell]);
    }
    const base = amountOf(byKind.get('base'), style);
    const amount = amountOf(byKind.get('amount'), style);
    if (base === undefined || amount === undefined) break;
    const rateCell = byKind
      .get('rate')
      ?.map((cell) => cell.text)
      .join(' ');
    const rate = rateCell === undefined ? undefined : parseRateCell(rateCell);
    const code = byKind
      .get('code')
      ?.map((cell) => cell.text.trim())
      .find((text) => /^[A-Z]{1,2}$/.test(text));
    rows.push({
      base,
      amount,
      ...(rate === undefined ? {} : { rate }),
      ...(code === undefined ? {} : { category: code }),
      segments: cells,
      source: cells.map((cell) => cell.text).join(' | '),
    });
    lastBaseline = line.baseline;
  }
  return rows;
}

function amountOf(cells: readonly Segment[] | undefined, style: NumberStyle): string | undefined {
  const [only] = cells ?? [];
  if (!only || cells?.length !== 1) return undefined;
  return parseAmountCell(only.text, style)?.value;
}
