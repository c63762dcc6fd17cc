/** Pending invoices that did not come from a structured file: a PDF extraction, the history. */
import type { LocalizedText } from '../../shared/i18n/text';
import {
  ancestorsOf,
  definitionOf,
  isRepeatable,
  isTermId,
  type PointerSegment,
  pointer,
} from '../../shared/model';
import type { Extraction } from '../edge-client/extract-contract';
import type { HistoryEntry } from '../storage/history';
import type { PendingInvoice } from '../storage/pending-invoice';
import type { DroppedFile } from './read-file';
import { keptPdf } from './read-file';

/** The line group: its index comes from the row; other repeated groups are read once (index 0). */
const LINE_GROUP = 'BG-25';

/** Where a term read by the extraction sits in the model, e.g. BT-84 → `/BG-16/BG-17/0/BT-84`. */
export function termPointer(term: string, line?: number): string | undefined {
  if (!isTermId(term)) return undefined;
  const segments: PointerSegment[] = [];
  for (const group of ancestorsOf(term)) {
    segments.push(group);
    if (group === LINE_GROUP) segments.push(line ?? 0);
    else if (isRepeatable(definitionOf(group).cardinality)) segments.push(0);
  }
  return pointer(...segments, term);
}

/** The confidence of every extracted value, by model pointer (a row's confidence for its cells). */
export function confidenceByPointer(extraction: Extraction): Record<string, number> {
  const confidence: Record<string, number> = {};
  for (const [term, field] of Object.entries(extraction.fields)) {
    const at = field === undefined ? undefined : termPointer(term);
    if (at !== undefined && field !== undefined) confidence[at] = field.confidence;
  }
  extraction.lines.forEach((line, index) => {
    for (const term of Object.keys(line)) {
      const at = /^BT-\d+$/.test(term) ? termPointer(term, index) : undefined;
      if (at !== undefined) confidence[at] = line.confidence;
    }
  });
  return confidence;
}

/** An extraction waits for the clerk's confirmation before it can be filled. */
export function pendingFromExtraction(
  extraction: Extraction,
  file: DroppedFile,
  now: Date,
): { readonly pending: PendingInvoice; readonly notes: readonly LocalizedText[] } {
  const notes: LocalizedText[] = extraction.warnings.map((warning) => warning.message);
  return {
    pending: {
      invoice: extraction.invoice,
      source: { kind: 'pdf-extraction', fileName: file.name, size: file.bytes.length },
      chosenAt: now.toISOString(),
      ...keptPdf(file.bytes, notes),
      extraction: { confidence: confidenceByPointer(extraction), confirmed: false },
    },
    notes,
  };
}

/** A previous invoice taken again: the clerk changes its number and dates on the portal. */
export function pendingFromHistory(entry: HistoryEntry, now: Date): PendingInvoice | undefined {
  if (entry.invoice === undefined) return undefined;
  return {
    invoice: entry.invoice,
    source: { kind: 'history', fileName: entry.invoiceNumber },
    chosenAt: now.toISOString(),
    reusedFrom: { invoiceNumber: entry.invoiceNumber, filledAt: entry.filledAt },
  };
}

/** Confidence below this is shown as « à vérifier ». */
export const LOW_CONFIDENCE = 0.8;
