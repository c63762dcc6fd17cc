/**
 * Label → value reading. A label is found anywhere in a segment; its value is read, in this order:
 * - inline: after the label in the same segment (`Total HT : 624,90 €`, `SIRET 123…`);
 * - right: the next segment on the same line (`Date de facture      13/11/2017`);
 * - below: the segment under the label (`TOTAL HT` over `100,00`, column layouts).
 * When text follows the label and is not a value, the label is something else (`Facture liée`,
 * `Facture à régler par virement`) and nothing is read.
 */
import type { Layout, Segment, Spans } from './layout';

export type ReadMode = 'inline' | 'right' | 'below';

export interface Parsed<T> {
  readonly value: T;
  /** Characters of the text used, from its start. */
  readonly length: number;
}

export type ValueParser<T> = (text: string) => Parsed<T> | undefined;

export interface Hit<T> {
  readonly value: T;
  readonly label: Segment;
  /** Index of the label pattern that matched (patterns are given strongest first). */
  readonly rank: number;
  /** The label as printed. */
  readonly labelText: string;
  /** Where the value sits: the label's segment when inline. */
  readonly valueSegment: Segment;
  readonly mode: ReadMode;
  /** Printed text the value was read from, label included. */
  readonly source: string;
  /** The characters of the label's and the value's segments that were read. */
  readonly spans: Spans;
}

export interface FindOptions {
  readonly right?: boolean;
  readonly below?: boolean;
  /** Segments never read as labels (table headers, for instance). */
  readonly skip?: ReadonlySet<number>;
  /**
   * Only labels that open their segment or follow a separator (`-`, `–`, `|`, `•`, `;`), not
   * words inside a sentence (« … non-respect des conditions de paiement entraîne … »).
   */
  readonly atStart?: boolean;
}

/** Builds a label pattern: whole words, case-insensitive, an optional colon after it. */
export function label(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d_])(?:${source})(?![\\p{L}\\d_])\\s*(?:[:：.]\\s*)?`, 'giu');
}

/** What may stand after a label and still leave its value elsewhere: `(EUR)`, `:`, `-`. */
const EMPTY_REST = /^[\s:\-–]*(?:\((?:€|EUR|[A-Z]{3})\))?[\s:]*$/;

export class PageIndex {
  private readonly byPage = new Map<number, Segment[]>();

  constructor(readonly layout: Layout) {
    for (const segment of layout.segments) {
      const list = this.byPage.get(segment.page) ?? [];
      list.push(segment);
      this.byPage.set(segment.page, list);
    }
  }

  segmentsOf(page: number): readonly Segment[] {
    return this.byPage.get(page) ?? [];
  }

  pageSize(page: number): { width: number; height: number } {
    const found = this.layout.pages.find((candidate) => candidate.number === page);
    return { width: found?.width ?? 595, height: found?.height ?? 842 };
  }

  /**
   * The nearest segment to the right on the same visual line; failing that, one whose text box
   * overlaps the label's vertically (a value printed a few points lower than its label).
   */
  rightOf(segment: Segment): Segment | undefined {
    const limit = this.pageSize(segment.page).width * 0.6;
    const candidates = this.segmentsOf(segment.page).filter(
      (other) =>
        other.id !== segment.id && other.x >= segment.right - 1 && other.x - segment.right <= limit,
    );
    const nearest = (list: Segment[]) => list.sort((a, b) => a.x - b.x)[0];
    return (
      nearest(candidates.filter((other) => sameLine(segment, other))) ??
      nearest(candidates.filter((other) => verticalOverlap(segment, other) >= 0.35))
    );
  }

  /** Segments under `segment` that overlap it horizontally, nearest first (at most `count`). */
  below(segment: Segment, count = 2, reach = 3.2): Segment[] {
    const found: Segment[] = [];
    for (const other of this.segmentsOf(segment.page)) {
      const drop = other.baseline - segment.baseline;
      if (drop <= segment.size * 0.4 || drop > segment.size * reach) continue;
      if (other.right < segment.x - 2 || other.x > segment.right + 2) continue;
      found.push(other);
    }
    return found.sort((a, b) => a.baseline - b.baseline || a.x - b.x).slice(0, count);
  }

  /** Segments of the same visual line, left to right. */
  lineOf(segment: Segment): Segment[] {
    return this.segmentsOf(segment.page)
      .filter((other) => sameLine(segment, other))
      .sort((a, b) => a.x - b.x);
  }
}

/** Share of the smaller text box's height that the two boxes have in common. */
function verticalOverlap(a: Segment, b: Segment): number {
  const top = Math.max(a.baseline - a.size * 0.8, b.baseline - b.size * 0.8);
  const bottom = Math.min(a.baseline + a.size * 0.2, b.baseline + b.size * 0.2);
  return Math.max(0, bottom - top) / Math.min(a.size, b.size);
}

export function sameLine(a: Segment, b: Segment): boolean {
  return Math.abs(a.baseline - b.baseline) <= Math.max(a.size, b.size) * 0.5;
}

/** Readings kept at most per call: bounds the neighbour searches on pathological pages. */
const MAX_HITS = 500;

/** Every reading of `labels` (strongest first) whose value `parse` accepts. */
export function findLabeled<T>(
  index: PageIndex,
  labels: readonly RegExp[],
  parse: ValueParser<T>,
  options: FindOptions = {},
): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (const segment of index.layout.segments) {
    if (hits.length >= MAX_HITS) break;
    if (options.skip?.has(segment.id)) continue;
    labels.forEach((pattern, rank) => {
      pattern.lastIndex = 0;
      for (const match of segment.text.matchAll(pattern)) {
        if (options.atStart && !opensPhrase(segment.text, match.index ?? 0)) continue;
        const hit = readAfter(index, segment, match, rank, parse, options);
        if (hit) hits.push(hit);
      }
    });
  }
  return hits;
}

function opensPhrase(text: string, start: number): boolean {
  const before = text.slice(0, start);
  return before.trim() === '' || /[-–|•;(]\s*$/u.test(before);
}

function readAfter<T>(
  index: PageIndex,
  segment: Segment,
  match: RegExpMatchArray,
  rank: number,
  parse: ValueParser<T>,
  options: FindOptions,
): Hit<T> | undefined {
  const start = match.index ?? 0;
  const labelText = match[0].trim();
  const rest = segment.text.slice(start + match[0].length);
  const base = { label: segment, rank, labelText };
  const labelEnd = start + match[0].length;
  if (!EMPTY_REST.test(rest)) {
    const parsed = parse(rest);
    if (!parsed) return undefined;
    return {
      ...base,
      value: parsed.value,
      valueSegment: segment,
      mode: 'inline',
      source: segment.text.slice(start, labelEnd + parsed.length).trim(),
      spans: new Map([[segment.id, [start, labelEnd + parsed.length] as const]]),
    };
  }
  const spansWith = (value: Segment, length: number): Spans =>
    new Map([
      [segment.id, [start, labelEnd] as const],
      [value.id, [0, length] as const],
    ]);
  if (options.right !== false) {
    const neighbour = index.rightOf(segment);
    const parsed = neighbour ? parse(neighbour.text) : undefined;
    if (neighbour && parsed) {
      return {
        ...base,
        value: parsed.value,
        valueSegment: neighbour,
        mode: 'right',
        source: `${labelText} ${neighbour.text.slice(0, parsed.length).trim()}`,
        spans: spansWith(neighbour, parsed.length),
      };
    }
  }
  if (options.below !== false) {
    for (const under of index.below(segment)) {
      const parsed = parse(under.text);
      if (parsed) {
        return {
          ...base,
          value: parsed.value,
          valueSegment: under,
          mode: 'below',
          source: `${labelText} ${under.text.slice(0, parsed.length).trim()}`,
          spans: spansWith(under, parsed.length),
        };
      }
    }
  }
  return undefined;
}

/** Confidence of a reading from how the value was placed with respect to its label. */
export function modeConfidence(mode: ReadMode): number {
  switch (mode) {
    case 'inline':
      return 0.9;
    case 'right':
      return 0.85;
    case 'below':
      return 0.75;
  }
}
