/**
 * The line-item table (BG-25). Its header names a description column and a line amount column,
 * usually with quantity, unit price, discount and VAT rate; header cells may be printed over
 * several lines (`Prix` / `unitaire`). Each row is anchored on the line that prints an amount in
 * the line amount column; lines around it without such an amount (item details, periods, notes)
 * belong to the nearest anchor.
 */
import { type Column, columnOf, headerLabel, mergeHeaderCells } from './columns';
import type { PageIndex } from './find';
import type { Line, PageLayout, Segment } from './layout';
import {
  findAmounts,
  type NumberStyle,
  parseAmountCell,
  parseRateCell,
  toCanonical,
} from './numbers';

type LineColumnKind =
  | 'description'
  | 'unitPrice'
  | 'quantity'
  | 'discount'
  | 'unit'
  | 'net'
  | 'vat';

export interface LineReading {
  readonly name?: string;
  readonly quantity?: string;
  readonly unitPrice?: string;
  readonly discountPercent?: string;
  readonly net: string;
  readonly rate?: string;
  readonly segments: readonly Segment[];
  readonly source: string;
}

export interface LineTableReading {
  readonly rows: readonly LineReading[];
  readonly header: readonly Segment[];
  /** Rows left out because they are document-level allowances or charges (`REMISE : …`). */
  readonly skipped: number;
}

const KIND_PATTERNS: readonly (readonly [LineColumnKind, RegExp])[] = [
  [
    'description',
    /d[ée]signation|description|libell[ée]|^(?:article|produit|prestations?|item|objet|d[ée]tail)$/iu,
  ],
  ['unitPrice', /(?<!\p{L})p\.?\s?u\.?(?:\s|$)|prix\s+unit|unit\s+price|tarif\s+unit/iu],
  ['quantity', /^(?:qt[ée]s?\.?|quantit[ée]s?|qty|quantity|nombre|nb|q\.)$/iu],
  ['discount', /^(?:rem\.?|remise|disc\.?|discount|rabais|r[ée]duction)/iu],
  ['unit', /^(?:unit[ée]|unit|u\.?)(?:\s|$)/iu],
  [
    'net',
    /^(?:montant(?:\s+(?:ht|net))?|total(?:\s+(?:ht|net))?|prix\s+ht|amount|net|price\s+w\/o(?:\s+tax)?|total\s+net|net\s+amount|line\s+total)(?:\s*\((?:€|eur)\))?$/iu,
  ],
  ['vat', /^(?:tva|vat|taux(?:\s+tva)?|tax|tva\s*%|%\s*tva)$/iu],
];

/** Document-level allowances and charges printed among the lines. */
const DOCUMENT_ALLOWANCE = /^(?:remise|rabais|charge|frais)\s*:/iu;
/** Lines that close the table. */
const TABLE_END =
  /^(?:total|sous[- ]total|montant\s+total|net\s+[àa]\s+payer|d[ée]tail\s+tva|r[ée]capitulatif|subtotal|net\s+total)\b/iu;

const MAX_ROWS = 500;

/**
 * The line table of every page that prints one (a long invoice repeats the header on each page),
 * rows in page order.
 */
export function readLineTable(
  index: PageIndex,
  style: NumberStyle,
  stopAt: ReadonlySet<number>,
): LineTableReading | undefined {
  const rows: LineReading[] = [];
  const header: Segment[] = [];
  let skipped = 0;
  for (const page of index.layout.pages) {
    const table = pageTable(page, style, stopAt);
    if (!table) continue;
    rows.push(...table.rows.slice(0, MAX_ROWS - rows.length));
    header.push(...table.header);
    skipped += table.skipped;
    if (rows.length >= MAX_ROWS) break;
  }
  return rows.length > 0 ? { rows, header, skipped } : undefined;
}

function pageTable(
  page: PageLayout,
  style: NumberStyle,
  stopAt: ReadonlySet<number>,
): LineTableReading | undefined {
  for (const line of page.lines) {
    const band = headerBand(page, line, style);
    if (!band) continue;
    const columns = classify(band.cells);
    const kinds = new Set(columns.map((column) => column.kind));
    if (!kinds.has('description') || !kinds.has('net')) continue;
    if (!kinds.has('quantity') && !kinds.has('unitPrice')) continue;
    const { rows, skipped } = readRows(page, band.last, columns, style, stopAt);
    if (rows.length > 0) return { rows, header: band.cells, skipped };
  }
  return undefined;
}

/** The header line with a description cell, and the amount-free lines printed tight around it. */
function headerBand(
  page: PageLayout,
  anchor: Line,
  style: NumberStyle,
): { cells: Segment[]; last: Line } | undefined {
  if (!anchor.segments.some((segment) => KIND_PATTERNS[0]?.[1].test(segment.text)))
    return undefined;
  if (anchor.segments.length < 2 && !hasNeighbourHeader(page, anchor, style)) return undefined;
  const at = page.lines.indexOf(anchor);
  const band: Line[] = [anchor];
  const size = Math.max(...anchor.segments.map((segment) => segment.size));
  for (let position = at - 1; position >= 0; position--) {
    const line = page.lines[position] as Line;
    const previous = band[0] as Line;
    if (previous.baseline - line.baseline > size * 1.6 || hasAmount(line, style)) break;
    band.unshift(line);
  }
  for (let position = at + 1; position < page.lines.length; position++) {
    const line = page.lines[position] as Line;
    const previous = band[band.length - 1] as Line;
    if (line.baseline - previous.baseline > size * 1.6 || hasAmount(line, style)) break;
    band.push(line);
  }
  return { cells: band.flatMap((line) => line.segments), last: band[band.length - 1] as Line };
}

function hasNeighbourHeader(page: PageLayout, anchor: Line, style: NumberStyle): boolean {
  const at = page.lines.indexOf(anchor);
  const near = [page.lines[at - 1], page.lines[at + 1]].filter(
    (line): line is Line => line !== undefined,
  );
  return near.some(
    (line) => Math.abs(line.baseline - anchor.baseline) < 12 && !hasAmount(line, style),
  );
}

function hasAmount(line: Line, style: NumberStyle): boolean {
  return line.segments.some((segment) => parseAmountCell(segment.text, style) !== undefined);
}

function classify(cells: readonly Segment[]): Column<LineColumnKind>[] {
  const taken = new Set<LineColumnKind>();
  return mergeHeaderCells(cells).map((group) => {
    const text = headerLabel(group.segments);
    const kind = KIND_PATTERNS.find(
      ([candidate, pattern]) =>
        !taken.has(candidate) &&
        [text, ...group.segments.map((segment) => segment.text.trim())].some((part) =>
          pattern.test(part),
        ),
    )?.[0];
    if (kind) taken.add(kind);
    return { kind, x: group.x, right: group.right, label: text, segments: group.segments };
  });
}

interface RowDraft {
  anchor: Line;
  cells: Map<LineColumnKind, Segment[]>;
  extra: Segment[];
}

function readRows(
  page: PageLayout,
  headerEnd: Line,
  columns: readonly Column<LineColumnKind>[],
  style: NumberStyle,
  stopAt: ReadonlySet<number>,
): { rows: LineReading[]; skipped: number } {
  const drafts: RowDraft[] = [];
  const loose: Line[] = [];
  const after = page.lines.filter((line) => line.baseline > headerEnd.baseline);
  for (const line of after) {
    if (drafts.length >= MAX_ROWS) break;
    if (line.segments.some((segment) => stopAt.has(segment.id))) break;
    if (line.segments.some((segment) => TABLE_END.test(segment.text))) break;
    const cells = new Map<LineColumnKind, Segment[]>();
    for (const segment of line.segments) {
      const kind = columnOf(segment, columns)?.kind;
      if (kind) cells.set(kind, [...(cells.get(kind) ?? []), segment]);
    }
    const net = cells.get('net')?.find((cell) => parseAmountCell(cell.text, style));
    if (net) drafts.push({ anchor: line, cells, extra: [] });
    else loose.push(line);
  }
  // Detail lines go to the nearest anchor above or below, within the table.
  for (const line of loose) {
    const nearest = drafts
      .map((draft) => ({ draft, distance: Math.abs(draft.anchor.baseline - line.baseline) }))
      .sort((a, b) => a.distance - b.distance)[0];
    if (!nearest || nearest.distance > 40) continue;
    nearest.draft.extra.push(...line.segments);
  }
  const rows: LineReading[] = [];
  let skipped = 0;
  for (const draft of drafts) {
    const row = toRow(draft, columns, style);
    if (!row) continue;
    if (row.name && DOCUMENT_ALLOWANCE.test(row.name)) {
      skipped++;
      continue;
    }
    rows.push(row);
  }
  return { rows, skipped };
}

function toRow(
  draft: RowDraft,
  columns: readonly Column<LineColumnKind>[],
  style: NumberStyle,
): LineReading | undefined {
  const netCell = draft.cells.get('net')?.find((cell) => parseAmountCell(cell.text, style));
  const net = netCell ? parseAmountCell(netCell.text, style)?.value : undefined;
  if (!net || !netCell) return undefined;
  const all = [...draft.anchor.segments, ...draft.extra].sort(
    (a, b) => a.baseline - b.baseline || a.x - b.x,
  );
  const inColumn = (kind: LineColumnKind) =>
    all.filter((segment) => columnOf(segment, columns)?.kind === kind);
  const descriptionCells = inColumn('description');
  const name = descriptionCells[0]?.text;
  const quantity = firstNumber(
    draft.cells
      .get('quantity')
      ?.map((cell) => cell.text)
      .join(' '),
    style,
  );
  const unitPrice = priceOf(inColumn('unitPrice'), draft.anchor, style);
  const discountText = draft.cells
    .get('discount')
    ?.map((cell) => cell.text)
    .join(' ');
  const discountPercent =
    discountText && /%/.test(discountText) ? parseRateCell(discountText) : undefined;
  const vatText = draft.cells
    .get('vat')
    ?.map((cell) => cell.text)
    .join(' ');
  const rate = vatText && /\d/.test(vatText) ? parseRateCell(vatText) : undefined;
  const segments = [
    ...draft.anchor.segments,
    ...descriptionCells.filter((cell) => !draft.anchor.segments.includes(cell)),
  ];
  return {
    net,
    ...(name === undefined ? {} : { name }),
    ...(quantity === undefined ? {} : { quantity }),
    ...(unitPrice === undefined ? {} : { unitPrice }),
    ...(discountPercent === undefined ? {} : { discountPercent }),
    ...(rate === undefined ? {} : { rate }),
    segments,
    source: draft.anchor.segments.map((segment) => segment.text).join(' | '),
  };
}

/** `20 Unit(s)`, `3 PCE`, `1,00`: the first number of the cell. */
function firstNumber(text: string | undefined, style: NumberStyle): string | undefined {
  if (!text) return undefined;
  const match = /-?\d+(?:[.,\s]\d+)*/.exec(text);
  return match ? toCanonical(match[0], style) : undefined;
}

/**
 * The unit price: a cell marked net (`(Net): 60,00`) when the cell shows several prices, else the
 * anchor line's amount; discount or gross figures (`Rabais`, `Brut`) are not the price.
 */
function priceOf(cells: readonly Segment[], anchor: Line, style: NumberStyle): string | undefined {
  const marked = cells.find((cell) => /\bnet\b/iu.test(cell.text));
  const onAnchor = cells.find(
    (cell) =>
      anchor.segments.includes(cell) && !/rabais|remise|brut|gross|discount/iu.test(cell.text),
  );
  const chosen = marked ?? onAnchor;
  if (!chosen) return undefined;
  const amounts = findAmounts(chosen.text, style);
  return amounts[amounts.length - 1]?.value;
}
