/**
 * The invoices filled from the panel, kept on this computer only: when, which invoice, for whom,
 * how much, from which file, and the invoice itself (without its attachments' content) so that a
 * later invoice to the same recipient can start from it. Capped in count and in size so the
 * extension's storage (10 MB for the whole extension) never fills up; the clerk can clear it.
 */
import * as z from 'zod/mini';
import { findRecipientSiret } from '../../shared/chorus/recipient-siret';
import { type Invoice, InvoiceSchema } from '../../shared/model';
import { type InvoiceSource, InvoiceSourceSchema } from './invoice-source';
import { parseEach } from './parse';
import { defineValidatedItem } from './validated-item';

/** Entries kept, newest first. */
export const HISTORY_LIMIT = 200;
/** Above this size (JSON characters) an entry keeps its summary but not the invoice itself. */
export const HISTORY_INVOICE_MAX_CHARS = 50_000;
/** Total size of the history (JSON characters); older entries go first. */
export const HISTORY_MAX_CHARS = 4_000_000;

export const HistoryEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** When the form was filled (ISO 8601). */
  filledAt: z.iso.datetime({ offset: true }),
  invoiceNumber: z.string(),
  issueDate: z.optional(z.string()),
  recipient: z.object({
    name: z.optional(z.string()),
    /** The recipient's SIRET, when the invoice gives a valid one. */
    siret: z.optional(z.string().check(z.regex(/^\d{14}$/))),
  }),
  /** Invoice total with VAT (BT-112) and its currency (BT-5). */
  amount: z.optional(z.object({ value: z.string(), currency: z.optional(z.string()) })),
  source: InvoiceSourceSchema,
  profileId: z.optional(z.string()),
  /** The invoice without attachment contents; absent when it was too large to keep. */
  invoice: z.optional(InvoiceSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const historyItem = defineValidatedItem<HistoryEntry[]>({
  key: 'local:history',
  label: { fr: 'Historique', en: 'History' },
  fallback: [],
  version: 1,
  parse: parseEach(HistoryEntrySchema),
});

/** The invoice without the content of its attached documents (names and types stay). */
export function withoutAttachmentContent(invoice: Invoice): Invoice {
  const documents = invoice['BG-24'];
  if (documents === undefined) return invoice;
  return {
    ...invoice,
    'BG-24': documents.map((document) => {
      const object = document['BT-125'];
      if (object?.content === undefined) return document;
      const { content: _content, ...rest } = object;
      return { ...document, 'BT-125': rest };
    }),
  };
}

export interface HistoryInput {
  readonly invoice: Invoice;
  readonly source: InvoiceSource;
  readonly profileId?: string;
  readonly filledAt: Date;
}

/** The history entry of a fill: summary fields read from the model. */
export function historyEntryOf(input: HistoryInput): HistoryEntry {
  const { invoice } = input;
  const recipient = findRecipientSiret(invoice);
  const stripped = withoutAttachmentContent(invoice);
  const total = invoice['BG-22']?.['BT-112'];
  const name = invoice['BG-7']?.['BT-44'];
  const issueDate = invoice['BT-2'];
  const currency = invoice['BT-5'];
  return {
    id: crypto.randomUUID(),
    filledAt: input.filledAt.toISOString(),
    invoiceNumber: invoice['BT-1'] ?? '',
    ...(issueDate ? { issueDate } : {}),
    recipient: {
      ...(name ? { name } : {}),
      ...(recipient.kind === 'siret' ? { siret: recipient.siret } : {}),
    },
    ...(total ? { amount: { value: total, ...(currency ? { currency } : {}) } } : {}),
    source: input.source,
    ...(input.profileId ? { profileId: input.profileId } : {}),
    ...(JSON.stringify(stripped).length <= HISTORY_INVOICE_MAX_CHARS ? { invoice: stripped } : {}),
  };
}

/** Two fills of the same invoice for the same recipient are one entry: the latest. */
function sameInvoice(a: HistoryEntry, b: HistoryEntry): boolean {
  return (
    a.invoiceNumber !== '' &&
    a.invoiceNumber === b.invoiceNumber &&
    a.recipient.siret === b.recipient.siret
  );
}

/** Puts the entry first, drops an earlier fill of the same invoice, then applies the caps. */
export function addToHistory(
  entries: readonly HistoryEntry[],
  entry: HistoryEntry,
): HistoryEntry[] {
  const next = [entry, ...entries.filter((existing) => !sameInvoice(existing, entry))];
  const kept: HistoryEntry[] = [];
  let size = 0;
  for (const candidate of next) {
    if (kept.length === HISTORY_LIMIT) break;
    size += JSON.stringify(candidate).length;
    if (size > HISTORY_MAX_CHARS && kept.length > 0) break;
    kept.push(candidate);
  }
  return kept;
}

export async function recordFill(input: HistoryInput): Promise<HistoryEntry> {
  const entry = historyEntryOf(input);
  const { value } = await historyItem.read();
  await historyItem.write(addToHistory(value, entry));
  return entry;
}

/** Entries for a recipient, newest first; with no SIRET, every entry that can be reused. */
export function reusableEntries(
  entries: readonly HistoryEntry[],
  recipientSiret: string | undefined,
): HistoryEntry[] {
  return entries.filter(
    (entry) =>
      entry.invoice !== undefined &&
      (recipientSiret === undefined || entry.recipient.siret === recipientSiret),
  );
}
