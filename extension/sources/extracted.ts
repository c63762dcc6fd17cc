/** Pending invoices that did not come from a structured file: a PDF extraction, the history. */
import type { LocalizedText } from '../../shared/i18n/text';
import type { Extraction } from '../edge-client/extract-contract';
import type { HistoryEntry } from '../storage/history';
import type { PendingInvoice } from '../storage/pending-invoice';
import type { DroppedFile } from './read-file';
import { keptPdf } from './read-file';

/** An extraction waits for the clerk's confirmation before it can be filled. */
export function pendingFromExtraction(
  extraction: Extraction,
  file: DroppedFile,
  now: Date,
): { readonly pending: PendingInvoice; readonly notes: readonly LocalizedText[] } {
  const notes: LocalizedText[] = [...(extraction.warnings ?? [])];
  return {
    pending: {
      invoice: extraction.invoice,
      source: { kind: 'pdf-extraction', fileName: file.name, size: file.bytes.length },
      chosenAt: now.toISOString(),
      ...keptPdf(file.bytes, notes),
      extraction: { confidence: extraction.confidence, confirmed: false },
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
