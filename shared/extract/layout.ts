/**
 * From pdf.js text runs to what a reader sees: lines (runs sharing a baseline) cut into segments
 * (runs close enough to read as one phrase; a wide gap starts a new segment, as between a label
 * and its value or between table cells).
 */
import type { TextPage, TextRun } from './pdf-text';
import type { Box } from './types';

export interface Segment {
  /** Unique over the document: the reading order of segments. */
  readonly id: number;
  readonly page: number;
  readonly text: string;
  readonly x: number;
  readonly right: number;
  readonly baseline: number;
  /** Largest font size in the segment. */
  readonly size: number;
  /** Index of its line in the page's `lines`. */
  readonly line: number;
}

export interface Line {
  readonly page: number;
  readonly index: number;
  readonly baseline: number;
  readonly segments: readonly Segment[];
}

export interface PageLayout {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  /** Top to bottom. */
  readonly lines: readonly Line[];
  /** Characters of visible text. */
  readonly characters: number;
}

export interface Layout {
  readonly pages: readonly PageLayout[];
  /** Every segment of every page, in reading order (page, line, left to right). */
  readonly segments: readonly Segment[];
}

/** Runs farther apart than this many font sizes start a new segment. */
const SEGMENT_GAP = 0.8;
/** Runs closer than this many font sizes join without a space (a number cut in two runs). */
const SPACE_GAP = 0.12;
/** Baselines closer than this many font sizes are one line. */
const LINE_TOLERANCE = 0.3;

export function buildLayout(pages: readonly TextPage[]): Layout {
  const layoutPages: PageLayout[] = [];
  const segments: Segment[] = [];
  for (const page of pages) {
    const runs = cleanRuns(page.runs);
    const lines: Line[] = [];
    for (const group of groupLines(runs)) {
      const index = lines.length;
      const numbered = cutSegments(group).map(
        (draft, offset): Segment => ({
          ...draft,
          id: segments.length + offset,
          page: page.number,
          line: index,
        }),
      );
      segments.push(...numbered);
      lines.push({
        page: page.number,
        index,
        baseline: group[0]?.baseline ?? 0,
        segments: numbered,
      });
    }
    const characters = runs.reduce((count, run) => count + run.text.replace(/\s/g, '').length, 0);
    layoutPages.push({
      number: page.number,
      width: page.width,
      height: page.height,
      lines,
      characters,
    });
  }
  return { pages: layoutPages, segments };
}

export function segmentBox(segment: Segment): Box {
  return [
    round(segment.x),
    round(segment.baseline - segment.size * 0.8),
    round(segment.right - segment.x),
    round(segment.size),
  ];
}

/** Characters `[from, to)` of a segment's text, when only part of it is meant. */
export type Spans = ReadonlyMap<number, readonly [from: number, to: number]>;

/**
 * The box around several segments of one page. With `spans`, only those characters of a segment
 * count; their place is estimated in proportion to the segment's width (pdf.js gives no position
 * per character).
 */
export function unionBox(segments: readonly Segment[], spans?: Spans): Box {
  if (segments.length === 0) return [0, 0, 0, 0];
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const segment of segments) {
    const span = spans?.get(segment.id);
    const length = Math.max(segment.text.length, 1);
    const width = segment.right - segment.x;
    const from = span ? segment.x + (width * Math.max(0, span[0])) / length : segment.x;
    const to = span ? segment.x + (width * Math.min(length, span[1])) / length : segment.right;
    left = Math.min(left, from);
    right = Math.max(right, to);
    top = Math.min(top, segment.baseline - segment.size * 0.8);
    bottom = Math.max(bottom, segment.baseline + segment.size * 0.2);
  }
  return [round(left), round(top), round(right - left), round(bottom - top)];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Typographic variants a label or a number can be printed with, brought to one form. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u2009\u202f\u2000-\u2006\u2008\u200a]/g, ' ')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/\u2212/g, '-')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
}

const PICTOGRAPH = /^[\p{Extended_Pictographic}\u2709\u260e\u2706]/u;
const PICTOGRAPHS = /(?:[\p{Extended_Pictographic}\u2709\u260e\u2706]|\ufe0f)/gu;

/**
 * Icons (telephone, envelope, globe) are often printed as a glyph whose text claims the words that
 * follow it, which pdf.js then also reports as runs of their own: a run that starts with an icon
 * and is no wider than the icon is dropped, and icons left inside other runs are removed.
 */
function cleanRuns(runs: readonly TextRun[]): TextRun[] {
  const kept: TextRun[] = [];
  for (const run of runs) {
    let text = normalizeText(run.text);
    if (PICTOGRAPH.test(text) && run.width <= run.size * 1.6) continue;
    text = text.replace(PICTOGRAPHS, '');
    if (text.trim() === '') continue;
    kept.push({ ...run, text });
  }
  return kept;
}

function groupLines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const run of sorted) {
    const tolerance = LINE_TOLERANCE * Math.min(size || run.size, run.size);
    if (current.length > 0 && run.baseline - baseline <= tolerance) {
      current.push(run);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.baseline;
    size = run.size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

type SegmentDraft = Omit<Segment, 'id' | 'page' | 'line'>;

function cutSegments(runs: readonly TextRun[]): SegmentDraft[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const drafts: SegmentDraft[] = [];
  let text = '';
  let x = 0;
  let right = Number.NEGATIVE_INFINITY;
  let baseline = 0;
  let size = 0;
  const flush = () => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed !== '') drafts.push({ text: trimmed, x, right, baseline, size });
  };
  for (const run of sorted) {
    const gap = run.x - right;
    const unit = Math.max(size, run.size);
    if (text !== '' && gap > SEGMENT_GAP * unit) {
      flush();
      text = '';
    }
    if (text === '') {
      text = run.text;
      x = run.x;
      right = run.x + run.width;
      baseline = run.baseline;
      size = run.size;
      continue;
    }
    // A run lying over the previous one with the same text is a duplicate (fake bold, shadows).
    if (gap < -run.width * 0.5 && text.endsWith(run.text.trim())) continue;
    const joiner = gap > SPACE_GAP * unit && !text.endsWith(' ') && !run.text.startsWith(' ');
    text += (joiner ? ' ' : '') + run.text;
    right = Math.max(right, run.x + run.width);
    size = Math.max(size, run.size);
  }
  if (text !== '') flush();
  return drafts;
}
