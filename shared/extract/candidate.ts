/** A value being read, before it becomes an ExtractedField. */
import type { Hit } from './find';
import { modeConfidence } from './find';
import { type Segment, type Spans, unionBox } from './layout';
import type { ExtractedField } from './types';

export interface Candidate {
  readonly value: string;
  readonly scheme?: string;
  readonly confidence: number;
  /** The segments the value and its label were printed in (same page). */
  readonly segments: readonly Segment[];
  /** The characters of those segments that were read, when not all of them. */
  readonly spans?: Spans;
  readonly source: string;
  readonly derived?: boolean;
}

export function fromHit(hit: Hit<string>, confidence = modeConfidence(hit.mode)): Candidate {
  const segments = hit.valueSegment === hit.label ? [hit.label] : [hit.label, hit.valueSegment];
  return { value: hit.value, confidence, segments, source: hit.source, spans: hit.spans };
}

export function toField(candidate: Candidate): ExtractedField {
  const page = candidate.segments[0]?.page ?? 1;
  return {
    value: candidate.value,
    ...(candidate.scheme === undefined ? {} : { scheme: candidate.scheme }),
    confidence: clamp(candidate.confidence),
    page,
    box: unionBox(
      candidate.segments.filter((segment) => segment.page === page),
      candidate.spans,
    ),
    source: candidate.source,
    ...(candidate.derived ? { derived: true } : {}),
  };
}

export function clamp(confidence: number): number {
  return Math.round(Math.min(0.99, Math.max(0, confidence)) * 100) / 100;
}

/** The same candidate, surer or less sure. */
export function adjust(candidate: Candidate, delta: number): Candidate {
  return { ...candidate, confidence: clamp(candidate.confidence + delta) };
}
